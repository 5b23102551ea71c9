-- The public query (一网通查) finds organizations by a fragment of their name as the registry compares names:
-- NFKC-normalised, without whitespace, Latin letters in lower case. Kept for every organization (active_name is
-- NULL once an organization is deregistered, and the public still finds it). Rows registered before this column
-- get their name without spaces; the registry writes the exact normalised form from now on.
ALTER TABLE organization ADD COLUMN search_name VARCHAR(100) NULL;
UPDATE organization SET search_name = LOWER(REPLACE(name, ' ', ''));
CREATE INDEX ix_organization_search_name ON organization (search_name);
