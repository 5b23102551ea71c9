package org.socorg.platform.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.Hex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Signs checkpoints: at an interval when the log has grown, and on demand. */
@Component
public class Checkpoints {

    private final JdbcTemplate jdbc;
    private final LogStore store;
    private final SigningKeys keys;
    private final AuditProperties properties;

    Checkpoints(JdbcTemplate jdbc, LogStore store, SigningKeys keys, AuditProperties properties) {
        this.jdbc = jdbc;
        this.store = store;
        this.keys = keys;
        this.properties = properties;
    }

    public Optional<Checkpoint> latest() {
        return jdbc.query("SELECT checkpoint_json FROM audit_checkpoint ORDER BY tree_size DESC, id DESC LIMIT 1",
                (rs, i) -> Checkpoint.parse(rs.getString(1))).stream().findFirst();
    }

    public List<Checkpoint> all() {
        return jdbc.query("SELECT checkpoint_json FROM audit_checkpoint ORDER BY tree_size, id",
                (rs, i) -> Checkpoint.parse(rs.getString(1)));
    }

    /** A checkpoint of the log as committed now; the latest one when the log has not grown since. */
    public Checkpoint sign() {
        LogStore.Head head = store.head();
        Optional<Checkpoint> latest = latest();
        if (latest.isPresent() && latest.get().treeSize() == head.size()
                && latest.get().keyId().equals(keys.signer().keyId())) {
            return latest.get();
        }
        Checkpoint checkpoint = Checkpoint.sign(keys.signer(), properties.origin(), head.size(), head.root(),
                Instant.now().toString(), store.hash());
        jdbc.update("INSERT INTO audit_checkpoint (tree_size, root_hash, key_id, created_at, checkpoint_json) "
                        + "VALUES (?, ?, ?, ?, ?)", checkpoint.treeSize(), Hex.encode(head.root()), checkpoint.keyId(),
                Timestamp.from(Instant.now()), checkpoint.toJson());
        return checkpoint;
    }

    /** A checkpoint that covers entry {@code seq}: the latest, or a new one when the latest is older than the entry. */
    public Checkpoint covering(long seq) {
        Optional<Checkpoint> latest = latest();
        if (latest.isPresent() && latest.get().treeSize() > seq) {
            return latest.get();
        }
        return sign();
    }

    @Scheduled(fixedDelayString = "${platform.audit.checkpoint-interval:PT1M}",
            initialDelayString = "${platform.audit.checkpoint-interval:PT1M}")
    void periodically() {
        Optional<Checkpoint> latest = latest();
        if (latest.isEmpty() || latest.get().treeSize() < store.head().size()) {
            sign();
        }
    }
}
