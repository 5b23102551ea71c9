package org.socorg.auditlog;

/**
 * Where proofs read the tree from: the hash of the complete subtree of {@code 2^level} leaves that starts at leaf
 * {@code index * 2^level}. Level 0 holds the leaf hashes. A log keeps these nodes so that a proof at any size costs
 * O(log n) reads.
 */
@FunctionalInterface
public interface NodeSource {

    byte[] node(int level, long index);
}
