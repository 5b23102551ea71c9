-- Evaluation (评估): one row per application; the experts' scores per round (an upheld objection opens a new
-- round); objections filed during the public notice (公示). Rows are never deleted: an expired grade stays in the
-- public record with its validity.

CREATE TABLE evaluation_application (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    credit_code         CHAR(18)      NOT NULL,
    organization_name   VARCHAR(200)  NOT NULL,
    division_code       CHAR(6)       NOT NULL,
    applicant_id        VARCHAR(64)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    self_assessment     TEXT          NOT NULL,
    process_instance_id VARCHAR(64)   NULL,
    panel_experts       VARCHAR(1000) NULL,
    score_round         INT           NOT NULL,
    total_score         DECIMAL(8, 2) NULL,
    grade               VARCHAR(4)    NULL,
    outcome_reasons     TEXT          NULL,
    notice_ends_on      DATE          NULL,
    valid_from          DATE          NULL,
    valid_to            DATE          NULL,
    confirmed_by        VARCHAR(64)   NULL,
    submitted_at        DATETIME(3)   NOT NULL,
    decided_at          DATETIME(3)   NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             INT           NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_evaluation_code ON evaluation_application (credit_code, status);
CREATE INDEX ix_evaluation_division ON evaluation_application (division_code, submitted_at);

CREATE TABLE evaluation_score (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evaluation_id   VARCHAR(36)   NOT NULL,
    score_round     INT           NOT NULL,
    expert_id       VARCHAR(64)   NOT NULL,
    scores          VARCHAR(1000) NOT NULL,
    opinion         VARCHAR(2000) NULL,
    scored_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uk_evaluation_score UNIQUE (evaluation_id, score_round, expert_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE evaluation_objection (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    evaluation_id   VARCHAR(36)   NOT NULL,
    objector_name   VARCHAR(100)  NULL,
    objector_contact VARCHAR(200) NULL,
    content         VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    filed_at        DATETIME(3)   NOT NULL,
    decided_at      DATETIME(3)   NULL,
    decided_by      VARCHAR(64)   NULL,
    decision_comment VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_evaluation_objection ON evaluation_objection (evaluation_id, status, filed_at);
