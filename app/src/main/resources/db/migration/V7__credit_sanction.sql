-- Credit sanction flow (信用惩戒): the case behind each listing, the organization's objections and removal
-- applications, and the notices it receives. A listing row now names its case and the day its 2-year period
-- (escalation to the serious-dishonesty list, or the wait before removal) started: a new listing reason restarts it.

ALTER TABLE credit_listing ADD COLUMN case_id VARCHAR(36) NULL;
ALTER TABLE credit_listing ADD COLUMN period_started_on DATE NULL;
CREATE INDEX ix_credit_listing_case ON credit_listing (case_id);

CREATE TABLE credit_case (
    id                     VARCHAR(36)    NOT NULL PRIMARY KEY,
    credit_code            CHAR(18)       NOT NULL,
    organization_name      VARCHAR(200)   NOT NULL,
    list_type              VARCHAR(30)    NOT NULL,
    reason_code            VARCHAR(40)    NOT NULL,
    reason                 VARCHAR(500)   NOT NULL,
    legal_basis            VARCHAR(300)   NOT NULL,
    legal_basis_en         VARCHAR(300)   NOT NULL,
    removal_by_application BOOLEAN        NOT NULL,
    removal_after_period   BOOLEAN        NOT NULL,
    escalates              BOOLEAN        NOT NULL,
    period_years           INT            NOT NULL,
    division_code          CHAR(6)        NOT NULL,
    reason_arose_on        DATE           NOT NULL,
    source                 VARCHAR(40)    NOT NULL,
    source_reference       VARCHAR(64)    NULL,
    proposed_by            VARCHAR(64)    NOT NULL,
    status                 VARCHAR(20)    NOT NULL,
    listing_id             BIGINT         NULL,
    process_instance_id    VARCHAR(64)    NULL,
    decided_by             VARCHAR(64)    NULL,
    decision_comment       VARCHAR(2000)  NULL,
    created_at             DATETIME(3)    NOT NULL,
    updated_at             DATETIME(3)    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_credit_case_code ON credit_case (credit_code, status);

-- An objection (异议) to a listing or an application for removal (移出申请), and what the official decided.
CREATE TABLE credit_request (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    case_id          VARCHAR(36)    NOT NULL,
    listing_id       BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    filed_by         VARCHAR(64)    NOT NULL,
    statement        VARCHAR(2000)  NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    decided_by       VARCHAR(64)    NULL,
    decision_comment VARCHAR(2000)  NULL,
    filed_at         DATETIME(3)    NOT NULL,
    decided_at       DATETIME(3)    NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_credit_request_listing ON credit_request (listing_id, kind, status);

-- What the organization is told (告知): readable by its account holder.
CREATE TABLE credit_notice (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_code  CHAR(18)       NOT NULL,
    case_id      VARCHAR(36)    NOT NULL,
    listing_id   BIGINT         NULL,
    kind         VARCHAR(30)    NOT NULL,
    text_zh      VARCHAR(2000)  NOT NULL,
    text_en      VARCHAR(2000)  NOT NULL,
    created_at   DATETIME(3)    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_credit_notice_code ON credit_notice (credit_code, created_at);
