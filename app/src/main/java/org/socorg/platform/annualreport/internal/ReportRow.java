package org.socorg.platform.annualreport.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.annualreport.ReviewOutcome;

/** A row of {@code annual_report}. */
public class ReportRow {
    private Long id;
    private String caseId;
    private String creditCode;
    private int reportYear;
    private AnnualReportStatus status;
    private ReviewOutcome outcome;
    private String divisionCode;
    private String organizationName;
    private String orgType;
    private String filedBy;
    private String payload;
    private String findings;
    private LocalDate dueOn;
    private boolean filedLate;
    private String reviewOpinion;
    private String reviewedBy;
    private int corrections;
    private Instant submittedAt;
    private Instant reviewedAt;
    private Instant publishedAt;
    private String processInstanceId;
    private Instant createdAt;
    private Instant updatedAt;
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public int getReportYear() { return reportYear; }
    public void setReportYear(int reportYear) { this.reportYear = reportYear; }
    public AnnualReportStatus getStatus() { return status; }
    public void setStatus(AnnualReportStatus status) { this.status = status; }
    public ReviewOutcome getOutcome() { return outcome; }
    public void setOutcome(ReviewOutcome outcome) { this.outcome = outcome; }
    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    public String getOrganizationName() { return organizationName; }
    public void setOrganizationName(String organizationName) { this.organizationName = organizationName; }
    public String getOrgType() { return orgType; }
    public void setOrgType(String orgType) { this.orgType = orgType; }
    public String getFiledBy() { return filedBy; }
    public void setFiledBy(String filedBy) { this.filedBy = filedBy; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public boolean isFiledLate() { return filedLate; }
    public void setFiledLate(boolean filedLate) { this.filedLate = filedLate; }
    public String getReviewOpinion() { return reviewOpinion; }
    public void setReviewOpinion(String reviewOpinion) { this.reviewOpinion = reviewOpinion; }
    public String getReviewedBy() { return reviewedBy; }
    public void setReviewedBy(String reviewedBy) { this.reviewedBy = reviewedBy; }
    public int getCorrections() { return corrections; }
    public void setCorrections(int corrections) { this.corrections = corrections; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public Instant getReviewedAt() { return reviewedAt; }
    public void setReviewedAt(Instant reviewedAt) { this.reviewedAt = reviewedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
