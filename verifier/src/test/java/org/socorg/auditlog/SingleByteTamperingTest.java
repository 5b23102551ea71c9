package org.socorg.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whichever byte of whichever entry is changed, the verifier names that entry. */
class SingleByteTamperingTest {

    @Test
    void any_changed_byte_in_entry_i_is_reported_as_entry_i(@TempDir Path tmp) throws IOException {
        LogSigner signer = SignatureAlgorithm.SM2.generate(new SecureRandom());
        TestLog log = TestLog.build(200, 50, HashAlgorithm.SM3, size -> signer);
        Path dir = log.export(tmp.resolve("export"));
        Path entries = dir.resolve(LogExport.ENTRIES);
        byte[] original = Files.readAllBytes(entries);
        int[] lineStarts = new int[201];
        for (int i = 0, line = 1; i < original.length; i++) {
            if (original[i] == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
        Keyring keys = Keyring.of(signer.publicKey());
        Random random = new Random(2026);

        for (int run = 0; run < 300; run++) {
            int entry = run < 10 ? new int[] {0, 1, 48, 49, 50, 51, 149, 198, 199, 100}[run] : random.nextInt(200);
            int at = lineStarts[entry] + random.nextInt(lineStarts[entry + 1] - 1 - lineStarts[entry]);
            byte[] tampered = original.clone();
            byte replacement;
            do {
                replacement = (byte) (0x20 + random.nextInt(0x5f));
            } while (replacement == original[at]);
            tampered[at] = replacement;
            Files.write(entries, tampered);

            LogVerifier.Problem problem = new LogVerifier(keys).threads(0).verify(dir).problem();

            String change = "entry " + entry + " byte " + (at - lineStarts[entry]) + " '" + (char) original[at]
                    + "' -> '" + (char) replacement + "' in "
                    + new String(original, lineStarts[entry], lineStarts[entry + 1] - 1 - lineStarts[entry],
                    StandardCharsets.UTF_8);
            assertThat(problem).as(change).isNotNull();
            assertThat(problem.entry()).as(change + "\n" + problem).isEqualTo(entry);
            assertThat(problem.description()).as(change).startsWith("entry " + entry + ":");
        }
    }
}
