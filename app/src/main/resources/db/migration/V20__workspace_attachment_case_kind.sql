-- A filed document now belongs to any kind of case an applicant files (annual report, evaluation, fundraising), not
-- only to a registration application: the kind says which feature decides who may open it (workspace.FiledCase).
-- Documents filed before this were all registration documents.
ALTER TABLE workspace_attachment ADD COLUMN case_kind VARCHAR(30) NULL;
UPDATE workspace_attachment SET case_kind = 'REGISTRATION' WHERE application_id IS NOT NULL;
