-- The audit log: an append-only Merkle log (RFC 6962) of every completed step, with signed checkpoints.
-- audit_head is the single row every appender locks: it makes the sequence gapless and the log unforkable across threads
-- and application instances. Each entry row also keeps the complete subtrees its leaf completed (audit_entry.nodes), so
-- proofs cost O(log n) reads without a table of their own.

CREATE TABLE audit_head (
    id         INT          NOT NULL PRIMARY KEY,
    tree_size  BIGINT       NOT NULL,
    last_leaf  CHAR(64)     NULL,
    -- the right edge of the tree (CompactRange), hex, largest subtree first
    edge       TEXT         NOT NULL,
    hash_alg   VARCHAR(10)  NULL,
    updated_at DATETIME(3)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO audit_head (id, tree_size, last_leaf, edge, hash_alg, updated_at) VALUES (1, 0, NULL, '', NULL, NULL);

CREATE TABLE audit_entry (
    seq              BIGINT       NOT NULL PRIMARY KEY,
    kind             VARCHAR(40)  NOT NULL,
    business_key     VARCHAR(100) NULL,
    process_instance VARCHAR(64)  NULL,
    ref              VARCHAR(200) NULL,
    sealed_at        DATETIME(3)  NOT NULL,
    leaf_hash        CHAR(64)     NOT NULL,
    -- hex hashes of the complete subtrees of 2, 4, 8, ... leaves that end with this entry, smallest first
    nodes            TEXT         NULL,
    -- the canonical JSON that is the Merkle leaf input, byte for byte
    entry_json       TEXT         NOT NULL,
    -- the step data the entry's "data" digest commits to, kept so reconciliation can name the field that changed
    data_json        LONGTEXT     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_entry_business_key ON audit_entry (business_key, seq);
CREATE INDEX ix_audit_entry_ref ON audit_entry (ref, seq);

CREATE TABLE audit_key (
    key_id       CHAR(16)     NOT NULL PRIMARY KEY,
    algorithm    VARCHAR(10)  NOT NULL,
    public_pem   TEXT         NOT NULL,
    first_seen   DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_checkpoint (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tree_size       BIGINT      NOT NULL,
    root_hash       CHAR(64)    NOT NULL,
    key_id          CHAR(16)    NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    checkpoint_json TEXT        NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_checkpoint_size ON audit_checkpoint (tree_size);

