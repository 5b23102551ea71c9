package org.socorg.platform.audit;

import java.util.List;

/**
 * The result of recomputing sealed digests from the engine's history and the registry.
 *
 * @param checked     entries whose source rows were recomputed
 * @param mismatches  each entry whose source no longer gives its sealed digest, or whose source row is gone
 */
public record ReconciliationReport(long checked, List<Mismatch> mismatches) {

    public record Mismatch(long seq, String ref, String problem) {
    }

    public boolean clean() {
        return mismatches.isEmpty();
    }
}
