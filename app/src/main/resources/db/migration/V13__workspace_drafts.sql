-- The signed-in workspace: an applicant's unfinished filings (server-side drafts, per user and form) and the
-- documents attached to them. On submission the documents move to the application (application_id set, draft_id
-- cleared) and the draft is deleted. Not public.
CREATE TABLE workspace_draft (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner_id     VARCHAR(64)  NOT NULL,
    form_id      VARCHAR(100) NOT NULL,
    title        VARCHAR(200) NULL,
    payload      LONGTEXT     NOT NULL,
    step         INT          NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_workspace_draft_owner ON workspace_draft (owner_id, form_id);

CREATE TABLE workspace_attachment (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner_id       VARCHAR(64)  NOT NULL,
    draft_id       VARCHAR(36)  NULL,
    application_id VARCHAR(36)  NULL,
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_at    TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_workspace_attachment_draft ON workspace_attachment (draft_id);
CREATE INDEX ix_workspace_attachment_application ON workspace_attachment (application_id);
