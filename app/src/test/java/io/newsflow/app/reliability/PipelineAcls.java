package io.newsflow.app.reliability;

import static org.apache.kafka.common.acl.AclOperation.CREATE;
import static org.apache.kafka.common.acl.AclOperation.DELETE;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;
import static org.apache.kafka.common.resource.PatternType.LITERAL;
import static org.apache.kafka.common.resource.PatternType.PREFIXED;
import static org.apache.kafka.common.resource.ResourceType.GROUP;
import static org.apache.kafka.common.resource.ResourceType.TOPIC;
import static org.apache.kafka.common.resource.ResourceType.TRANSACTIONAL_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs that ingest, enrich and sink need, as docs/OPERATIONS.md lists them for a cluster's
 * administrator. Found by trial on the secured broker of {@link SecuredClusterIT}: without any one
 * of them a service fails or logs a refusal (READ and WRITE imply DESCRIBE).
 */
final class PipelineAcls {
  private PipelineAcls() {}

  static List<AclBinding> of(String user) {
    List<AclBinding> acls = new ArrayList<>();
    // the pipeline's topics: created when missing, written, read
    allow(acls, user, TOPIC, "news.", PREFIXED, CREATE, READ, WRITE);
    for (String applicationId : List.of("newsflow-enrich", "newsflow-sink")) {
      // Kafka Streams: its internal topics (DELETE: it purges what it consumed of its
      // repartition topics), its consumer group, its transactional ids
      allow(acls, user, TOPIC, applicationId + "-", PREFIXED, CREATE, READ, WRITE, DELETE);
      allow(acls, user, GROUP, applicationId, LITERAL, READ);
      allow(acls, user, TRANSACTIONAL_ID, applicationId + "-", PREFIXED, WRITE);
    }
    return acls;
  }

  static void grant(Admin admin, String user) throws Exception {
    admin.createAcls(of(user)).all().get(30, TimeUnit.SECONDS);
  }

  private static void allow(
      List<AclBinding> acls,
      String user,
      ResourceType type,
      String name,
      PatternType pattern,
      AclOperation... operations) {
    for (AclOperation operation : operations) {
      acls.add(
          new AclBinding(
              new ResourcePattern(type, name, pattern),
              new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
    }
  }
}
