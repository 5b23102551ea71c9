package org.socorg.auditlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The log's hash function, with the RFC 6962 §2.1 domain separation: a leaf is {@code H(0x00 || input)}, an inner node
 * {@code H(0x01 || left || right)}, the empty tree {@code H("")}. SM3 (GB/T 32905) by default; SHA-256 as the
 * configured alternative. Instances are stateless and thread-safe.
 */
public enum HashAlgorithm {

    SM3("sm3"),
    SHA256("sha256");

    private static final byte[] LEAF_PREFIX = {0x00};
    private static final byte[] NODE_PREFIX = {0x01};

    private final String id;

    HashAlgorithm(String id) {
        this.id = id;
    }

    /** The name written into checkpoints and exports: {@code sm3} or {@code sha256}. */
    public String id() {
        return id;
    }

    public static HashAlgorithm fromId(String id) {
        for (HashAlgorithm algorithm : values()) {
            if (algorithm.id.equalsIgnoreCase(id)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown hash algorithm '" + id + "' (known: sm3, sha256)");
    }

    public int length() {
        return 32;
    }

    /** The hash of the concatenation of {@code parts}. */
    public byte[] hash(byte[]... parts) {
        if (this == SM3) {
            SM3Digest digest = new SM3Digest();
            for (byte[] part : parts) {
                digest.update(part, 0, part.length);
            }
            byte[] out = new byte[32];
            digest.doFinal(out, 0);
            return out;
        }
        MessageDigest digest = sha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    public byte[] hash(String utf8) {
        return hash(utf8.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] leafHash(byte[] leafInput) {
        return hash(LEAF_PREFIX, leafInput);
    }

    public byte[] nodeHash(byte[] left, byte[] right) {
        return hash(NODE_PREFIX, left, right);
    }

    public byte[] emptyRoot() {
        return hash(new byte[0]);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
