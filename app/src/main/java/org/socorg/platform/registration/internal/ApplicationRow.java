package org.socorg.platform.registration.internal;

import java.time.Instant;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.ApplicationStatus;

/** The registration_application table's row; details and reasons are JSON text. */
public class ApplicationRow {
    private String id;
    private ApplicationKind kind;
    private ApplicationStatus status;
    private String applicantId;
    private String divisionCode;
    private OrganizationType orgType;
    private OrganizationScope scope;
    private String name;
    private String payload;
    private String processInstanceId;
    private Long organizationId;
    private String creditCode;
    private String outcomeReasons;
    private Instant submittedAt;
    private Instant decidedAt;
    private Instant updatedAt;
    private int version;
    /** The organization a change or deregistration is open for; null once decided, and for establishments. */
    private Long openForOrganization;
    /** The database's filing serial, the tail of the application number. */
    private Long serial;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ApplicationKind getKind() { return kind; }
    public void setKind(ApplicationKind kind) { this.kind = kind; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public String getApplicantId() { return applicantId; }
    public void setApplicantId(String applicantId) { this.applicantId = applicantId; }
    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    public OrganizationType getOrgType() { return orgType; }
    public void setOrgType(OrganizationType orgType) { this.orgType = orgType; }
    public OrganizationScope getScope() { return scope; }
    public void setScope(OrganizationScope scope) { this.scope = scope; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getOutcomeReasons() { return outcomeReasons; }
    public void setOutcomeReasons(String outcomeReasons) { this.outcomeReasons = outcomeReasons; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Long getOpenForOrganization() { return openForOrganization; }
    public void setOpenForOrganization(Long openForOrganization) { this.openForOrganization = openForOrganization; }
    public Long getSerial() { return serial; }
    public void setSerial(Long serial) { this.serial = serial; }
}
