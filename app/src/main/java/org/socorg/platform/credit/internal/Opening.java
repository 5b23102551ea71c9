package org.socorg.platform.credit.internal;

import java.time.LocalDate;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.organization.Organization;

/**
 * What opens a credit case.
 *
 * @param preConfirmed the law itself lists the organization (escalation after 2 years): no official confirms it
 * @param actor who proposes, if a person does (the engine names them as the process's start user)
 */
public record Opening(Organization organization, String reasonCode, String detail, LocalDate reasonAroseOn,
        String divisionCode, String source, String sourceReference, String proposedBy, boolean preConfirmed,
        Caller actor) {
}
