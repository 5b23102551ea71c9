package org.socorg.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 6962 roots, inclusion proofs and consistency proofs (transparency-dev/merkle test data) through our code. */
class MerkleVectorsTest {

    private static final HashAlgorithm SHA = HashAlgorithm.SHA256;
    private final Map<String, Object> vectors = Vectors.load("rfc6962-merkle.json");

    private List<byte[]> leafHashes() {
        List<byte[]> leaves = new ArrayList<>();
        for (Object input : (List<?>) vectors.get("leaf_inputs")) {
            leaves.add(SHA.leafHash(Hex.decode((String) input)));
        }
        return leaves;
    }

    /** A node source built by appending the vector leaves, as the log stores nodes. */
    private NodeSource storedNodes(List<byte[]> leaves) {
        Map<String, byte[]> nodes = new HashMap<>();
        CompactRange range = new CompactRange(SHA);
        for (byte[] leaf : leaves) {
            range.append(leaf, node -> nodes.put(node.level() + "/" + node.index(), node.hash()));
        }
        return (level, index) -> {
            byte[] hash = nodes.get(level + "/" + index);
            if (hash == null) {
                throw new AssertionError("proof asked for a node that is not complete: " + level + "/" + index);
            }
            return hash;
        };
    }

    @Test
    void leaf_and_node_hashes_match_the_vectors() {
        List<byte[]> leaves = leafHashes();
        @SuppressWarnings("unchecked")
        List<List<String>> levels = (List<List<String>>) vectors.get("node_hashes_by_level");
        NodeSource nodes = storedNodes(leaves);
        for (int level = 0; level < levels.size(); level++) {
            for (int i = 0; i < levels.get(level).size(); i++) {
                assertThat(Hex.encode(nodes.node(level, i))).as("node %d/%d", level, i)
                        .isEqualTo(levels.get(level).get(i));
            }
        }
    }

    @Test
    void roots_for_sizes_0_to_8_match_from_a_list_from_a_compact_range_and_from_stored_nodes() {
        List<byte[]> leaves = leafHashes();
        NodeSource nodes = storedNodes(leaves);
        @SuppressWarnings("unchecked")
        List<String> roots = (List<String>) vectors.get("root_by_tree_size");
        assertThat(roots).hasSize(9);
        for (int n = 0; n < roots.size(); n++) {
            assertThat(Hex.encode(Merkle.root(SHA, leaves.subList(0, n)))).as("root of %d", n).isEqualTo(roots.get(n));
            assertThat(Hex.encode(Merkle.rootAt(SHA, nodes, n))).as("root at %d", n).isEqualTo(roots.get(n));
        }
    }

    @Test
    void inclusion_proofs_are_generated_and_verified_as_in_the_vectors() {
        List<byte[]> leaves = leafHashes();
        NodeSource nodes = storedNodes(leaves);
        List<Map<String, Object>> cases = Vectors.list(vectors, "inclusion_proofs");
        assertThat(cases).isNotEmpty();
        for (Map<String, Object> c : cases) {
            long index = (Long) c.get("leaf_index");
            long size = (Long) c.get("tree_size");
            List<byte[]> expected = Vectors.hashes(c.get("proof"));
            List<byte[]> proof = Merkle.inclusionProof(SHA, nodes, index, size);
            assertThat(proof.stream().map(Hex::encode).toList()).as("proof %d in %d", index, size)
                    .isEqualTo(expected.stream().map(Hex::encode).toList());
            byte[] root = Hex.decode((String) c.get("root"));
            byte[] leaf = Hex.decode((String) c.get("leaf_hash"));
            assertThat(Merkle.verifyInclusion(SHA, index, size, leaf, expected, root)).isTrue();
            assertThat(Merkle.verifyInclusion(SHA, index, size, SHA.leafHash(new byte[] {9}), expected, root))
                    .as("a different leaf fails").isFalse();
            if (!expected.isEmpty()) {
                List<byte[]> bent = new ArrayList<>(expected);
                bent.set(0, SHA.leafHash(new byte[] {7}));
                assertThat(Merkle.verifyInclusion(SHA, index, size, leaf, bent, root)).as("a bent proof fails")
                        .isFalse();
            }
            assertThat(Merkle.verifyInclusion(SHA, size, size, leaf, expected, root)).as("index past the end")
                    .isFalse();
        }
    }

    @Test
    void consistency_proofs_are_generated_and_verified_as_in_the_vectors() {
        List<byte[]> leaves = leafHashes();
        NodeSource nodes = storedNodes(leaves);
        List<Map<String, Object>> cases = Vectors.list(vectors, "consistency_proofs");
        assertThat(cases).isNotEmpty();
        for (Map<String, Object> c : cases) {
            long first = (Long) c.get("size1");
            long second = (Long) c.get("size2");
            List<byte[]> expected = Vectors.hashes(c.get("proof"));
            assertThat(Merkle.consistencyProof(SHA, nodes, first, second).stream().map(Hex::encode).toList())
                    .as("proof %d→%d", first, second).isEqualTo(expected.stream().map(Hex::encode).toList());
            byte[] root1 = Hex.decode((String) c.get("root1"));
            byte[] root2 = Hex.decode((String) c.get("root2"));
            assertThat(Merkle.verifyConsistency(SHA, first, second, root1, root2, expected)).isTrue();
            if (first != second) {
                assertThat(Merkle.verifyConsistency(SHA, first, second, root2, root2, expected))
                        .as("a forked old root fails").isFalse();
            }
        }
    }

    @Test
    void every_proof_in_trees_up_to_70_leaves_verifies_both_ways() {
        for (HashAlgorithm hash : HashAlgorithm.values()) {
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                leaves.add(hash.leafHash(new byte[] {(byte) i}));
            }
            Map<String, byte[]> stored = new HashMap<>();
            CompactRange range = new CompactRange(hash);
            List<byte[]> roots = new ArrayList<>();
            roots.add(range.root());
            for (byte[] leaf : leaves) {
                range.append(leaf, node -> stored.put(node.level() + "/" + node.index(), node.hash()));
                roots.add(range.root());
            }
            NodeSource nodes = (level, index) -> stored.get(level + "/" + index);
            for (int n = 1; n <= 70; n++) {
                assertThat(roots.get(n)).isEqualTo(Merkle.root(hash, leaves.subList(0, n)));
                for (int m = 0; m < n; m++) {
                    assertThat(Merkle.verifyInclusion(hash, m, n, leaves.get(m),
                            Merkle.inclusionProof(hash, nodes, m, n), roots.get(n))).isTrue();
                }
                for (int m = 0; m <= n; m++) {
                    assertThat(Merkle.verifyConsistency(hash, m, n, roots.get(m), roots.get(n),
                            Merkle.consistencyProof(hash, nodes, m, n))).as("%d→%d", m, n).isTrue();
                }
            }
            CompactRange restored = CompactRange.decode(hash, range.size(), range.encode());
            assertThat(restored.root()).isEqualTo(range.root());
        }
    }
}
