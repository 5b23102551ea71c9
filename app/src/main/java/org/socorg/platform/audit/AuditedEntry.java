package org.socorg.platform.audit;

import java.util.Map;

/** An entry as it stands in the log: its position, its canonical JSON (the Merkle leaf input) and its leaf hash. */
public record AuditedEntry(long seq, String json, String leafHash, Map<String, Object> fields) {
}
