/**
 * Commendations (表彰): the honours an organization received (e.g. 全国先进社会组织), recorded by the directors of its
 * registration authority with the awarding body, the date and the document number (文号), and shown on the
 * organization's public page ({@link org.socorg.platform.disclosure.PublicSections#COMMENDATIONS}). A wrongly entered
 * commendation is withdrawn with a reason: the record stays, the public no longer sees it. Each recording and
 * withdrawal is announced ({@link org.socorg.platform.commendation.CommendationChanged}) inside its transaction, so
 * the audit log seals it. No process: a commendation is a fact the authority enters, not a case it decides.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "identity", "disclosure",
        "shared"})
package org.socorg.platform.commendation;
