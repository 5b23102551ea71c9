package org.socorg.auditlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.LogExport;
import org.socorg.auditlog.LogSigner;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.auditlog.TestLog;

/** The shaded jar as an auditor runs it: {@code java -jar}, in its own JVM, with BouncyCastle inside. */
class VerifierJarIT {

    private static final Path JAR = Path.of(System.getProperty("verifier.jar", "target/audit-verifier.jar"));

    record Result(int exit, String out) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out);
    }

    @Test
    void the_jar_verifies_a_log_and_names_a_changed_entry(@TempDir Path tmp) throws Exception {
        LogSigner signer = SignatureAlgorithm.SM2.generate(new SecureRandom());
        Path dir = TestLog.build(100, 25, HashAlgorithm.SM3, size -> signer).export(tmp.resolve("export"));
        Path key = Files.writeString(tmp.resolve("pub.pem"), signer.publicKey().pem());

        Result valid = java("verify", "--log", dir.toString(), "--key", key.toString());
        List<String> lines = new ArrayList<>(LogExport.readEntryLines(dir));
        lines.set(7, lines.get(7).replace("\"approved\"", "\"approveD\""));
        Files.writeString(dir.resolve(LogExport.ENTRIES), String.join("\n", lines) + "\n");
        Result invalid = java("verify", "--log", dir.toString(), "--key", key.toString());
        Result usage = java("verify");

        assertThat(valid.exit()).as(valid.out()).isEqualTo(0);
        assertThat(valid.out()).startsWith("VALID audit log").contains("entries:      100");
        assertThat(invalid.exit()).as(invalid.out()).isEqualTo(1);
        assertThat(invalid.out()).startsWith("INVALID entry 7: its contents do not match the hash entry 8 records");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.out()).startsWith("error: ").doesNotContain("Exception");
    }
}
