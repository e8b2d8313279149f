package io.newsflow.app.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed TLS certificate for a broker on 127.0.0.1, made by the JDK's {@code keytool} at
 * test time (no key is ever committed): the broker's PKCS12 keystore and a truststore holding its
 * certificate, for the clients.
 */
final class TestCertificates {
  private static final Duration TOOL_BOUND = Duration.ofSeconds(60);

  private TestCertificates() {}

  static void make(
      Path keystore, String keystorePassword, Path truststore, String truststorePassword, Path tmp)
      throws IOException, InterruptedException {
    Path certificate = tmp.resolve("broker.pem");
    keytool(
        "-genkeypair",
        "-alias",
        "broker",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=IP:127.0.0.1,DNS:localhost",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        keystorePassword);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "broker",
        "-keystore",
        keystore.toString(),
        "-storepass",
        keystorePassword,
        "-file",
        certificate.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "broker",
        "-file",
        certificate.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        truststore.toString(),
        "-storepass",
        truststorePassword);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.add("-J-Xmx64m");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(TOOL_BOUND.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("keytool " + args[0] + " did not finish within " + TOOL_BOUND);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError("keytool " + args[0] + " failed: " + output);
    }
  }
}
