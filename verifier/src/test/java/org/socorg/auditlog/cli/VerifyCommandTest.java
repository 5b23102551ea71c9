package org.socorg.auditlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.LogEntry;
import org.socorg.auditlog.LogExport;
import org.socorg.auditlog.LogSigner;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Receipt;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.auditlog.TestLog;

/** The verifier through its command line: exit status and output for a valid log and each kind of tampering. */
class VerifyCommandTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static LogSigner signer;
    private static LogSigner stranger;
    private static TestLog log;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildLog() {
        signer = SignatureAlgorithm.SM2.generate(RANDOM);
        stranger = SignatureAlgorithm.SM2.generate(RANDOM);
        log = TestLog.build(200, 50, HashAlgorithm.SM3, size -> signer);
    }

    record Run(int exit, String out, String err) {
        String firstLine() {
            return out.lines().findFirst().orElse("");
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path key(LogSigner s, String name) throws IOException {
        return Files.writeString(tmp.resolve(name), s.publicKey().pem());
    }

    private Path export() throws IOException {
        return log.export(tmp.resolve("export"));
    }

    private Run verify(Path dir, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("verify", "--log", dir.toString(), "--key",
                key(signer, "pub.pem").toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private static List<String> entryLines(Path dir) throws IOException {
        return new ArrayList<>(LogExport.readEntryLines(dir));
    }

    private static void writeEntries(Path dir, List<String> lines) throws IOException {
        Files.writeString(dir.resolve(LogExport.ENTRIES), String.join("\n", lines) + "\n");
    }

    private static void editEntry(Path dir, int seq, String from, String to) throws IOException {
        List<String> lines = entryLines(dir);
        assertThat(lines.get(seq)).contains(from);
        lines.set(seq, lines.get(seq).replaceFirst(java.util.regex.Pattern.quote(from), to));
        writeEntries(dir, lines);
    }

    /** Changes one character of the data digest of entry {@code seq}: still canonical JSON, a different digest. */
    private static void flipDataByte(Path dir, int seq) throws IOException {
        List<String> lines = entryLines(dir);
        String line = lines.get(seq);
        int at = line.indexOf("\"data\":\"") + 8 + 5;
        char c = line.charAt(at);
        lines.set(seq, line.substring(0, at) + (c == 'a' ? 'b' : 'a') + line.substring(at + 1));
        writeEntries(dir, lines);
    }

    @Test
    void valid_log_exits_0_and_prints_a_summary() throws IOException {
        Run run = verify(export());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).startsWith("VALID audit log")
                .contains("entries:      200 (seq 0..199)")
                .contains("root:         " + log.checkpoint(200).rootHash())
                .contains("checkpoints:  4")
                .contains("sm2 " + signer.keyId() + " (4 checkpoints)")
                .contains("entries/s");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_changed_byte_in_an_entry_names_that_entry() throws IOException {
        Path dir = export();
        flipDataByte(dir, 17);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine())
                .isEqualTo("INVALID entry 17: its contents do not match the hash entry 18 records");
    }

    @Test
    void a_changed_byte_that_breaks_the_json_names_that_entry() throws IOException {
        Path dir = export();
        editEntry(dir, 33, "\"kind\":", "\"kind\";");

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 33: line 34 of entries.jsonl is not JSON");
    }

    @Test
    void a_non_canonical_entry_names_that_entry() throws IOException {
        Path dir = export();
        editEntry(dir, 90, "\"kind\":", "\"kind\": ");

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 90: line 91 of entries.jsonl is not in canonical JSON");
    }

    @Test
    void a_changed_seq_names_that_entry() throws IOException {
        Path dir = export();
        editEntry(dir, 64, "\"seq\":64", "\"seq\":63");
        Path other = log.export(tmp.resolve("other"));
        editEntry(other, 64, "\"seq\":64", "\"seq\":94");

        Run lower = verify(dir);
        Run higher = verify(other);

        assertThat(lower.firstLine()).isEqualTo("INVALID entry 64: changed — its seq says 63, but it is at position 64 "
                + "and records the hash of entry 63");
        assertThat(higher.firstLine()).startsWith("INVALID entry 64: changed — its seq says 94");
    }

    @Test
    void a_changed_prev_field_names_the_entry_holding_it() throws IOException {
        Path dir = export();
        List<String> lines = entryLines(dir);
        String prev = (String) Json.parseObject(lines.get(120)).get("prev");
        editEntry(dir, 120, prev, prev.substring(0, 63) + (prev.charAt(63) == '0' ? '1' : '0'));

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 120: changed");
    }

    @Test
    void a_changed_last_entry_is_named_by_the_checkpoint_that_covers_it() throws IOException {
        Path dir = export();
        flipDataByte(dir, 199);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 199: the Merkle root of entries 0..199 is")
                .contains("signed checkpoint of size 200");
    }

    @Test
    void at_the_last_entry_the_signed_root_tells_a_changed_prev_from_a_changed_predecessor() throws IOException {
        Path prevChanged = export();
        String prev = (String) Json.parseObject(entryLines(prevChanged).get(199)).get("prev");
        editEntry(prevChanged, 199, prev, (prev.charAt(0) == 'a' ? "b" : "a") + prev.substring(1));
        Path predecessorChanged = log.export(tmp.resolve("other"));
        flipDataByte(predecessorChanged, 198);

        assertThat(verify(prevChanged).firstLine()).isEqualTo("INVALID entry 199: changed — its prev does not "
                + "match the hash of entry 198, which the signed checkpoint of size 200 confirms");
        assertThat(verify(predecessorChanged).firstLine())
                .isEqualTo("INVALID entry 198: its contents do not match the hash entry 199 records");
    }

    @Test
    void a_deleted_entry_is_named() throws IOException {
        Path dir = export();
        List<String> lines = entryLines(dir);
        lines.remove(42);
        writeEntries(dir, lines);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 42: missing — position 42 holds entry 43");
    }

    @Test
    void two_swapped_entries_name_the_first_position() throws IOException {
        Path dir = export();
        List<String> lines = entryLines(dir);
        Collections.swap(lines, 60, 64);
        writeEntries(dir, lines);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 60: missing — position 60 holds entry 64");
    }

    @Test
    void an_inserted_entry_that_fits_the_chain_is_named_at_its_position() throws IOException {
        Path dir = export();
        List<String> lines = entryLines(dir);
        String prev = (String) Json.parseObject(lines.get(77)).get("prev");
        Map<String, Object> forged = TestLog.entry(HashAlgorithm.SM3, 77, prev, true);
        lines.add(77, Json.canonical(forged));
        writeEntries(dir, lines);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 77: two different entries claim seq 77");
    }

    @Test
    void an_inserted_entry_with_the_next_seq_and_a_renumbered_rest_is_named_at_its_position() throws IOException {
        Path dir = export();
        List<String> lines = entryLines(dir);
        String prev = (String) Json.parseObject(lines.get(77)).get("prev");
        List<String> tampered = new ArrayList<>(lines.subList(0, 77));
        tampered.add(Json.canonical(TestLog.entry(HashAlgorithm.SM3, 77, prev, true)));
        for (int i = 77; i < lines.size(); i++) {
            Map<String, Object> e = Json.parseObject(lines.get(i));
            e.put("seq", (long) i + 1);
            tampered.add(Json.canonical(e));
        }
        writeEntries(dir, tampered);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 77: not part of the chain");
    }

    @Test
    void an_inserted_entry_with_a_foreign_seq_is_named_at_its_position() throws IOException {
        Path dir = export();
        List<String> lines = entryLines(dir);
        lines.add(150, lines.get(10));
        writeEntries(dir, lines);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 150: position 150 holds entry 10, which came earlier");
    }

    @Test
    void a_truncated_log_names_the_first_missing_entry() throws IOException {
        Path dir = export();
        writeEntries(dir, entryLines(dir).subList(0, 180));

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 180: missing — the log ends after 180 entries")
                .contains("signed checkpoint of size 200").endsWith("(the log was truncated)");
    }

    @Test
    void a_forged_checkpoint_signature_is_named() throws IOException {
        Path dir = export();
        List<String> lines = LogExport.readCheckpointLines(dir);
        Checkpoint real = Checkpoint.parse(lines.get(1));
        Map<String, Object> forged = real.toMap();
        forged.put("rootHash", Hex.encode(HashAlgorithm.SM3.hash("another history")));
        lines.set(1, Json.canonical(forged));
        Files.writeString(dir.resolve(LogExport.CHECKPOINTS), String.join("\n", lines) + "\n");

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("INVALID signed checkpoint of size 100 (checkpoints.jsonl line 2): "
                + "signature does not verify with key " + signer.keyId());
    }

    @Test
    void a_checkpoint_signed_by_an_unknown_key_is_named() throws IOException {
        Path dir = export();
        Files.writeString(dir.resolve(LogExport.CHECKPOINTS), log.sign(stranger, 150).toJson() + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("INVALID signed checkpoint of size 150 (checkpoints.jsonl line 5): "
                + "signed by unknown key " + stranger.keyId());
    }

    @Test
    void a_fork_two_signed_checkpoints_of_one_size_with_different_roots_is_named() throws IOException {
        Path dir = export();
        TestLog other = TestLog.build(150, 50, HashAlgorithm.SM3, size -> signer, 120);
        Files.writeString(dir.resolve(LogExport.CHECKPOINTS), other.checkpoint(150).toJson() + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID fork at size 150 (entries 0..149)")
                .contains(log.checkpoint(150).rootHash()).contains(other.checkpoint(150).rootHash());
    }

    @Test
    void a_log_rewritten_after_a_saved_trusted_checkpoint_is_detected() throws IOException {
        Path saved = Files.writeString(tmp.resolve("saved.json"), log.checkpoint(100).toJson());
        TestLog rewritten = TestLog.build(200, 50, HashAlgorithm.SM3, size -> signer, 30);
        Path dir = rewritten.export(tmp.resolve("rewritten"));
        assertThat(verify(dir).exit()).as("re-signed by the authority, the rewrite holds on its own").isEqualTo(0);

        Run run = verify(dir, "--trusted-checkpoint", saved.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entries 0..99: the Merkle root of entries 0..99 is "
                + rewritten.checkpoint(100).rootHash() + ", but the trusted checkpoint of size 100 (saved.json) signs "
                + log.checkpoint(100).rootHash() + " (the log was rewritten after the trusted checkpoint was saved)");
    }

    @Test
    void a_saved_trusted_checkpoint_that_still_matches_keeps_the_log_valid() throws IOException {
        Path saved = Files.writeString(tmp.resolve("saved.json"), log.checkpoint(100).toJson());

        Run run = verify(export(), "--trusted-checkpoint", saved.toString());

        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        assertThat(run.out()).contains("trusted checkpoint saved.json: consistent with the log");
    }

    @Test
    void a_receipt_whose_entry_differs_from_the_log_names_the_entry() throws IOException {
        Path receipt = Files.writeString(tmp.resolve("r25.json"), log.receipt(25, log.checkpoint(50)).toJson());
        TestLog rewritten = TestLog.build(200, 50, HashAlgorithm.SM3, size -> signer, 25);
        Path dir = rewritten.export(tmp.resolve("rewritten"));

        Run run = verify(dir, "--receipt", receipt.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("INVALID entry 25: differs from the entry in receipt r25.json "
                + "(the log's entry was changed after the receipt was issued)");
    }

    @Test
    void receipts_that_agree_with_the_log_keep_it_valid() throws IOException {
        Path r1 = Files.writeString(tmp.resolve("r1.json"), log.receipt(0, log.checkpoint(50)).toJson());
        Path r2 = Files.writeString(tmp.resolve("r2.json"), log.receipt(173, log.checkpoint(200)).toJson());

        Run run = verify(export(), "--receipt", r1.toString(), "--receipt", r2.toString());

        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        assertThat(run.out()).contains("receipts:     2 verified and agree with the log");
    }

    @Test
    void a_receipt_for_an_entry_the_log_no_longer_has_names_it() throws IOException {
        Path receipt = Files.writeString(tmp.resolve("r.json"), log.receipt(190, log.checkpoint(200)).toJson());
        Path dir = export();
        writeEntries(dir, entryLines(dir).subList(0, 150));
        Files.writeString(dir.resolve(LogExport.CHECKPOINTS), String.join("\n",
                LogExport.readCheckpointLines(dir).subList(0, 3)) + "\n");

        Run run = verify(dir, "--receipt", receipt.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 150: missing");
    }

    @Test
    void the_receipt_command_checks_a_receipt_on_its_own() throws IOException {
        Path good = Files.writeString(tmp.resolve("good.json"), log.receipt(42, log.checkpoint(100)).toJson());
        Receipt real = log.receipt(42, log.checkpoint(100));
        Map<String, Object> entry = new java.util.LinkedHashMap<>(real.entry());
        entry.put("outcome", "rejected");
        Path bad = Files.writeString(tmp.resolve("bad.json"),
                new Receipt(entry, real.inclusionProof(), real.checkpoint()).toJson());
        String pub = key(signer, "pub.pem").toString();

        Run valid = run("receipt", "--receipt", good.toString(), "--key", pub);
        Run invalid = run("receipt", "--receipt", bad.toString(), "--key", pub);
        Run unknownKey = run("receipt", "--receipt", good.toString(), "--key", key(stranger, "s.pem").toString());

        assertThat(valid.exit()).isEqualTo(0);
        assertThat(valid.firstLine()).startsWith("VALID receipt good.json: entry 42 is in the log '"
                + TestLog.ORIGIN + "' of size 100");
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.firstLine()).isEqualTo("INVALID receipt bad.json for entry 42: the inclusion proof does "
                + "not lead from entry 42 to the checkpoint's root");
        assertThat(unknownKey.exit()).isEqualTo(1);
        assertThat(unknownKey.firstLine()).contains("signed by unknown key " + signer.keyId());
    }

    @Test
    void after_a_key_rotation_both_keys_verify_and_the_new_key_alone_names_the_old_one() throws IOException {
        LogSigner old = SignatureAlgorithm.SM2.generate(RANDOM);
        LogSigner current = SignatureAlgorithm.SM2.generate(RANDOM);
        TestLog rotated = TestLog.build(200, 50, HashAlgorithm.SM3, size -> size <= 100 ? old : current);
        Path dir = rotated.export(tmp.resolve("rotated"));
        String oldPem = key(old, "old.pem").toString();
        String newPem = key(current, "new.pem").toString();

        Run both = run("verify", "--log", dir.toString(), "--key", newPem, "--key", oldPem);
        Run newOnly = run("verify", "--log", dir.toString(), "--key", newPem);

        assertThat(both.exit()).as(both.out()).isEqualTo(0);
        assertThat(both.out()).contains("sm2 " + old.keyId() + " (2 checkpoints)")
                .contains("sm2 " + current.keyId() + " (2 checkpoints)");
        assertThat(newOnly.exit()).isEqualTo(1);
        assertThat(newOnly.firstLine()).isEqualTo("INVALID signed checkpoint of size 50 (checkpoints.jsonl line 1): "
                + "signed by unknown key " + old.keyId());
    }

    @Test
    void an_ed25519_sha256_log_verifies_and_names_a_changed_entry() throws IOException {
        LogSigner ed = SignatureAlgorithm.ED25519.generate(RANDOM);
        TestLog shaLog = TestLog.build(200, 50, HashAlgorithm.SHA256, size -> ed);
        Path dir = shaLog.export(tmp.resolve("sha"));
        String pub = key(ed, "ed.pem").toString();

        Run valid = run("verify", "--log", dir.toString(), "--key", pub);
        flipDataByte(dir, 101);
        Run invalid = run("verify", "--log", dir.toString(), "--key", pub);

        assertThat(valid.exit()).as(valid.out()).isEqualTo(0);
        assertThat(valid.out()).contains("hash sha256").contains("ed25519 " + ed.keyId() + " (4 checkpoints)");
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.firstLine())
                .isEqualTo("INVALID entry 101: its contents do not match the hash entry 102 records");
    }

    @Test
    void a_key_of_the_wrong_algorithm_does_not_verify_a_checkpoint() throws IOException {
        LogSigner ed = SignatureAlgorithm.ED25519.generate(RANDOM);

        Run run = run("verify", "--log", export().toString(), "--key", key(ed, "ed.pem").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).contains("signed by unknown key " + signer.keyId());
    }

    @Test
    void entries_after_the_last_checkpoint_are_valid_with_a_warning() throws IOException {
        TestLog longer = TestLog.build(230, 50, HashAlgorithm.SM3, size -> signer);
        Path dir = longer.export(tmp.resolve("longer"));

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("WARNING: entries 200..229 are after the latest signed checkpoint");
    }

    @Test
    void usage_and_io_errors_exit_2_with_a_plain_message() throws IOException {
        Path dir = export();
        Path notAKey = Files.writeString(tmp.resolve("not-a-key.pem"), "hello");

        Run noArgs = run();
        Run noLog = run("verify", "--key", key(signer, "pub.pem").toString());
        Run noKey = run("verify", "--log", dir.toString());
        Run missingDir = run("verify", "--log", tmp.resolve("nowhere").toString(), "--key", notAKey.toString());
        Run badKey = run("verify", "--log", dir.toString(), "--key", notAKey.toString());
        Run missingKey = run("verify", "--log", dir.toString(), "--key", tmp.resolve("none.pem").toString());
        Run unknownOption = run("verify", "--log", dir.toString(), "--frobnicate");
        Files.delete(dir.resolve(LogExport.ENTRIES));
        Run notAnExport = verify(dir);

        for (Run r : List.of(noArgs, noLog, noKey, missingDir, badKey, missingKey, unknownOption, notAnExport)) {
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
        assertThat(noLog.err()).contains("verify needs --log DIR");
        assertThat(badKey.err()).contains("is not a PEM public key");
        assertThat(missingKey.err()).contains("none.pem: no such file");
        assertThat(notAnExport.err()).contains("entries.jsonl");
    }

    @Test
    void an_empty_log_with_no_checkpoints_is_valid() throws IOException {
        Path dir = tmp.resolve("empty");
        LogExport.write(dir, TestLog.ORIGIN, HashAlgorithm.SM3, List.of(), List.of());

        Run run = verify(dir);

        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        assertThat(run.out()).contains("entries:      0,")
                .contains(Hex.encode(HashAlgorithm.SM3.emptyRoot()));
    }

    @Test
    void the_first_entry_must_start_the_chain_from_zeros() throws IOException {
        Path dir = export();
        editEntry(dir, 0, LogEntry.genesisPrev(HashAlgorithm.SM3), "1" + "0".repeat(63));

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID entry 0: changed");
    }

    @Test
    void a_checkpoint_line_that_is_not_a_checkpoint_is_named() throws IOException {
        Path dir = export();
        Files.writeString(dir.resolve(LogExport.CHECKPOINTS), "\n{\"treeSize\":50}\n",
                java.nio.file.StandardOpenOption.APPEND);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("INVALID checkpoints.jsonl line 6: not a checkpoint: "
                + "a checkpoint needs the text field 'origin'");
    }

    @Test
    void a_signed_checkpoint_with_another_hash_algorithm_is_named() throws IOException {
        Path dir = export();
        Checkpoint sha = Checkpoint.sign(signer, TestLog.ORIGIN, 120, log.nodes.node(0, 0), "2026-11-22T05:00:00Z",
                HashAlgorithm.SHA256);
        Files.writeString(dir.resolve(LogExport.CHECKPOINTS), sha.toJson() + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID signed checkpoint of size 120 (checkpoints.jsonl line 5): "
                + "its hash algorithm is sha256, but the signed checkpoint of size 50");
    }

    @Test
    void a_signed_checkpoint_for_another_log_is_named() throws IOException {
        Path dir = export();
        Checkpoint other = Checkpoint.sign(signer, "socorg-platform/310000", 150,
                log.checkpoint(150).root(), "2026-11-22T05:00:00Z", HashAlgorithm.SM3);
        Files.writeString(dir.resolve(LogExport.CHECKPOINTS), other.toJson() + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        Run run = verify(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("INVALID signed checkpoint of size 150 (checkpoints.jsonl line 5): "
                + "it is for the log 'socorg-platform/310000'");
    }
}
