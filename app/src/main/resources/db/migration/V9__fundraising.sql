-- Public fundraising (公开募捐): qualification applications, the qualifications granted (公开募捐资格证书), fundraising
-- plan filings (募捐方案备案) and their progress reports. Qualifications, filed plans and their progress are public;
-- rows are never deleted (a revoked qualification keeps its row with the date and reason of revocation).

CREATE TABLE fundraising_sequence (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE fundraising_qualification_application (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    credit_code         CHAR(18)      NOT NULL,
    organization_name   VARCHAR(100)  NOT NULL,
    division_code       CHAR(6)       NOT NULL,
    applicant_id        VARCHAR(64)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    statement           VARCHAR(2000) NOT NULL,
    governance          VARCHAR(2000) NULL,
    process_instance_id VARCHAR(64)   NULL,
    outcome_reasons     TEXT          NULL,
    certificate_number  VARCHAR(40)   NULL,
    submitted_at        DATETIME(3)   NOT NULL,
    decided_at          DATETIME(3)   NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_fq_application_code ON fundraising_qualification_application (credit_code, status);

CREATE TABLE fundraising_qualification (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_code        CHAR(18)     NOT NULL,
    certificate_number VARCHAR(40)  NOT NULL,
    application_id     CHAR(36)     NOT NULL,
    division_code      CHAR(6)      NOT NULL,
    granted_on         DATE         NOT NULL,
    granted_by         VARCHAR(64)  NOT NULL,
    revoked_on         DATE         NULL,
    revocation_reason  VARCHAR(500) NULL,
    revoked_by         VARCHAR(64)  NULL,
    created_at         DATETIME(3)  NOT NULL,
    CONSTRAINT uk_fundraising_qualification_certificate UNIQUE (certificate_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_fundraising_qualification_code ON fundraising_qualification (credit_code, revoked_on);

CREATE TABLE fundraising_plan (
    id                  CHAR(36)       NOT NULL PRIMARY KEY,
    credit_code         CHAR(18)       NOT NULL,
    organization_name   VARCHAR(100)   NOT NULL,
    division_code       CHAR(6)        NOT NULL,
    applicant_id        VARCHAR(64)    NOT NULL,
    qualification_id    BIGINT         NOT NULL,
    status              VARCHAR(30)    NOT NULL,
    title               VARCHAR(100)   NOT NULL,
    purpose             VARCHAR(1000)  NOT NULL,
    target_amount       DECIMAL(18, 2) NOT NULL,
    start_date          DATE           NOT NULL,
    end_date            DATE           NOT NULL,
    region              VARCHAR(200)   NOT NULL,
    bank_account        VARCHAR(200)   NOT NULL,
    emergency           BOOLEAN        NOT NULL DEFAULT FALSE,
    filing_number       VARCHAR(40)    NULL,
    amount_raised       DECIMAL(18, 2) NULL,
    closing_summary     VARCHAR(2000)  NULL,
    outcome_reasons     TEXT           NULL,
    process_instance_id VARCHAR(64)    NULL,
    submitted_on        DATE           NOT NULL,
    submitted_at        DATETIME(3)    NOT NULL,
    filed_at            DATETIME(3)    NULL,
    closed_at           DATETIME(3)    NULL,
    updated_at          DATETIME(3)    NOT NULL,
    version             INT            NOT NULL DEFAULT 0,
    CONSTRAINT uk_fundraising_plan_filing_number UNIQUE (filing_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_fundraising_plan_code ON fundraising_plan (credit_code, status);

CREATE TABLE fundraising_progress_report (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id       CHAR(36)       NOT NULL,
    reported_on   DATE           NOT NULL,
    amount_raised DECIMAL(18, 2) NOT NULL,
    note          VARCHAR(1000)  NULL,
    closing       BOOLEAN        NOT NULL DEFAULT FALSE,
    reported_by   VARCHAR(64)    NOT NULL,
    reported_at   DATETIME(3)    NOT NULL,
    CONSTRAINT fk_progress_report_plan FOREIGN KEY (plan_id) REFERENCES fundraising_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_progress_report_plan ON fundraising_progress_report (plan_id, reported_on);
