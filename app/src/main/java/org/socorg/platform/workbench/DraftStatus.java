package org.socorg.platform.workbench;

/** Where a draft is on its way to deployment. */
public enum DraftStatus {
    /** being edited by its author */
    DRAFT,
    /** waiting for a second analyst */
    IN_REVIEW,
    /** sent back by the reviewer with a comment; the author may edit and submit again */
    REJECTED,
    /** approved and deployed as a new version */
    DEPLOYED
}
