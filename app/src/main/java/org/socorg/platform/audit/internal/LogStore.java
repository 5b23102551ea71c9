package org.socorg.platform.audit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.socorg.auditlog.CompactRange;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.Merkle;
import org.socorg.auditlog.NodeSource;
import org.socorg.platform.audit.AuditedEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads the log: entries, the head, and the tree's nodes for proofs (kept in the entry rows). Committed nodes never change, so they are cached;
 * a proof first collects the nodes it needs, then reads the missing ones in one query.
 */
@Component
public class LogStore {

    private static final int CACHE_SIZE = 200_000;

    private final JdbcTemplate jdbc;
    private final HashAlgorithm hash;
    private final Map<String, byte[]> nodeCache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    LogStore(JdbcTemplate jdbc, AuditProperties properties) {
        this.jdbc = jdbc;
        this.hash = HashAlgorithm.fromId(properties.hash());
    }

    public HashAlgorithm hash() {
        return hash;
    }

    /** The committed size and root. */
    public Head head() {
        Map<String, Object> row = jdbc.queryForMap("SELECT tree_size, edge FROM audit_head WHERE id = 1");
        long size = ((Number) row.get("tree_size")).longValue();
        CompactRange range = CompactRange.decode(hash, size, Hex.decode((String) row.get("edge")));
        return new Head(size, range.root());
    }

    public record Head(long size, byte[] root) {
    }

    private static final RowMapper<AuditedEntry> ENTRY = (rs, i) -> new AuditedEntry(rs.getLong("seq"),
            rs.getString("entry_json"), rs.getString("leaf_hash"), Json.parseObject(rs.getString("entry_json")));

    public Optional<AuditedEntry> entry(long seq) {
        return jdbc.query("SELECT seq, entry_json, leaf_hash FROM audit_entry WHERE seq = ?", ENTRY, seq).stream()
                .findFirst();
    }

    public List<AuditedEntry> byBusinessKey(String businessKey) {
        // entries without the key (variables written by the engine) belong to the case through its process instances
        return jdbc.query("SELECT seq, entry_json, leaf_hash FROM audit_entry WHERE business_key = ? OR process_instance "
                + "IN (SELECT process_instance FROM audit_entry WHERE business_key = ? AND process_instance IS NOT NULL) "
                + "ORDER BY seq", ENTRY, businessKey, businessKey);
    }

    /** The latest entry that sealed the source {@code ref} (e.g. {@code deployment:<id>}). */
    public Optional<AuditedEntry> latestByRef(String ref) {
        return jdbc.query("SELECT seq, entry_json, leaf_hash FROM audit_entry WHERE ref = ? ORDER BY seq DESC",
                ENTRY, ref).stream().findFirst();
    }

    /** Streams entries {@code [from, to)} in order, in pages, to {@code sink}. */
    public void forEachEntry(long from, long to, Consumer<AuditedEntry> sink) {
        long next = from;
        while (next < to) {
            List<AuditedEntry> page = jdbc.query("SELECT seq, entry_json, leaf_hash FROM audit_entry "
                    + "WHERE seq >= ? AND seq < ? ORDER BY seq", ENTRY, next, Math.min(to, next + 5000));
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
            next = page.get(page.size() - 1).seq() + 1;
        }
    }

    /** For each ref starting with {@code prefix}, the sequence number of its latest seal. */
    public Map<String, Long> latestSealByRefPrefix(String prefix) {
        Map<String, Long> latest = new HashMap<>();
        jdbc.query("SELECT ref, MAX(seq) FROM audit_entry WHERE ref LIKE ? GROUP BY ref",
                rs -> {
                    latest.put(rs.getString(1), rs.getLong(2));
                }, prefix + "%");
        return latest;
    }

    /** The step data entry {@code seq} commits to, as stored beside it. */
    public Optional<String> data(long seq) {
        return jdbc.queryForList("SELECT data_json FROM audit_entry WHERE seq = ?", String.class, seq).stream()
                .findFirst();
    }

    public List<byte[]> inclusionProof(long index, long treeSize) {
        return withNodes(nodes -> Merkle.inclusionProof(hash, nodes, index, treeSize));
    }

    public List<byte[]> consistencyProof(long first, long second) {
        return withNodes(nodes -> Merkle.consistencyProof(hash, nodes, first, second));
    }

    public byte[] rootAt(long treeSize) {
        return withNodes(nodes -> Merkle.rootAt(hash, nodes, treeSize));
    }

    private <T> T withNodes(java.util.function.Function<NodeSource, T> work) {
        Set<String> wanted = new LinkedHashSet<>();
        byte[] placeholder = new byte[hash.length()];
        work.apply((level, index) -> {
            String key = level + "/" + index;
            if (cached(key) == null) {
                wanted.add(key);
            }
            return placeholder;
        });
        load(wanted);
        return work.apply((level, index) -> {
            byte[] node = cached(level + "/" + index);
            if (node == null) {
                throw new IllegalStateException("the audit log lacks tree node " + level + "/" + index);
            }
            return node;
        });
    }

    private byte[] cached(String key) {
        synchronized (nodeCache) {
            return nodeCache.get(key);
        }
    }

    /**
     * Reads the wanted nodes: a leaf is its entry's hash; the complete subtree (level L, index j) ends with leaf
     * {@code (j + 1) * 2^L - 1}, whose row keeps it at position L - 1 of its {@code nodes}.
     */
    private void load(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Map<Long, List<String>> wantedBySeq = new HashMap<>();
        for (String key : keys) {
            int slash = key.indexOf('/');
            int level = Integer.parseInt(key.substring(0, slash));
            long index = Long.parseLong(key.substring(slash + 1));
            long seq = ((index + 1) << level) - 1;
            wantedBySeq.computeIfAbsent(seq, s -> new ArrayList<>()).add(key);
        }
        Map<String, byte[]> found = new HashMap<>();
        int hexLength = hash.length() * 2;
        jdbc.query("SELECT seq, leaf_hash, nodes FROM audit_entry WHERE seq IN ("
                + placeholders(wantedBySeq.size()) + ")", rs -> {
                    long seq = rs.getLong(1);
                    String nodes = rs.getString(3);
                    for (String key : wantedBySeq.get(seq)) {
                        int level = Integer.parseInt(key.substring(0, key.indexOf('/')));
                        if (level == 0) {
                            found.put(key, Hex.decode(rs.getString(2)));
                        } else if (nodes != null && nodes.length() >= level * hexLength) {
                            found.put(key, Hex.decode(nodes.substring((level - 1) * hexLength, level * hexLength)));
                        }
                    }
                }, wantedBySeq.keySet().toArray());
        synchronized (nodeCache) {
            nodeCache.putAll(found);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
