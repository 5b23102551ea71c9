package org.socorg.platform.organization.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/** The organization table's row; mutable because MyBatis fills in the generated id on insert. */
public class OrganizationRow {

    private Long id;
    private String creditCode;
    private String certificateNumber;
    private String name;
    private String activeName;
    private String searchName;
    private OrganizationType orgType;
    private OrganizationScope scope;
    private OrganizationStatus status;
    private String divisionCode;
    private String registrationAuthority;
    private String supervisingUnit;
    private String legalRepresentative;
    private BigDecimal activityFunds;
    private String address;
    private String businessScope;
    private LocalDate foundedOn;
    private LocalDate certificateValidFrom;
    private LocalDate certificateValidTo;
    private boolean charity;
    private boolean publicFundraising;
    private String applicationId;
    private String accountHolder;
    private Instant createdAt;
    private Instant updatedAt;

    public Organization toOrganization() {
        return new Organization(id, creditCode, certificateNumber, name, orgType, scope, status, divisionCode, registrationAuthority, supervisingUnit, legalRepresentative, activityFunds, address, businessScope, foundedOn, certificateValidFrom, certificateValidTo, charity, publicFundraising, applicationId, createdAt, updatedAt);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSearchName() {
        return searchName;
    }

    public void setSearchName(String searchName) {
        this.searchName = searchName;
    }

    public String getActiveName() {
        return activeName;
    }

    public void setActiveName(String activeName) {
        this.activeName = activeName;
    }

    public OrganizationType getOrgType() {
        return orgType;
    }

    public void setOrgType(OrganizationType orgType) {
        this.orgType = orgType;
    }

    public OrganizationScope getScope() {
        return scope;
    }

    public void setScope(OrganizationScope scope) {
        this.scope = scope;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganizationStatus status) {
        this.status = status;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String getRegistrationAuthority() {
        return registrationAuthority;
    }

    public void setRegistrationAuthority(String registrationAuthority) {
        this.registrationAuthority = registrationAuthority;
    }

    public String getSupervisingUnit() {
        return supervisingUnit;
    }

    public void setSupervisingUnit(String supervisingUnit) {
        this.supervisingUnit = supervisingUnit;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public BigDecimal getActivityFunds() {
        return activityFunds;
    }

    public void setActivityFunds(BigDecimal activityFunds) {
        this.activityFunds = activityFunds;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public void setBusinessScope(String businessScope) {
        this.businessScope = businessScope;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public LocalDate getCertificateValidFrom() {
        return certificateValidFrom;
    }

    public void setCertificateValidFrom(LocalDate certificateValidFrom) {
        this.certificateValidFrom = certificateValidFrom;
    }

    public LocalDate getCertificateValidTo() {
        return certificateValidTo;
    }

    public void setCertificateValidTo(LocalDate certificateValidTo) {
        this.certificateValidTo = certificateValidTo;
    }

    public boolean isCharity() {
        return charity;
    }

    public void setCharity(boolean charity) {
        this.charity = charity;
    }

    public boolean isPublicFundraising() {
        return publicFundraising;
    }

    public void setPublicFundraising(boolean publicFundraising) {
        this.publicFundraising = publicFundraising;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public void setAccountHolder(String accountHolder) {
        this.accountHolder = accountHolder;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
