package org.socorg.platform.complaint;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.socorg.platform.complaint.internal.CaseRow;
import org.socorg.platform.complaint.internal.ComplaintMapper;
import org.socorg.platform.complaint.internal.ComplaintProcessing;
import org.socorg.platform.complaint.internal.ComplaintRow;
import org.socorg.platform.complaint.internal.ComplaintStore;
import org.socorg.platform.complaint.internal.PenaltyRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.CreditCode;
import org.socorg.platform.organization.CreditCodeCheck;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationNames;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files complaints from anyone and shows them to those allowed to see them: the reporter (anyone holding the
 * tracking code) sees status and outcome; enforcement officers see the complaints and cases of their authority
 * (the organization's division code, or this installation's for an organization the registry does not know);
 * directors see the cases they decide.
 */
@Service
public class ComplaintService {

    /** The credit-code alphabet (GB 32100): no I, O, Z, S, V, so a code read aloud or copied is not mistaken. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int TRACKING_CODE_LENGTH = 20;
    static final Pattern TRACKING_CODE = Pattern.compile("[" + ALPHABET + "]{" + TRACKING_CODE_LENGTH + "}");
    /** Who the audit log names for the first steps of a complaint: never the reporter. */
    static final String REPORTER_PSEUDONYM = "public-reporter";
    static final Set<String> CASE_VIEWERS = Set.of(Groups.ENFORCEMENT_OFFICERS, Groups.REGISTRATION_DIRECTORS);

    private final SecureRandom random = new SecureRandom();
    private final ComplaintStore store;
    private final ComplaintMapper mapper;
    private final OrganizationRegistry registry;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final String defaultDivisionCode;

    ComplaintService(ComplaintStore store, OrganizationRegistry registry, @Lazy RuntimeService runtime,
            @Lazy IdentityService identity, @Value("${platform.authority.division-code}") String defaultDivisionCode) {
        this.store = store;
        this.mapper = store.mapper();
        this.registry = registry;
        this.runtime = runtime;
        this.identity = identity;
        this.defaultDivisionCode = defaultDivisionCode;
    }

    /**
     * Files a complaint and starts its intake; both or neither happen.
     *
     * @param caller the signed-in reporter, if any; not recorded for an anonymous report
     * @throws PlatformException 400 naming the field for an invalid code, a missing organization, or a contact on an
     *         anonymous report
     */
    @Transactional
    public ComplaintReceipt file(Optional<Caller> caller, ComplaintRequest request) {
        ComplaintRow row = new ComplaintRow();
        row.id = UUID.randomUUID().toString();
        row.trackingCode = trackingCode();
        row.status = ComplaintStatus.RECEIVED;
        row.category = request.category();
        row.description = request.description().trim();
        row.anonymousReport = request.isAnonymous();
        String contact = blankToNull(request.contact());
        if (row.anonymousReport && contact != null) {
            throw invalid("contact", "ANONYMOUS_WITH_CONTACT", "匿名举报不留联系方式；请删除联系方式或取消匿名",
                    "An anonymous report has no contact; remove the contact or report with your name");
        }
        row.contact = contact;
        row.reporterId = row.anonymousReport ? null : caller.map(Caller::id).orElse(null);
        Organization organization = organization(request.creditCode());
        if (organization != null) {
            row.creditCode = organization.creditCode();
            row.organizationName = organization.name();
            row.divisionCode = organization.divisionCode();
            row.subjectKey = organization.creditCode();
        } else {
            String name = blankToNull(request.organizationName());
            if (name == null) {
                throw invalid("organizationName", "ORGANIZATION_REQUIRED",
                        "请填写被举报组织的统一社会信用代码或名称", "Name the organization: its credit code or its name");
            }
            row.creditCode = null;
            row.organizationName = name;
            row.divisionCode = defaultDivisionCode;
            row.subjectKey = OrganizationNames.normalize(name);
        }
        row.receivedAt = ComplaintStore.now();
        row.updatedAt = row.receivedAt;
        // the row first: the intake's first step (duplicate detection) reads it
        mapper.insertComplaint(row);
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(REPORTER_PSEUDONYM, List.of());
        try {
            // no reporter data in the process: variables are sealed into the public audit trail
            row.processInstanceId = runtime.startProcessInstanceByKey(ComplaintProcessing.INTAKE_PROCESS, row.id,
                    Map.of("applicationId", row.id,
                            "divisionCode", row.divisionCode,
                            "organizationName", row.organizationName,
                            "category", row.category.name()))
                    .getProcessInstanceId();
        } finally {
            identity.setAuthentication(previous);
        }
        mapper.setComplaintProcessInstance(row.id, row.processInstanceId);
        return new ComplaintReceipt(row.trackingCode, row.status, row.receivedAt);
    }

    /**
     * Status and outcome for whoever holds the tracking code; a merged report shows the complaint it follows.
     *
     * @throws PlatformException 400 for a malformed code, 404 for an unknown one
     */
    @Transactional(readOnly = true)
    public ComplaintTracking track(String trackingCode) {
        String code = trackingCode == null ? "" : trackingCode.trim().toUpperCase();
        if (!TRACKING_CODE.matcher(code).matches()) {
            throw invalid("trackingCode", "INVALID_TRACKING_CODE",
                    "查询码为" + TRACKING_CODE_LENGTH + "位字母或数字（不含 I、O、S、V、Z）",
                    "A tracking code has " + TRACKING_CODE_LENGTH + " letters or digits (no I, O, S, V, Z)");
        }
        ComplaintRow own = mapper.findByTrackingCode(code)
                .orElseThrow(() -> PlatformException.notFound("查询码对应的投诉举报", "complaint with tracking code", code));
        ComplaintRow followed = own;
        // a merge target is never merged itself (triage refuses it), so one step reaches the complaint that counts
        if (own.mergedInto != null) {
            followed = mapper.findComplaint(own.mergedInto).orElse(own);
        }
        EnforcementOutcome outcome = null;
        String decisionNumber = null;
        LocalDate decidedOn = null;
        String reason = followed.status == ComplaintStatus.DISMISSED ? followed.outcomeReason : null;
        String legalBasis = null;
        if (followed.caseId != null) {
            CaseRow c = store.requireCase(followed.caseId);
            outcome = c.outcome;
            if (c.outcome != null) {
                reason = followed.outcomeReason;
            }
            if (c.penaltyId != null) {
                PenaltyRow p = mapper.findPenalty(c.penaltyId).orElseThrow();
                decisionNumber = p.decisionNumber;
                decidedOn = p.decidedOn;
                reason = p.reason;
                legalBasis = p.legalBasis;
            }
        }
        return new ComplaintTracking(own.trackingCode, followed.status, own.mergedInto != null, own.organizationName,
                own.category, own.receivedAt, followed.updatedAt, outcome, decisionNumber, decidedOn, reason,
                legalBasis);
    }

    /** One complaint, for an enforcement officer of its authority (404 for others, so ids are not revealed). */
    @Transactional(readOnly = true)
    public Complaint get(Caller caller, String id) {
        requireOfficer(caller);
        ComplaintRow row = mapper.findComplaint(id).filter(r -> r.divisionCode.equals(caller.divisionCode()))
                .orElseThrow(() -> PlatformException.notFound("投诉举报", "complaint", id));
        return store.view(row);
    }

    /** The complaints filed with the officer's authority, newest first. */
    @Transactional(readOnly = true)
    public List<Complaint> list(Caller caller, ComplaintStatus status, int offset, int limit) {
        requireOfficer(caller);
        return mapper.searchComplaints(caller.divisionCode(), status, limit(limit), Math.max(0, offset)).stream()
                .map(store::view).toList();
    }

    /** One enforcement case, for the enforcement officers and directors of its authority. */
    @Transactional(readOnly = true)
    public EnforcementCase getCase(Caller caller, String id) {
        requireCaseViewer(caller);
        CaseRow row = mapper.findCase(id).filter(r -> r.divisionCode.equals(caller.divisionCode()))
                .orElseThrow(() -> PlatformException.notFound("执法监察案件", "enforcement case", id));
        return store.view(row);
    }

    @Transactional(readOnly = true)
    public List<EnforcementCase> listCases(Caller caller, EnforcementCaseStatus status, int offset, int limit) {
        requireCaseViewer(caller);
        return mapper.searchCases(caller.divisionCode(), status, limit(limit), Math.max(0, offset)).stream()
                .map(store::view).toList();
    }

    static void requireOfficer(Caller caller) {
        if (!caller.inGroup(Groups.ENFORCEMENT_OFFICERS) || caller.divisionCode() == null) {
            throw PlatformException.forbidden("只有执法监察人员可以查看投诉举报",
                    "Only enforcement officers may see complaints");
        }
    }

    private static void requireCaseViewer(Caller caller) {
        if (!caller.inAnyGroup(CASE_VIEWERS) || caller.divisionCode() == null) {
            throw PlatformException.forbidden("只有执法监察人员和机关负责人可以查看执法监察案件",
                    "Only enforcement officers and directors may see enforcement cases");
        }
    }

    /** The registered organization with this code; null when no code is given or the registry does not know it. */
    private Organization organization(String creditCode) {
        String code = blankToNull(creditCode);
        if (code == null) {
            return null;
        }
        CreditCodeCheck check = CreditCode.check(code);
        if (!check.valid()) {
            throw invalid("creditCode", "INVALID_CREDIT_CODE", check.messageZh(), check.messageEn());
        }
        try {
            return registry.getByCreditCode(code);
        } catch (PlatformException notRegistered) {
            if (notRegistered.kind() == PlatformException.Kind.NOT_FOUND) {
                return null;
            }
            throw notRegistered;
        }
    }

    private String trackingCode() {
        StringBuilder code = new StringBuilder(TRACKING_CODE_LENGTH);
        for (int i = 0; i < TRACKING_CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static int limit(int limit) {
        return Math.min(Math.max(limit, 1), 200);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static PlatformException invalid(String field, String code, String zh, String en) {
        return new PlatformException(PlatformException.Kind.INVALID_INPUT, code, zh, en, Map.of("field", field));
    }
}
