package org.socorg.auditlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The right edge of a growing tree: the roots of the complete subtrees that make up {@code [0, size)}, one per set bit of
 * the size, largest first. Appending a leaf merges equal-sized subtrees and reports each node it completes, so the log can
 * store every complete subtree for proofs; the root is the fold of the edge from the right. Not thread-safe.
 */
public final class CompactRange {

    /** A completed subtree: {@code 2^level} leaves starting at leaf {@code index * 2^level}. */
    public record Node(int level, long index, byte[] hash) {
    }

    public interface NodeSink {
        void completed(Node node);
    }

    private final HashAlgorithm hash;
    private final List<byte[]> edge = new ArrayList<>();
    private long size;

    public CompactRange(HashAlgorithm hash) {
        this.hash = hash;
    }

    /** Restores a range saved with {@link #encode()}. */
    public static CompactRange decode(HashAlgorithm hash, long size, byte[] encodedEdge) {
        int count = Long.bitCount(size);
        if (encodedEdge.length != count * hash.length()) {
            throw new IllegalArgumentException("a range of size " + size + " has " + count + " hashes, not "
                    + encodedEdge.length / hash.length());
        }
        CompactRange range = new CompactRange(hash);
        range.size = size;
        for (int i = 0; i < count; i++) {
            range.edge.add(Arrays.copyOfRange(encodedEdge, i * hash.length(), (i + 1) * hash.length()));
        }
        return range;
    }

    public long size() {
        return size;
    }

    /** The edge's hashes, concatenated, largest subtree first. */
    public byte[] encode() {
        byte[] out = new byte[edge.size() * hash.length()];
        for (int i = 0; i < edge.size(); i++) {
            System.arraycopy(edge.get(i), 0, out, i * hash.length(), hash.length());
        }
        return out;
    }

    /** Appends a leaf hash; {@code sink} (may be null) receives the leaf node and every node it completes. */
    public void append(byte[] leafHash, NodeSink sink) {
        long index = size;
        byte[] carry = leafHash;
        int level = 0;
        if (sink != null) {
            sink.completed(new Node(0, index, leafHash));
        }
        while (((size >>> level) & 1) == 1) {
            carry = hash.nodeHash(edge.remove(edge.size() - 1), carry);
            level++;
            if (sink != null) {
                sink.completed(new Node(level, index >>> level, carry));
            }
        }
        edge.add(carry);
        size++;
    }

    public byte[] root() {
        if (edge.isEmpty()) {
            return hash.emptyRoot();
        }
        byte[] root = edge.get(edge.size() - 1);
        for (int i = edge.size() - 2; i >= 0; i--) {
            root = hash.nodeHash(edge.get(i), root);
        }
        return root;
    }
}
