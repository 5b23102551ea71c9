/**
 * Complaints and enforcement (投诉举报 / 执法监察): anyone, signed in or not, reports an organization and follows the
 * report with a tracking code; an enforcement officer of the organization's authority triages it (duplicate, dismiss,
 * open a case); the case's investigation proposes an outcome, the director decides, and a penalty (行政处罚) is
 * recorded publicly and proposed to credit sanction ({@link org.socorg.platform.credit.ListingProposed}). Also the
 * public list of known illegal social organizations (非法社会组织).
 */
package org.socorg.platform.complaint;
