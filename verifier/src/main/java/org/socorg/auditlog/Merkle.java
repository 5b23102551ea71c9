package org.socorg.auditlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 §2.1 (RFC 9162 §2.1): roots, inclusion proofs and consistency proofs, generated
 * from a {@link NodeSource} and verified with the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2.
 */
public final class Merkle {

    private Merkle() {
    }

    /** The root of the tree over {@code leafHashes}. */
    public static byte[] root(HashAlgorithm hash, List<byte[]> leafHashes) {
        CompactRange range = new CompactRange(hash);
        for (byte[] leaf : leafHashes) {
            range.append(leaf, null);
        }
        return range.root();
    }

    /** MTH(D[start:end]) for a subtree that occurs in the tree's structure (its start aligned as RFC 6962 splits). */
    public static byte[] subtreeHash(HashAlgorithm hash, NodeSource nodes, long start, long end) {
        long size = end - start;
        if (size <= 0) {
            return hash.emptyRoot();
        }
        if (Long.bitCount(size) == 1 && start % size == 0) {
            int level = Long.numberOfTrailingZeros(size);
            return nodes.node(level, start >>> level);
        }
        long k = largestPowerOfTwoBelow(size);
        return hash.nodeHash(subtreeHash(hash, nodes, start, start + k), subtreeHash(hash, nodes, start + k, end));
    }

    public static byte[] rootAt(HashAlgorithm hash, NodeSource nodes, long treeSize) {
        return subtreeHash(hash, nodes, 0, treeSize);
    }

    /** PATH(index, D[0:treeSize]), lowest level first. */
    public static List<byte[]> inclusionProof(HashAlgorithm hash, NodeSource nodes, long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + treeSize);
        }
        List<byte[]> proof = new ArrayList<>();
        path(hash, nodes, index, 0, treeSize, proof);
        return proof;
    }

    private static void path(HashAlgorithm hash, NodeSource nodes, long m, long start, long end, List<byte[]> out) {
        if (end - start <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(end - start);
        if (m < start + k) {
            path(hash, nodes, m, start, start + k, out);
            out.add(subtreeHash(hash, nodes, start + k, end));
        } else {
            path(hash, nodes, m, start + k, end, out);
            out.add(subtreeHash(hash, nodes, start, start + k));
        }
    }

    /** PROOF(first, D[0:second]) of RFC 6962 §2.1.2. */
    public static List<byte[]> consistencyProof(HashAlgorithm hash, NodeSource nodes, long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from size " + first + " to size " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(hash, nodes, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void subproof(HashAlgorithm hash, NodeSource nodes, long m, long start, long end, boolean whole,
                                 List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                out.add(subtreeHash(hash, nodes, start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(hash, nodes, m, start, start + k, whole, out);
            out.add(subtreeHash(hash, nodes, start + k, end));
        } else {
            subproof(hash, nodes, m - k, start + k, end, false, out);
            out.add(subtreeHash(hash, nodes, start, start + k));
        }
    }

    /** RFC 9162 §2.1.3.2. */
    public static boolean verifyInclusion(HashAlgorithm hash, long index, long treeSize, byte[] leafHash,
                                          List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hash.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = hash.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2. */
    public static boolean verifyConsistency(HashAlgorithm hash, long first, long second, byte[] firstRoot,
                                            byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstRoot);
        }
        path.addAll(proof);
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hash.nodeHash(c, fr);
                sr = hash.nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = hash.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
