/**
 * The signed-in workspace (工作台): the applicant portal (organizations, applications with their timeline, filing
 * wizards rendered from {@code forms/}, drafts, documents, receipts), the officials' inbox and case view, and the
 * administrators' screens. Every view is restricted by role ({@code @RolesAllowed}); jurisdiction is checked by the
 * services the views call, which answer another authority's case as "not found".
 */
package org.socorg.platform.ui.workspace;
