-- The platform user who acts for an organization online (the establishment's applicant): who may file its annual
-- reports, changes and applications. Not public.
ALTER TABLE organization ADD COLUMN account_holder VARCHAR(64) NULL;
CREATE INDEX ix_organization_account_holder ON organization (account_holder);
