package org.socorg.auditlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every completed node of a tree, in flat arrays per level, as a log's node table would hold them. */
public final class InMemoryNodes implements NodeSource, CompactRange.NodeSink {

    private final List<byte[]> levels = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    @Override
    public void completed(CompactRange.Node node) {
        while (levels.size() <= node.level()) {
            levels.add(new byte[32 * 1024]);
            counts.add(0L);
        }
        byte[] level = levels.get(node.level());
        long count = counts.get(node.level());
        if (node.index() != count) {
            throw new IllegalStateException("nodes arrive in order");
        }
        if ((count + 1) * 32 > level.length) {
            level = Arrays.copyOf(level, level.length * 2);
            levels.set(node.level(), level);
        }
        System.arraycopy(node.hash(), 0, level, (int) (count * 32), 32);
        counts.set(node.level(), count + 1);
    }

    @Override
    public byte[] node(int level, long index) {
        if (level >= levels.size() || index >= counts.get(level)) {
            throw new IllegalArgumentException("no complete node " + level + "/" + index);
        }
        int at = (int) (index * 32);
        return Arrays.copyOfRange(levels.get(level), at, at + 32);
    }
}
