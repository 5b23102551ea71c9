package org.socorg.platform.fundraising.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.fundraising.PlanRequest;
import org.socorg.platform.fundraising.PlanStatus;

/** The fundraising_plan table's row; outcome reasons are JSON text. */
public class PlanRow {
    public String id;
    public String creditCode;
    public String organizationName;
    public String divisionCode;
    public String applicantId;
    public long qualificationId;
    public PlanStatus status;
    public String title;
    public String purpose;
    public BigDecimal targetAmount;
    public LocalDate startDate;
    public LocalDate endDate;
    public String region;
    public String bankAccount;
    public boolean emergency;
    public String filingNumber;
    public BigDecimal amountRaised;
    public String closingSummary;
    public String outcomeReasons;
    public String processInstanceId;
    public LocalDate submittedOn;
    public Instant submittedAt;
    public Instant filedAt;
    public Instant closedAt;
    public Instant updatedAt;
    public int version;

    /** Takes the plan's fields from what the applicant filed (or corrected). */
    public void apply(PlanRequest request) {
        title = request.title().trim();
        purpose = request.purpose().trim();
        targetAmount = request.targetAmount();
        startDate = request.startDate();
        endDate = request.endDate();
        region = request.region().trim();
        bankAccount = request.bankAccount().trim();
        emergency = request.inEmergency();
    }

    /** The plan's fields as a request, for merging corrections. */
    public PlanRequest toRequest() {
        return new PlanRequest(creditCode, title, purpose, targetAmount, startDate, endDate, region, bankAccount,
                emergency);
    }
}
