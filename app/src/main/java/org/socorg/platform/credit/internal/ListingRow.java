package org.socorg.platform.credit.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.credit.CreditList;

/** A new row of {@code credit_listing}, and the columns the flow reads back that the public record lacks. */
public class ListingRow {
    public Long id;
    public String creditCode;
    public CreditList listType;
    public String reasonCode;
    public String reason;
    public String legalBasis;
    public String divisionCode;
    public LocalDate listedOn;
    public String listedBy;
    public String source;
    public String sourceReference;
    public String caseId;
    public LocalDate periodStartedOn;
    public LocalDate removedOn;
    public Instant createdAt;
}
