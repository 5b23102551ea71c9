-- Who has read which inbox notice (已读). A notice addressed to a group is read by each of its members on their own:
-- one row per notice and reader, so one official marking it read leaves it unread for their colleagues.
CREATE TABLE inbox_notice_read (
    notice_id  BIGINT       NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    read_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (notice_id, user_id),
    CONSTRAINT fk_inbox_notice_read_notice FOREIGN KEY (notice_id) REFERENCES inbox_notice (id)
);
CREATE INDEX ix_inbox_notice_read_user ON inbox_notice_read (user_id);
