package org.socorg.platform.complaint.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.complaint.IllegalOrganization;

/** One row of {@code illegal_organization}. */
public class IllegalOrganizationRow {
    public Long id;
    public String name;
    public String divisionCode;
    public String description;
    public String legalBasis;
    public LocalDate publishedOn;
    public String publishedBy;
    public LocalDate withdrawnOn;
    public String withdrawnBy;
    public Instant createdAt;

    public IllegalOrganization toView() {
        return new IllegalOrganization(id, name, divisionCode, description, legalBasis, publishedOn, withdrawnOn);
    }
}
