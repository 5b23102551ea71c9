-- Annual reports (年报) as filed and reviewed: the case id (the process's business key), who filed it for which
-- organization, the report itself (JSON), plausibility findings for the reviewer, the review, and whether it was
-- filed after its due date. One ALTER per column: portable between H2 (MySQL mode) and MySQL/MariaDB.
ALTER TABLE annual_report ADD COLUMN case_id VARCHAR(36) NULL;
ALTER TABLE annual_report ADD COLUMN division_code CHAR(6) NULL;
ALTER TABLE annual_report ADD COLUMN organization_name VARCHAR(200) NULL;
ALTER TABLE annual_report ADD COLUMN org_type VARCHAR(20) NULL;
ALTER TABLE annual_report ADD COLUMN filed_by VARCHAR(64) NULL;
ALTER TABLE annual_report ADD COLUMN payload TEXT NULL;
ALTER TABLE annual_report ADD COLUMN findings TEXT NULL;
ALTER TABLE annual_report ADD COLUMN due_on DATE NULL;
ALTER TABLE annual_report ADD COLUMN filed_late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE annual_report ADD COLUMN review_opinion VARCHAR(2000) NULL;
ALTER TABLE annual_report ADD COLUMN reviewed_by VARCHAR(64) NULL;
ALTER TABLE annual_report ADD COLUMN corrections INT NOT NULL DEFAULT 0;
ALTER TABLE annual_report ADD COLUMN version INT NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX uk_annual_report_case ON annual_report (case_id);
CREATE INDEX ix_annual_report_division ON annual_report (division_code, report_year, status);

-- What the due-date sweep told an organization's account holder: reminders before the due date and the notice
-- that the report is overdue (the organization was proposed for the abnormal-activity list). The unique key makes
-- the daily sweep idempotent: each notice is given once, and an overdue organization is proposed once.
CREATE TABLE annual_report_notice (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_code   CHAR(18)      NOT NULL,
    report_year   INT           NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    days_before   INT           NOT NULL,
    due_on        DATE          NOT NULL,
    division_code CHAR(6)       NOT NULL,
    message_zh    VARCHAR(500)  NOT NULL,
    message_en    VARCHAR(500)  NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    CONSTRAINT uk_annual_report_notice UNIQUE (credit_code, report_year, kind, days_before)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_annual_report_notice_year ON annual_report_notice (report_year, kind);
