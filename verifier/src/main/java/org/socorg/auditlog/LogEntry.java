package org.socorg.auditlog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The shape of one audit-log entry. An entry is a flat JSON object in canonical form; its UTF-8 bytes are the Merkle
 * leaf input. Required fields: {@code seq} (0-based position), {@code prev} (hex leaf hash of the entry before, zeros for
 * the first: the hash chain), {@code time}, {@code kind}, {@code actor} ({@code system} for timers) and {@code data} (hex
 * digest of the step's data in canonical JSON). Optional: {@code process} (definition key:version),
 * {@code processInstance}, {@code businessKey}, {@code element}, {@code elementType}, {@code outcome}, {@code ref}
 * (what the step's data was read from, for reconciliation).
 */
public final class LogEntry {

    public static final List<String> REQUIRED = List.of("seq", "prev", "time", "kind", "actor", "data");
    public static final List<String> OPTIONAL = List.of("process", "processInstance", "businessKey", "element",
            "elementType", "outcome", "ref");

    private LogEntry() {
    }

    public static String genesisPrev(HashAlgorithm hash) {
        return "0".repeat(hash.length() * 2);
    }

    public static byte[] leafHash(HashAlgorithm hash, String canonicalEntry) {
        return hash.leafHash(canonicalEntry.getBytes(StandardCharsets.UTF_8));
    }

    /** Why {@code entry} is not a well-formed entry, or null. */
    public static String shapeProblem(Map<String, Object> entry) {
        for (String field : REQUIRED) {
            if (!entry.containsKey(field)) {
                return "lacks the field '" + field + "'";
            }
        }
        if (!(entry.get("seq") instanceof Long seq) || seq < 0) {
            return "seq is not a non-negative integer";
        }
        for (String field : entry.keySet()) {
            if (!REQUIRED.contains(field) && !OPTIONAL.contains(field)) {
                return "has the unknown field '" + field + "'";
            }
            if (!field.equals("seq") && !(entry.get(field) instanceof String)) {
                return "field '" + field + "' is not text";
            }
        }
        return null;
    }
}
