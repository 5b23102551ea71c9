-- The analyst workbench: drafts of models (BPMN, DMN, forms) awaiting a second analyst's review (four-eyes),
-- and who deployed each version from the workbench.

CREATE TABLE model_draft (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    resource_name       VARCHAR(255)  NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    model_key           VARCHAR(255)  NULL,
    content             MEDIUMTEXT    NOT NULL,
    base_definition_id  VARCHAR(64)   NULL,
    status              VARCHAR(20)   NOT NULL,
    author              VARCHAR(64)   NOT NULL,
    reviewer            VARCHAR(64)   NULL,
    review_comment      VARCHAR(2000) NULL,
    deployment_id       VARCHAR(64)   NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_model_draft_status ON model_draft (status, updated_at);

CREATE TABLE model_deployment (
    deployment_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    draft_id       VARCHAR(36)  NOT NULL,
    author         VARCHAR(64)  NOT NULL,
    approved_by    VARCHAR(64)  NOT NULL,
    deployed_at    DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
