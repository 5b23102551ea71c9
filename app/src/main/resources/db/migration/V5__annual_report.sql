-- Annual reports (年报): one row per organization and report year.

CREATE TABLE annual_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_code         CHAR(18)      NOT NULL,
    report_year         INT           NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    outcome             VARCHAR(30)   NULL,
    submitted_at        DATETIME(3)   NULL,
    reviewed_at         DATETIME(3)   NULL,
    published_at        DATETIME(3)   NULL,
    process_instance_id VARCHAR(64)   NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uk_annual_report_year UNIQUE (credit_code, report_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
