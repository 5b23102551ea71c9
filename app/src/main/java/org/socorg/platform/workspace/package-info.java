/**
 * The signed-in workspace's own data (工作台): an applicant's server-side drafts of a filing (per user and form, with
 * the wizard step they stopped at) and the documents attached to a filing, with type and size limits. Submitting a
 * draft files it through the flow's service and moves its documents to the application, where the officials
 * handling the case read them.
 */
package org.socorg.platform.workspace;
