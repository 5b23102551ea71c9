-- Complaints (投诉举报), enforcement cases (执法监察), administrative penalties (行政处罚, public) and the public list
-- of known illegal social organizations (非法社会组织).

CREATE TABLE complaint (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    tracking_code       VARCHAR(20)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    division_code       CHAR(6)       NOT NULL,
    credit_code         CHAR(18)      NULL,
    organization_name   VARCHAR(100)  NOT NULL,
    -- credit code, or the normalised name of an organization the registry does not know: what duplicates share
    subject_key         VARCHAR(100)  NOT NULL,
    category            VARCHAR(40)   NOT NULL,
    description         VARCHAR(5000) NOT NULL,
    anonymous_report    BOOLEAN       NOT NULL,
    reporter_id         VARCHAR(64)   NULL,
    contact             VARCHAR(200)  NULL,
    suggested_duplicate VARCHAR(36)   NULL,
    merged_into         VARCHAR(36)   NULL,
    case_id             VARCHAR(36)   NULL,
    outcome_reason      VARCHAR(2000) NULL,
    triaged_by          VARCHAR(64)   NULL,
    process_instance_id VARCHAR(64)   NULL,
    received_at         DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uk_complaint_tracking_code UNIQUE (tracking_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_complaint_subject ON complaint (division_code, subject_key, category, status);
CREATE INDEX ix_complaint_division_status ON complaint (division_code, status);

CREATE TABLE enforcement_case (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    complaint_id        VARCHAR(36)   NULL,
    status              VARCHAR(30)   NOT NULL,
    division_code       CHAR(6)       NOT NULL,
    credit_code         CHAR(18)      NULL,
    organization_name   VARCHAR(100)  NOT NULL,
    proposed_outcome    VARCHAR(30)   NULL,
    fine_amount         DECIMAL(14,2) NULL,
    findings            VARCHAR(2000) NULL,
    reason              VARCHAR(500)  NULL,
    legal_basis         VARCHAR(300)  NULL,
    proposed_by         VARCHAR(64)   NULL,
    outcome             VARCHAR(30)   NULL,
    decided_by          VARCHAR(64)   NULL,
    penalty_id          BIGINT        NULL,
    opened_by           VARCHAR(64)   NOT NULL,
    process_instance_id VARCHAR(64)   NULL,
    opened_at           DATETIME(3)   NOT NULL,
    closed_at           DATETIME(3)   NULL,
    updated_at          DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_enforcement_case_division ON enforcement_case (division_code, status);

CREATE TABLE administrative_penalty (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_number     VARCHAR(60)   NULL,
    case_id             VARCHAR(36)   NOT NULL,
    credit_code         CHAR(18)      NOT NULL,
    organization_name   VARCHAR(100)  NOT NULL,
    division_code       CHAR(6)       NOT NULL,
    outcome             VARCHAR(30)   NOT NULL,
    fine_amount         DECIMAL(14,2) NULL,
    reason              VARCHAR(500)  NOT NULL,
    legal_basis         VARCHAR(300)  NOT NULL,
    decided_on          DATE          NOT NULL,
    decided_by          VARCHAR(64)   NOT NULL,
    -- the credit listing reasons the penalty gave (DMN enforcement-credit-sanction), comma-separated: later cases
    -- count earlier warnings and small fines by them, so the 50,000 CNY threshold lives in the DMN only
    credit_reasons      VARCHAR(200)  NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uk_penalty_case UNIQUE (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_penalty_credit_code ON administrative_penalty (credit_code, decided_on);

CREATE TABLE illegal_organization (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    division_code       CHAR(6)       NOT NULL,
    description         VARCHAR(1000) NOT NULL,
    legal_basis         VARCHAR(300)  NULL,
    published_on        DATE          NOT NULL,
    published_by        VARCHAR(64)   NOT NULL,
    withdrawn_on        DATE          NULL,
    withdrawn_by        VARCHAR(64)   NULL,
    created_at          DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_illegal_organization_division ON illegal_organization (division_code, withdrawn_on);
