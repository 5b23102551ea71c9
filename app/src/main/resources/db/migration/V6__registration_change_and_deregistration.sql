-- Change (变更) and deregistration (注销) registration.
-- organization_change keeps every approved change of a registered field, old and new value, so the registry can
-- say what an organization was called (or where it was) on any day, and the public notices can say what changed.
CREATE TABLE organization_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT        NOT NULL,
    field           VARCHAR(40)   NOT NULL,
    old_value       VARCHAR(1000) NULL,
    new_value       VARCHAR(1000) NULL,
    application_id  CHAR(36)      NULL,
    changed_by      VARCHAR(64)   NOT NULL,
    changed_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_organization_change_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_organization_change_organization ON organization_change (organization_id, changed_at);

-- The organization a change or deregistration application is open for, NULL once it is decided (and always for
-- establishment): the unique key allows one open application per organization, also against concurrent filings.
ALTER TABLE registration_application ADD COLUMN open_for_organization BIGINT NULL;
CREATE UNIQUE INDEX uk_application_open_for_organization ON registration_application (open_for_organization);
CREATE INDEX ix_application_organization ON registration_application (organization_id, kind);
