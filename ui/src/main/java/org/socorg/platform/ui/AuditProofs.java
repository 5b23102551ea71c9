package org.socorg.platform.ui;

import java.util.ArrayList;
import java.util.List;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Keyring;
import org.socorg.auditlog.LogEntry;
import org.socorg.auditlog.Merkle;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.AuditedEntry;
import org.springframework.stereotype.Component;

/**
 * Checks a case's audit trail the way the offline verifier would: each entry's leaf hash recomputed from its bytes,
 * its inclusion proof checked against a signed checkpoint (the latest, or one signed to cover the trail), and that
 * checkpoint's signature against the published keys.
 */
@Component
class AuditProofs {

    /** One step of the trail; only what the public needs (never who acted: a reporter's identity stays hidden). */
    record Step(long seq, String kind, String element, String outcome, String time, boolean included) {
    }

    record Proof(String businessKey, List<Step> steps, Checkpoint checkpoint, String signatureProblem) {

        boolean verified() {
            return !steps.isEmpty() && signatureProblem == null && steps.stream().allMatch(Step::included);
        }
    }

    private final AuditLog audit;

    AuditProofs(AuditLog audit) {
        this.audit = audit;
    }

    Proof prove(String businessKey) {
        List<AuditedEntry> trail = audit.caseTrail(businessKey);
        if (trail.isEmpty()) {
            return new Proof(businessKey, List.of(), null, null);
        }
        long last = trail.stream().mapToLong(AuditedEntry::seq).max().orElseThrow();
        Checkpoint checkpoint = audit.latestCheckpoint().filter(c -> c.treeSize() > last)
                .orElseGet(() -> audit.receipt(last).checkpoint());
        Keyring keys = new Keyring(audit.keys().stream()
                .map(k -> SignatureAlgorithm.readPublicKey(k.publicKeyPem())).toList());
        String signatureProblem = checkpoint.signatureProblem(keys);
        HashAlgorithm hash = HashAlgorithm.fromId(checkpoint.hashAlg());
        List<Step> steps = new ArrayList<>();
        for (AuditedEntry entry : trail) {
            byte[] leaf = LogEntry.leafHash(hash, entry.json());
            List<byte[]> path = audit.inclusionProof(entry.seq(), checkpoint.treeSize()).stream().map(Hex::decode)
                    .toList();
            boolean included = Merkle.verifyInclusion(hash, entry.seq(), checkpoint.treeSize(), leaf, path,
                    checkpoint.root());
            steps.add(new Step(entry.seq(), text(entry, "kind"), text(entry, "element"), text(entry, "outcome"),
                    text(entry, "time"), included));
        }
        return new Proof(businessKey, steps, checkpoint, signatureProblem);
    }

    private static String text(AuditedEntry entry, String field) {
        Object value = entry.fields().get(field);
        return value == null ? "" : value.toString();
    }
}
