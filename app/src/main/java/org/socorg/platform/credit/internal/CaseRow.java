package org.socorg.platform.credit.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.credit.CreditCaseStatus;
import org.socorg.platform.credit.CreditList;

/** A row of {@code credit_case}: a plain carrier between MyBatis and {@link CreditCases}. */
public class CaseRow {
    public String id;
    public String creditCode;
    public String organizationName;
    public CreditList listType;
    public String reasonCode;
    public String reason;
    public String legalBasis;
    public String legalBasisEn;
    public boolean removalByApplication;
    public boolean removalAfterPeriod;
    public boolean escalates;
    public int periodYears;
    public String divisionCode;
    public LocalDate reasonAroseOn;
    public String source;
    public String sourceReference;
    public String proposedBy;
    public CreditCaseStatus status;
    public Long listingId;
    public String processInstanceId;
    public String decidedBy;
    public String decisionComment;
    public Instant createdAt;
    public Instant updatedAt;
}
