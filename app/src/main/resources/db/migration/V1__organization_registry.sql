-- The organization registry (法人库), registration applications and statutory clocks.
-- One script for H2 (MySQL mode) and MySQL/MariaDB: portable types only, utf8mb4 for Chinese text.

CREATE TABLE registry_sequence (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE organization (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_code            CHAR(18)      NOT NULL,
    certificate_number     VARCHAR(32)   NOT NULL,
    name                   VARCHAR(100)  NOT NULL,
    -- the normalised name while the organization is active, NULL once it is not: keeps active names unique
    -- per jurisdiction while letting a deregistered organization's name be registered again
    active_name            VARCHAR(100)  NULL,
    org_type               VARCHAR(20)   NOT NULL,
    scope                  VARCHAR(10)   NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    division_code          CHAR(6)       NOT NULL,
    registration_authority VARCHAR(100)  NOT NULL,
    supervising_unit       VARCHAR(100)  NULL,
    legal_representative   VARCHAR(50)   NOT NULL,
    activity_funds         DECIMAL(18, 2) NOT NULL,
    address                VARCHAR(200)  NOT NULL,
    business_scope         VARCHAR(1000) NOT NULL,
    founded_on             DATE          NOT NULL,
    certificate_valid_from DATE          NOT NULL,
    certificate_valid_to   DATE          NOT NULL,
    charity                BOOLEAN       NOT NULL DEFAULT FALSE,
    public_fundraising     BOOLEAN       NOT NULL DEFAULT FALSE,
    application_id         CHAR(36)      NULL,
    created_at             DATETIME(3)   NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    CONSTRAINT uk_organization_credit_code UNIQUE (credit_code),
    CONSTRAINT uk_organization_certificate UNIQUE (certificate_number),
    CONSTRAINT uk_organization_active_name UNIQUE (division_code, active_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_organization_name ON organization (name);
CREATE INDEX ix_organization_division_status ON organization (division_code, status);

CREATE TABLE organization_status_history (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    from_status     VARCHAR(20)  NULL,
    to_status       VARCHAR(20)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    application_id  CHAR(36)     NULL,
    changed_by      VARCHAR(64)  NOT NULL,
    changed_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_status_history_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_status_history_organization ON organization_status_history (organization_id, changed_at);

CREATE TABLE registration_application (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    kind                VARCHAR(20)  NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    applicant_id        VARCHAR(64)  NOT NULL,
    division_code       CHAR(6)      NOT NULL,
    org_type            VARCHAR(20)  NOT NULL,
    scope               VARCHAR(10)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    payload             TEXT         NOT NULL,
    process_instance_id VARCHAR(64)  NULL,
    organization_id     BIGINT       NULL,
    credit_code         CHAR(18)     NULL,
    outcome_reasons     TEXT         NULL,
    submitted_at        DATETIME(3)  NOT NULL,
    decided_at          DATETIME(3)  NULL,
    updated_at          DATETIME(3)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_application_applicant ON registration_application (applicant_id, submitted_at);
CREATE INDEX ix_application_division_status ON registration_application (division_code, status);
CREATE INDEX ix_application_process ON registration_application (process_instance_id);

CREATE TABLE statutory_clock (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_instance_id VARCHAR(64) NOT NULL,
    rule_key            VARCHAR(64) NOT NULL,
    unit                VARCHAR(20) NOT NULL,
    amount              INT         NOT NULL,
    state               VARCHAR(10) NOT NULL,
    started_at          DATETIME(3) NOT NULL,
    due_on              DATE        NOT NULL,
    due_at              DATETIME(3) NOT NULL,
    reminder_at         DATETIME(3) NULL,
    paused_at           DATETIME(3) NULL,
    remaining_days      INT         NULL,
    calendar_uncertain  BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at          DATETIME(3) NOT NULL,
    CONSTRAINT uk_statutory_clock UNIQUE (process_instance_id, rule_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
