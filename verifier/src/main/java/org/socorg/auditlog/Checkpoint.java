package org.socorg.auditlog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed statement of the log's state: its size and Merkle root at a time, by a key. The signed bytes are the canonical
 * JSON of every field but the signature, so a checkpoint can be checked with nothing but the public key.
 *
 * @param origin   the log's name, e.g. {@code socorg-platform/110000}, so a signature for one log is not valid for another
 * @param treeSize number of entries covered
 * @param rootHash Merkle root (hex) of the first {@code treeSize} entries
 * @param time     ISO-8601 instant of signing
 * @param hashAlg  {@link HashAlgorithm#id()}
 * @param sigAlg   {@link SignatureAlgorithm#id()}
 * @param keyId    {@link LogPublicKey#keyId()} of the signing key
 * @param signature base64 signature over {@link #signedBytes()}
 */
public record Checkpoint(String origin, long treeSize, String rootHash, String time, String hashAlg, String sigAlg,
                         String keyId, String signature) {

    public static Checkpoint sign(LogSigner signer, String origin, long treeSize, byte[] root, String time,
                                  HashAlgorithm hash) {
        Checkpoint unsigned = new Checkpoint(origin, treeSize, Hex.encode(root), time, hash.id(),
                signer.algorithm().id(), signer.keyId(), null);
        byte[] signature = signer.sign(unsigned.signedBytes());
        return unsigned.withSignature(Base64.getEncoder().encodeToString(signature));
    }

    private Checkpoint withSignature(String sig) {
        return new Checkpoint(origin, treeSize, rootHash, time, hashAlg, sigAlg, keyId, sig);
    }

    public byte[] signedBytes() {
        Map<String, Object> body = new LinkedHashMap<>(toMap());
        body.remove("signature");
        return Json.canonical(body).getBytes(StandardCharsets.UTF_8);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("origin", origin);
        map.put("treeSize", treeSize);
        map.put("rootHash", rootHash);
        map.put("time", time);
        map.put("hashAlg", hashAlg);
        map.put("sigAlg", sigAlg);
        map.put("keyId", keyId);
        if (signature != null) {
            map.put("signature", signature);
        }
        return map;
    }

    public String toJson() {
        return Json.canonical(toMap());
    }

    public static Checkpoint fromMap(Map<String, Object> map) {
        Object size = map.get("treeSize");
        if (!(size instanceof Long treeSize) || treeSize < 0) {
            throw new IllegalArgumentException("a checkpoint needs a non-negative integer treeSize");
        }
        return new Checkpoint(text(map, "origin"), treeSize, text(map, "rootHash"), text(map, "time"),
                text(map, "hashAlg"), text(map, "sigAlg"), text(map, "keyId"), text(map, "signature"));
    }

    public static Checkpoint parse(String json) {
        return fromMap(Json.parseObject(json));
    }

    private static String text(Map<String, Object> map, String field) {
        if (!(map.get(field) instanceof String value)) {
            throw new IllegalArgumentException("a checkpoint needs the text field '" + field + "'");
        }
        return value;
    }

    public byte[] root() {
        return Hex.decode(rootHash);
    }

    /** Why this checkpoint's signature does not hold with {@code keys}, or null when it does. */
    public String signatureProblem(Keyring keys) {
        LogPublicKey key = keys.get(keyId);
        if (key == null) {
            return "signed by unknown key " + keyId;
        }
        if (!key.algorithm().id().equals(sigAlg)) {
            return "claims " + sigAlg + " but key " + keyId + " is " + key.algorithm().id();
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return "signature is not base64";
        }
        return key.verify(signedBytes(), sig) ? null : "signature does not verify with key " + keyId;
    }
}
