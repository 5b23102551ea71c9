package org.socorg.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export directory: what the platform writes is what the verifier reads, byte for byte. */
class LogExportTest {

    @Test
    void writes_entries_as_given_one_per_line_checkpoints_and_an_informational_log_json(@TempDir Path tmp)
            throws IOException {
        LogSigner signer = SignatureAlgorithm.SM2.generate(new SecureRandom());
        TestLog log = TestLog.build(10, 5, HashAlgorithm.SM3, size -> signer);

        Path dir = log.export(tmp.resolve("export"));

        String entries = Files.readString(dir.resolve(LogExport.ENTRIES), StandardCharsets.UTF_8);
        assertThat(entries).isEqualTo(String.join("\n", log.entries) + "\n");
        assertThat(LogExport.readEntryLines(dir)).isEqualTo(log.entries);
        assertThat(LogExport.readCheckpoints(dir)).isEqualTo(log.checkpoints);
        LogExport.Info info = LogExport.readInfo(dir);
        assertThat(info.origin()).isEqualTo(TestLog.ORIGIN);
        assertThat(info.hashAlg()).isEqualTo("sm3");
        assertThat(info.size()).isEqualTo(10L);
        assertThat(info.exportedAt()).isNotBlank();
    }

    @Test
    void reading_a_bad_checkpoint_line_names_it(@TempDir Path tmp) throws IOException {
        LogExport.write(tmp, "o", HashAlgorithm.SM3, java.util.List.of(), java.util.List.of());
        Files.writeString(tmp.resolve(LogExport.CHECKPOINTS), "{}\n");

        assertThatThrownBy(() -> LogExport.readCheckpoints(tmp))
                .hasMessageStartingWith("checkpoints.jsonl line 1: a checkpoint needs");
    }
}
