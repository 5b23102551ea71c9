package org.socorg.auditlog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.Keyring;
import org.socorg.auditlog.LogExport;
import org.socorg.auditlog.LogPublicKey;
import org.socorg.auditlog.LogVerifier;
import org.socorg.auditlog.Receipt;
import org.socorg.auditlog.SignatureAlgorithm;

/**
 * The offline verifier: {@code java -jar audit-verifier.jar verify|receipt ...}. No Spring, no database: an export
 * directory, the trusted public keys as PEM files, and optionally a saved checkpoint and receipts.
 *
 * <p>Exit status: 0 valid, 1 invalid (the first problem is printed, naming its entry), 2 usage or I/O error.
 */
public final class VerifyCommand {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    static final String HELP = """
            usage:
              verify  --log DIR|ZIP --key PUB.pem [--key OLD.pem ...] [--trusted-checkpoint SAVED.json]
                      [--receipt R.json ...] [--threads N]
                  checks an exported audit log: every entry, the hash chain, the Merkle root at every signed
                  checkpoint, every checkpoint's signature, forks, truncation, consistency with a checkpoint you
                  saved earlier, and receipts against the log.
              receipt --receipt R.json [--receipt ...] --key PUB.pem [--key ...]
                  checks receipts on their own: the entry, its inclusion proof and the signed checkpoint.

              Public keys are never read from the export: give every key you trust with --key (old keys too,
              after a key rotation).
            exit status: 0 valid, 1 invalid (the first problem, naming its entry), 2 usage or I/O error""";

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status; only {@link #main} exits. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(HELP);
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println("error: cannot read " + e.getFile()
                    + (e.getReason() != null ? ": " + e.getReason() : ": no such file"));
            return USAGE;
        } catch (IOException e) {
            err.println("error: " + e);
            return USAGE;
        } catch (RuntimeException e) {
            err.println("error: the verifier failed unexpectedly: " + e);
            return USAGE;
        }
    }

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private static final class Options {
        String command;
        Path log;
        final List<Path> keys = new ArrayList<>();
        Path trusted;
        final List<Path> receipts = new ArrayList<>();
        Integer threads;
    }

    private static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        if (args.length == 0) {
            throw new UsageException("no command: give verify or receipt");
        }
        o.command = args[0];
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (!List.of("--log", "--key", "--trusted-checkpoint", "--receipt", "--threads").contains(arg)) {
                throw new UsageException("unknown option " + arg);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                value = args[++i];
            }
            switch (arg) {
                case "--log" -> {
                    if (o.log != null) {
                        throw new UsageException("--log is given twice");
                    }
                    o.log = Path.of(value);
                }
                case "--key" -> o.keys.add(Path.of(value));
                case "--trusted-checkpoint" -> {
                    if (o.trusted != null) {
                        throw new UsageException("--trusted-checkpoint is given twice");
                    }
                    o.trusted = Path.of(value);
                }
                case "--receipt" -> o.receipts.add(Path.of(value));
                default -> {
                    try {
                        o.threads = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--threads needs a number, not " + value);
                    }
                    if (o.threads < 0) {
                        throw new UsageException("--threads needs a number >= 0");
                    }
                }
            }
        }
        return o;
    }

    private static int dispatch(String[] args, PrintStream out) throws UsageException, IOException {
        if (args.length > 0 && List.of("help", "--help", "-h").contains(args[0])) {
            out.println(HELP);
            return VALID;
        }
        Options o = parse(args);
        return switch (o.command) {
            case "verify" -> verify(o, out);
            case "receipt" -> receipt(o, out);
            default -> throw new UsageException("unknown command " + o.command + ": give verify or receipt");
        };
    }

    private static Keyring keyring(Options o) throws UsageException, IOException {
        if (o.keys.isEmpty()) {
            throw new UsageException("give the trusted public key(s) with --key PUB.pem");
        }
        List<LogPublicKey> keys = new ArrayList<>();
        for (Path file : o.keys) {
            String pem = read(file);
            try {
                keys.add(SignatureAlgorithm.readPublicKey(pem));
            } catch (IllegalArgumentException e) {
                throw new UsageException("key " + file + " is not a PEM public key (SM2 or Ed25519): " + e.getMessage());
            }
        }
        return new Keyring(keys);
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static int verify(Options o, PrintStream out) throws UsageException, IOException {
        if (o.log == null) {
            throw new UsageException("verify needs --log DIR (the export directory, or the platform's export zip)");
        }
        if (Files.isRegularFile(o.log) && o.log.getFileName().toString().endsWith(".zip")) {
            Path unpacked = LogExport.unzip(o.log);
            try {

                o.log = unpacked;
                return verify(o, out);
            } finally {
                LogExport.deleteUnpacked(unpacked);
            }
        }
        if (!Files.isDirectory(o.log)) {
            throw new NoSuchFileException(o.log.toString(), null, "not a directory or an export zip");
        }
        Keyring keys = keyring(o);
        LogVerifier verifier = new LogVerifier(keys);
        if (o.threads != null) {
            verifier.threads(o.threads);
        }
        if (o.trusted != null) {
            String text = read(o.trusted);
            try {
                verifier.trusted(Checkpoint.parse(text.strip()), o.trusted.getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--trusted-checkpoint " + o.trusted + " is not a checkpoint: "
                        + e.getMessage());
            }
        }
        for (Path file : o.receipts) {
            String text = read(file);
            try {
                verifier.receipt(file.getFileName().toString(), Receipt.parse(text.strip()));
            } catch (IllegalArgumentException | ClassCastException e) {
                out.println("INVALID receipt " + file.getFileName() + ": not a receipt: " + e.getMessage());
                return INVALID;
            }
        }
        LogVerifier.Report report = verifier.verify(o.log);
        if (!report.valid()) {
            out.println(report.problem());
            return INVALID;
        }
        out.println("VALID audit log " + o.log);
        out.printf(Locale.ROOT, "  entries:      %d%s, hash chain intact, hash %s%n", report.entries(),
                report.entries() > 0 ? " (seq 0.." + (report.entries() - 1) + ")" : "", report.hash().id());
        out.printf(Locale.ROOT, "  root:         %s (size %d)%n", report.root(), report.entries());
        out.printf(Locale.ROOT, "  checkpoints:  %d, every one signed by a trusted key; signed size %d%n",
                report.checkpoints(), report.signedSize());
        StringBuilder used = new StringBuilder();
        for (Map.Entry<String, Integer> e : report.keysUsed().entrySet()) {
            used.append(used.length() == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue())
                    .append(e.getValue() == 1 ? " checkpoint)" : " checkpoints)");
        }
        out.println("  keys used:    " + (used.length() == 0 ? "none" : used));
        if (o.trusted != null) {
            out.println("  trusted checkpoint " + o.trusted.getFileName() + ": consistent with the log");
        }
        if (report.receipts() > 0) {
            out.println("  receipts:     " + report.receipts() + " verified and agree with the log");
        }
        for (String warning : report.warnings()) {
            out.println("  WARNING: " + warning);
        }
        out.printf(Locale.ROOT, "  checked in %.2f s: %,.0f entries/s%n", report.nanos() / 1e9,
                report.entriesPerSecond());
        return VALID;
    }

    private static int receipt(Options o, PrintStream out) throws UsageException, IOException {
        if (o.receipts.isEmpty()) {
            throw new UsageException("receipt needs --receipt R.json");
        }
        if (o.log != null || o.trusted != null) {
            throw new UsageException("receipt checks receipts on their own; use verify to check them against a log");
        }
        Keyring keys = keyring(o);
        for (Path file : o.receipts) {
            String text = read(file);
            Receipt receipt;
            String problem;
            try {
                receipt = Receipt.parse(text.strip());
                problem = receipt.problem(keys);
            } catch (RuntimeException e) {
                out.println("INVALID receipt " + file.getFileName() + ": not a receipt: " + e.getMessage());
                return INVALID;
            }
            Object seq = receipt.entry().get("seq");
            if (problem != null) {
                out.println("INVALID receipt " + file.getFileName() + " for entry " + seq + ": " + problem);
                return INVALID;
            }
            Checkpoint cp = receipt.checkpoint();
            out.println("VALID receipt " + file.getFileName() + ": entry " + seq + " is in the log '" + cp.origin()
                    + "' of size " + cp.treeSize() + ", root " + cp.rootHash() + ", signed with " + cp.sigAlg()
                    + " key " + cp.keyId() + " at " + cp.time());
        }
        return VALID;
    }
}
