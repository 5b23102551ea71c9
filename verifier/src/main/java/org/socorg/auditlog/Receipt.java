package org.socorg.auditlog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an applicant keeps for one completed step: the entry, its inclusion proof and the signed checkpoint the proof leads
 * to. Checked with the log's public key alone, it shows the authority recorded the step; a later export that lacks the
 * entry or differs from it contradicts a signature the authority cannot disown.
 */
public record Receipt(Map<String, Object> entry, List<String> inclusionProof, Checkpoint checkpoint) {

    public long seq() {
        return (Long) entry.get("seq");
    }

    public String toJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("entry", entry);
        map.put("inclusionProof", inclusionProof);
        map.put("checkpoint", checkpoint.toMap());
        return Json.canonical(map);
    }

    @SuppressWarnings("unchecked")
    public static Receipt parse(String json) {
        Map<String, Object> map = Json.parseObject(json);
        if (!(map.get("entry") instanceof Map<?, ?> entry) || !(map.get("inclusionProof") instanceof List<?> proof)
                || !(map.get("checkpoint") instanceof Map<?, ?> checkpoint)) {
            throw new IllegalArgumentException("a receipt has 'entry', 'inclusionProof' and 'checkpoint'");
        }
        List<String> hashes = new ArrayList<>();
        for (Object p : proof) {
            if (!(p instanceof String h)) {
                throw new IllegalArgumentException("inclusionProof holds hex hashes");
            }
            hashes.add(h);
        }
        return new Receipt((Map<String, Object>) entry, hashes, Checkpoint.fromMap((Map<String, Object>) checkpoint));
    }

    /** Why this receipt does not hold with {@code keys}, or null when it does. */
    public String problem(Keyring keys) {
        String shape = LogEntry.shapeProblem(entry);
        if (shape != null) {
            return "the entry " + shape;
        }
        String signature = checkpoint.signatureProblem(keys);
        if (signature != null) {
            return "the checkpoint is " + signature;
        }
        HashAlgorithm hash = HashAlgorithm.fromId(checkpoint.hashAlg());
        byte[] leaf = LogEntry.leafHash(hash, Json.canonical(entry));
        List<byte[]> proof = inclusionProof.stream().map(Hex::decode).toList();
        if (!Merkle.verifyInclusion(hash, seq(), checkpoint.treeSize(), leaf, proof, checkpoint.root())) {
            return "the inclusion proof does not lead from entry " + seq() + " to the checkpoint's root";
        }
        return null;
    }
}
