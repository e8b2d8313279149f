package io.newsflow.enrich.entity.gazetteer;

import io.newsflow.enrich.table.TabRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled name list files of {@link TypedNames}, each read once: the tagger's typed names and
 * the name cues of CoNLL tagging use the same hundred thousand names, so one process that needs
 * both parses and holds them once. Immutable.
 */
public final class NameLists {
  private static final List<String> FILES =
      List.of(
          TypedNames.COMPROMISE,
          TypedNames.FAKER,
          TypedNames.TOWNS,
          TypedNames.REGIONS,
          TypedNames.DATAFAKER,
          TypedNames.WORDNET,
          TypedNames.COMPANIES);

  /** By file, its names by kind ("firstname", "org"), each kind in the file's order. */
  private final Map<String, Map<String, List<String>>> files;

  private NameLists(Map<String, Map<String, List<String>>> files) {
    this.files = files;
  }

  /** Reads every bundled list file. */
  public static NameLists read() {
    return read(FILES);
  }

  /** Reads only these of the bundled list files. */
  static NameLists read(List<String> resources) {
    Map<String, Map<String, List<String>>> files = new HashMap<>();
    for (String resource : resources) {
      files.put(resource, parse(resource));
    }
    return new NameLists(files);
  }

  /** One file's names by kind; {@code resource} is one of the files read. */
  Map<String, List<String>> byKind(String resource) {
    Map<String, List<String>> kinds = files.get(resource);
    if (kinds == null) {
      throw new IllegalArgumentException("not a bundled name list: " + resource);
    }
    return kinds;
  }

  /** The names of one file, whatever their kind. */
  public List<String> names(String resource) {
    return byKind(resource).values().stream().flatMap(List::stream).toList();
  }

  /** The names of the given kinds of one file. */
  public List<String> names(String resource, Set<String> kinds) {
    Map<String, List<String>> byKind = byKind(resource);
    return kinds.stream().flatMap(k -> byKind.getOrDefault(k, List.of()).stream()).toList();
  }

  /** Lines "kind TAB name"; blank lines and # comments skipped. */
  private static Map<String, List<String>> parse(String resource) {
    TabRows rows = TabRows.resource(NameLists.class, resource);
    Map<String, List<String>> kinds = new HashMap<>();
    String kind = null;
    List<String> names = null;
    while (rows.next()) {
      // a file lists its names kind by kind: a kind is looked up when it changes
      if (kind == null || !rows.is(0, kind)) {
        kind = rows.text(0);
        names = kinds.computeIfAbsent(kind, k -> new ArrayList<>());
      }
      names.add(rows.rest(1));
    }
    return kinds;
  }
}
