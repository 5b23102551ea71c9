package org.socorg.platform.fundraising;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.fundraising.internal.FundraisingStore;
import org.socorg.platform.fundraising.internal.QualificationApplicationRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.CertificatePdf;
import org.socorg.platform.shared.PlatformException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public-fundraising qualification (公开募捐资格): a charity's account holder applies, the authority of the
 * charity's registration decides through process {@code fundraising-qualification}; directors revoke; officials
 * recognize organizations as charities (慈善组织认定), the precondition of applying.
 */
@Service
public class FundraisingService {

    public static final String QUALIFICATION_PROCESS = "fundraising-qualification";
    static final Set<String> OFFICIAL_GROUPS = Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS,
            Groups.REGISTRATION_SUPERVISORS);

    private final FundraisingStore store;
    private final OrganizationRegistry registry;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final StatutoryClocks clocks;

    FundraisingService(FundraisingStore store, OrganizationRegistry registry, @Lazy RuntimeService runtime,
            @Lazy IdentityService identity, StatutoryClocks clocks) {
        this.store = store;
        this.registry = registry;
        this.runtime = runtime;
        this.identity = identity;
        this.clocks = clocks;
    }

    /**
     * Files a qualification application for a charity the caller acts for, and starts its process.
     *
     * @throws PlatformException 403 unless the caller is an applicant holding the organization; 409
     *     {@code NOT_A_CHARITY}, {@code NOT_ACTIVE}, {@code ALREADY_QUALIFIED}, {@code APPLICATION_PENDING}
     */
    @Transactional
    public QualificationApplication apply(Caller caller, QualificationRequest request) {
        Organization org = heldOrganization(caller, request.creditCode());
        if (!org.charity()) {
            throw PlatformException.conflict("NOT_A_CHARITY",
                    "只有经认定的慈善组织可以申请公开募捐资格：" + org.name() + " 尚未认定为慈善组织",
                    "Only a recognized charity organization can apply; " + org.name() + " is not recognized as one");
        }
        if (hasValidQualification(org.creditCode())) {
            throw PlatformException.conflict("ALREADY_QUALIFIED", "该组织已具有公开募捐资格",
                    "The organization already holds a public-fundraising qualification");
        }
        if (store.mapper().countOpenApplications(org.creditCode()) > 0) {
            throw PlatformException.conflict("APPLICATION_PENDING", "该组织已有正在办理的公开募捐资格申请",
                    "The organization already has a qualification application in progress");
        }
        QualificationApplicationRow row = new QualificationApplicationRow();
        row.id = UUID.randomUUID().toString();
        row.creditCode = org.creditCode();
        row.organizationName = org.name();
        row.divisionCode = org.divisionCode();
        row.applicantId = caller.id();
        row.status = QualificationStatus.SUBMITTED;
        row.statement = request.statement().trim();
        row.governance = request.governance() == null || request.governance().isBlank() ? null
                : request.governance().trim();
        row.submittedAt = FundraisingStore.now();
        row.updatedAt = row.submittedAt;
        row.processInstanceId = startProcess(caller, QUALIFICATION_PROCESS, row.id, Map.of(
                "applicationId", row.id,
                "applicantId", caller.id(),
                "divisionCode", org.divisionCode(),
                "organizationName", org.name(),
                "creditCode", org.creditCode()));
        store.mapper().insertApplication(row);
        return view(row);
    }

    /** One application, if the caller filed it or handles it (official of its authority); otherwise 404. */
    @Transactional(readOnly = true)
    public QualificationApplication get(Caller caller, String id) {
        QualificationApplicationRow row = store.mapper().findApplication(id).orElse(null);
        if (row == null || !(caller.id().equals(row.applicantId)
                || isOfficial(caller) && row.divisionCode.equals(caller.divisionCode()))) {
            throw PlatformException.notFound("公开募捐资格申请", "qualification application", id);
        }
        return view(row);
    }

    /**
     * Whether a qualification certificate is valid, for its public verification page (no sign-in): a certificate
     * number that is unknown, or that belongs to another organization, is "not found".
     */
    @Transactional(readOnly = true)
    public QualificationCheck checkQualification(String creditCode, String certificateNumber) {
        Organization org = registry.getByCreditCode(creditCode);
        Qualification q = qualificationOf(org, certificateNumber);
        String zh;
        String en;
        if (q.valid()) {
            zh = "公开募捐资格证书有效";
            en = "The public fundraising qualification is valid";
        } else {
            zh = "该公开募捐资格已于 " + q.revokedOn() + " 撤销：" + q.revocationReason();
            en = "The qualification was revoked on " + q.revokedOn() + ": " + q.revocationReason();
        }
        return new QualificationCheck(org.creditCode(), org.name(), q.certificateNumber(), org.registrationAuthority(),
                q.grantedOn(), q.valid(), q.revokedOn(), q.revocationReason(), zh, en);
    }

    /**
     * The public-fundraising qualification certificate (公开募捐资格证书) as PDF; its QR code opens the
     * certificate's verification page under {@code verifyBaseUrl}.
     *
     * @throws PlatformException 404 unknown organization or certificate (or one of another organization); 409
     *     {@code CERTIFICATE_NOT_VALID} for a revoked qualification
     */
    @Transactional(readOnly = true)
    public byte[] qualificationCertificatePdf(String creditCode, String certificateNumber, String verifyBaseUrl) {
        Organization org = registry.getByCreditCode(creditCode);
        Qualification q = qualificationOf(org, certificateNumber);
        if (!q.valid()) {
            throw PlatformException.conflict("CERTIFICATE_NOT_VALID", "该公开募捐资格已撤销，不再出具资格证书",
                    "The qualification has been revoked; no certificate is issued");
        }
        String base = verifyBaseUrl.endsWith("/") ? verifyBaseUrl.substring(0, verifyBaseUrl.length() - 1)
                : verifyBaseUrl;
        return CertificatePdf.render("公开募捐资格证书", "Public Fundraising Qualification Certificate",
                "公开募捐资格证书 Public fundraising qualification " + q.certificateNumber(),
                org.registrationAuthority(), List.of(
                        new CertificatePdf.Field("慈善组织名称", "Charity", org.name()),
                        new CertificatePdf.Field("统一社会信用代码", "Credit code", org.creditCode()),
                        new CertificatePdf.Field("证书编号", "Certificate no.", q.certificateNumber()),
                        new CertificatePdf.Field("法定代表人", "Legal representative", org.legalRepresentative()),
                        new CertificatePdf.Field("住所", "Address", org.address()),
                        new CertificatePdf.Field("发证日期", "Granted on", CertificatePdf.date(q.grantedOn())),
                        new CertificatePdf.Field("发证机关", "Granted by", org.registrationAuthority())),
                base + "/verify/" + org.creditCode() + "/qualification/" + q.certificateNumber());
    }

    private Qualification qualificationOf(Organization org, String certificateNumber) {
        return store.mapper().findQualificationByCertificate(certificateNumber == null ? "" : certificateNumber.strip())
                .filter(q -> q.creditCode().equals(org.creditCode()))
                .orElseThrow(() -> PlatformException.notFound("公开募捐资格证书", "qualification certificate",
                        certificateNumber));
    }

    /** The organization's qualifications, newest first (public). */
    @Transactional(readOnly = true)
    public List<Qualification> qualifications(String creditCode) {
        return store.mapper().findQualifications(creditCode);
    }

    @Transactional(readOnly = true)
    public boolean hasValidQualification(String creditCode) {
        return store.mapper().findQualifications(creditCode).stream().anyMatch(Qualification::valid);
    }

    /**
     * Revokes a qualification (撤销公开募捐资格) with a public reason and clears the registry's flag.
     *
     * @throws PlatformException 403 unless a director of the authority that granted it; 404 unknown certificate;
     *     409 {@code ALREADY_REVOKED}
     */
    @Transactional
    public Qualification revoke(Caller caller, String certificateNumber, RevocationRequest request) {
        if (!caller.inGroup(Groups.REGISTRATION_DIRECTORS)) {
            throw PlatformException.forbidden("只有登记管理机关负责人可以撤销公开募捐资格",
                    "Only directors of the registration authority can revoke a qualification");
        }
        Qualification q = store.mapper().findQualificationByCertificate(certificateNumber)
                .orElseThrow(() -> PlatformException.notFound("公开募捐资格证书", "qualification certificate",
                        certificateNumber));
        requireJurisdiction(caller, q.divisionCode());
        if (!q.valid()) {
            throw PlatformException.conflict("ALREADY_REVOKED", "该公开募捐资格已于 " + q.revokedOn() + " 撤销",
                    "The qualification was revoked on " + q.revokedOn());
        }
        store.mapper().revokeQualification(q.id(), store.today(), request.reason().trim(), caller.id());
        registry.setPublicFundraising(q.creditCode(), false);
        return store.mapper().findQualificationByCertificate(certificateNumber).orElseThrow();
    }

    /**
     * Recognizes an organization of the official's authority as a charity organization (慈善组织认定).
     *
     * @throws PlatformException 403 unless a registration official or director of the organization's authority;
     *     400/404 for a malformed/unknown code; 409 {@code ALREADY_CHARITY}, {@code NOT_ACTIVE}
     */
    @Transactional
    public Organization recognizeCharity(Caller caller, String creditCode) {
        if (!caller.inGroup(Groups.REGISTRATION_OFFICIALS) && !caller.inGroup(Groups.REGISTRATION_DIRECTORS)) {
            throw PlatformException.forbidden("只有登记管理机关工作人员可以认定慈善组织",
                    "Only officials of the registration authority can recognize charity organizations");
        }
        Organization org = registry.getByCreditCode(creditCode);
        requireJurisdiction(caller, org.divisionCode());
        return registry.recognizeAsCharity(org.creditCode());
    }

    /** The organization the caller acts for, active; refusals as {@link #apply} documents. */
    Organization heldOrganization(Caller caller, String creditCode) {
        if (!caller.inGroup(Groups.APPLICANTS)) {
            throw PlatformException.forbidden("只有申请人可以提交此申请", "Only applicants can file this");
        }
        Organization org = registry.getByCreditCode(creditCode == null ? null : creditCode.trim());
        if (!registry.isAccountHolder(org.creditCode(), caller.id())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "NOT_ACCOUNT_HOLDER",
                    "您不是该组织的账户负责人，不能代表其申请", "You do not act for this organization online");
        }
        if (org.status() != OrganizationStatus.ACTIVE) {
            throw PlatformException.conflict("NOT_ACTIVE", "该组织不是正常状态", "The organization is not active");
        }
        return org;
    }

    String startProcess(Caller caller, String processKey, String businessKey, Map<String, Object> variables) {
        // the applicant is the process's start user, and the audit log names them for its first steps
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getProcessInstanceId();
        } finally {
            identity.setAuthentication(previous);
        }
    }

    static boolean isOfficial(Caller caller) {
        return caller.inAnyGroup(OFFICIAL_GROUPS);
    }

    static void requireJurisdiction(Caller caller, String divisionCode) {
        if (!divisionCode.equals(caller.divisionCode())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "OUTSIDE_JURISDICTION",
                    "该组织不属于您所在登记管理机关的管辖范围", "The organization is outside your authority's jurisdiction");
        }
    }

    private QualificationApplication view(QualificationApplicationRow row) {
        return new QualificationApplication(row.id, row.creditCode, row.organizationName, row.divisionCode,
                row.applicantId, row.status, row.statement, row.governance, row.processInstanceId,
                store.reasons(row.outcomeReasons), row.certificateNumber, row.submittedAt, row.decidedAt,
                row.processInstanceId == null ? List.of() : clocks.forProcessInstance(row.processInstanceId));
    }
}
