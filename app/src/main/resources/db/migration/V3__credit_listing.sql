-- Credit listings (信用惩戒): the abnormal-activity list (活动异常名录) and the serious-dishonesty list
-- (严重违法失信名单). A row is one listing; removal fills removed_on, rows are never deleted (the public sees
-- the date and reason listed and the date and reason removed).

CREATE TABLE credit_listing (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_code      CHAR(18)      NOT NULL,
    list_type        VARCHAR(30)   NOT NULL,
    reason_code      VARCHAR(40)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    legal_basis      VARCHAR(300)  NOT NULL,
    division_code    CHAR(6)       NOT NULL,
    listed_on        DATE          NOT NULL,
    listed_by        VARCHAR(64)   NOT NULL,
    source           VARCHAR(40)   NOT NULL,
    source_reference VARCHAR(64)   NULL,
    removed_on       DATE          NULL,
    removal_reason   VARCHAR(500)  NULL,
    removed_by       VARCHAR(64)   NULL,
    created_at       DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_credit_listing_code ON credit_listing (credit_code, list_type, removed_on);
