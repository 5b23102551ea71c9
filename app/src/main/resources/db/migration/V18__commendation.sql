-- Commendations (表彰) of registered organizations, recorded by the directors of the organization's registration
-- authority and public on its organization page. A wrongly entered one is withdrawn (with a reason), never deleted:
-- the row stays, the public page stops showing it, and the audit log seals both steps.
CREATE TABLE commendation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_code         CHAR(18)      NOT NULL,
    division_code       CHAR(6)       NOT NULL,
    title               VARCHAR(100)  NOT NULL,
    awarding_body       VARCHAR(100)  NOT NULL,
    awarded_on          DATE          NOT NULL,
    document_number     VARCHAR(64)   NOT NULL,
    note                VARCHAR(500)  NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         DATETIME(3)   NOT NULL,
    withdrawn_at        DATETIME(3)   NULL,
    withdrawn_by        VARCHAR(64)   NULL,
    withdrawal_reason   VARCHAR(300)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_commendation_credit_code ON commendation (credit_code, awarded_on);
