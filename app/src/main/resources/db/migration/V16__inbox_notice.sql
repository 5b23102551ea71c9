-- Notices in the task inbox (提醒): what reminders tell a person — a statutory limit near for the officials handling
-- a case, a grade about to expire or an annual report due for the organization's account holder. Addressed to one
-- user, or to a group within one authority (division code), as tasks are offered. Not public.
CREATE TABLE inbox_notice (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_user      VARCHAR(64)   NULL,
    recipient_group     VARCHAR(64)   NULL,
    division_code       CHAR(6)       NULL,
    kind                VARCHAR(40)   NOT NULL,
    business_key        VARCHAR(64)   NULL,
    process_instance_id VARCHAR(64)   NULL,
    subject             VARCHAR(200)  NULL,
    message_zh          VARCHAR(500)  NOT NULL,
    message_en          VARCHAR(500)  NOT NULL,
    created_at          TIMESTAMP(3)  NOT NULL
);
CREATE INDEX ix_inbox_notice_user ON inbox_notice (recipient_user, created_at);
CREATE INDEX ix_inbox_notice_group ON inbox_notice (recipient_group, division_code, created_at);
