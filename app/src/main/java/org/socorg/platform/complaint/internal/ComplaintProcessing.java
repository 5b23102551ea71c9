package org.socorg.platform.complaint.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.socorg.platform.complaint.AdministrativePenalty;
import org.socorg.platform.complaint.ComplaintStatus;
import org.socorg.platform.complaint.EnforcementCaseStatus;
import org.socorg.platform.complaint.EnforcementOutcome;
import org.socorg.platform.credit.ListingProposed;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the complaint-intake and enforcement-case processes do at each automated step. */
@Component
public class ComplaintProcessing {

    /** The process definition keys (= file names). */
    public static final String INTAKE_PROCESS = "complaint-intake";
    public static final String CASE_PROCESS = "enforcement-case";
    /** {@code source} of the listings this flow proposes. */
    static final String LISTING_SOURCE = "enforcement";

    private final ComplaintStore store;
    private final ComplaintMapper mapper;
    private final EnforcementRules rules;
    private final OrganizationRegistry registry;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;

    ComplaintProcessing(ComplaintStore store, EnforcementRules rules, OrganizationRegistry registry,
            ApplicationEventPublisher events, @Lazy RuntimeService runtime) {
        this.store = store;
        this.mapper = store.mapper();
        this.rules = rules;
        this.registry = registry;
        this.events = events;
        this.runtime = runtime;
    }

    /**
     * Looks for an open complaint about the same organization and subject received before this one, and records it
     * as the suggested duplicate.
     *
     * @return the suggested duplicate's id, or null
     */
    @Transactional
    public String detectDuplicate(String complaintId) {
        ComplaintRow row = store.requireComplaint(complaintId);
        String duplicate = mapper.findOpenDuplicate(row.id, row.divisionCode, row.subjectKey, row.category)
                .map(found -> found.id).orElse(null);
        row.suggestedDuplicate = duplicate;
        store.update(row);
        return duplicate;
    }

    /** 不予立案: the reasons were recorded with the officer's decision. */
    @Transactional
    public void dismiss(String complaintId) {
        ComplaintRow row = received(complaintId);
        row.status = ComplaintStatus.DISMISSED;
        store.update(row);
    }

    /** The report now follows the open complaint (and its case, if one is open). */
    @Transactional
    public void merge(String complaintId, String intoComplaintId) {
        ComplaintRow row = received(complaintId);
        ComplaintRow target = store.requireComplaint(intoComplaintId);
        row.status = ComplaintStatus.MERGED;
        row.mergedInto = target.id;
        row.caseId = target.caseId;
        store.update(row);
    }

    /** 立案: creates the enforcement case and starts its process; the complaint follows the case. */
    @Transactional
    public String openCase(String complaintId, String openedBy) {
        ComplaintRow complaint = received(complaintId);
        CaseRow c = new CaseRow();
        c.id = UUID.randomUUID().toString();
        c.complaintId = complaint.id;
        c.status = EnforcementCaseStatus.INVESTIGATING;
        c.divisionCode = complaint.divisionCode;
        c.creditCode = complaint.creditCode;
        c.organizationName = complaint.organizationName;
        c.openedBy = openedBy == null ? "system" : openedBy;
        c.openedAt = ComplaintStore.now();
        c.updatedAt = c.openedAt;
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationId", c.id);
        variables.put("complaintId", complaint.id);
        variables.put("divisionCode", c.divisionCode);
        variables.put("organizationName", c.organizationName);
        variables.put("organizationKnown", c.creditCode != null);
        c.processInstanceId = runtime.startProcessInstanceByKey(CASE_PROCESS, c.id, variables).getProcessInstanceId();
        mapper.insertCase(c);
        complaint.status = ComplaintStatus.UNDER_INVESTIGATION;
        complaint.caseId = c.id;
        store.update(complaint);
        return c.id;
    }

    /**
     * Records the decided penalty (public, with its decision number), proposes the credit listings the DMN gives
     * and, for a revocation, revokes the organization's certificate in the registry; all in the step's transaction.
     */
    @Transactional
    public AdministrativePenalty imposePenalty(String caseId, String decidedBy) {
        CaseRow c = awaitingDecision(caseId);
        EnforcementOutcome outcome = c.proposedOutcome;
        if (outcome == null || !outcome.isPenalty() || c.creditCode == null) {
            throw PlatformException.conflict("NO_PENALTY_PROPOSED", "该案件没有可作出的行政处罚",
                    "The case has no penalty that could be imposed");
        }
        int prior = mapper.countPenaltiesWithReason(c.creditCode, store.today().minusYears(3),
                ListingReasons.WARNING_OR_SMALL_FINE, c.id);
        List<EnforcementRules.Consequence> consequences = rules.creditConsequences(outcome, c.fineAmount, prior);

        PenaltyRow p = new PenaltyRow();
        p.caseId = c.id;
        p.creditCode = c.creditCode;
        p.organizationName = c.organizationName;
        p.divisionCode = c.divisionCode;
        p.outcome = outcome;
        p.fineAmount = outcome == EnforcementOutcome.FINE ? c.fineAmount : null;
        p.reason = c.reason;
        p.legalBasis = c.legalBasis;
        p.decidedOn = store.today();
        p.decidedBy = decidedBy == null ? "system" : decidedBy;
        p.creditReasons = consequences.stream().map(EnforcementRules.Consequence::reasonCode)
                .collect(Collectors.joining(","));
        p.createdAt = ComplaintStore.now();
        mapper.insertPenalty(p);
        // unique by construction: the row's own id, under the authority's division and the year
        p.decisionNumber = "%s民罚字〔%d〕第%06d号".formatted(c.divisionCode, p.decidedOn.getYear(), p.id);
        mapper.setDecisionNumber(p.id, p.decisionNumber);

        if (outcome == EnforcementOutcome.CERTIFICATE_REVOCATION) {
            registry.revokeCertificate(c.creditCode, "撤销登记证书 / Certificate revoked: " + p.decisionNumber, c.id,
                    p.decidedBy);
        }
        for (EnforcementRules.Consequence consequence : consequences) {
            events.publishEvent(new ListingProposed(c.creditCode, consequence.list(), consequence.reasonCode(),
                    consequence.reason() + "（" + p.decisionNumber + "）", consequence.legalBasis(), c.divisionCode,
                    LISTING_SOURCE, c.id));
        }
        close(c, outcome, p.decidedBy, p.id, ComplaintStatus.PENALTY_IMPOSED);
        return p.toPenalty();
    }

    /** 不予处罚，结案. */
    @Transactional
    public void closeWithoutPenalty(String caseId, String decidedBy) {
        CaseRow c = awaitingDecision(caseId);
        close(c, EnforcementOutcome.DISMISSAL, decidedBy, null, ComplaintStatus.CLOSED_NO_PENALTY);
    }

    private void close(CaseRow c, EnforcementOutcome outcome, String decidedBy, Long penaltyId,
            ComplaintStatus complaintStatus) {
        c.status = EnforcementCaseStatus.CLOSED;
        c.outcome = outcome;
        c.decidedBy = decidedBy;
        c.penaltyId = penaltyId;
        c.closedAt = ComplaintStore.now();
        store.update(c);
        if (c.complaintId != null) {
            ComplaintRow complaint = store.requireComplaint(c.complaintId);
            complaint.status = complaintStatus;
            complaint.outcomeReason = outcome == EnforcementOutcome.DISMISSAL ? c.findings : c.reason;
            store.update(complaint);
        }
    }

    private ComplaintRow received(String complaintId) {
        ComplaintRow row = store.requireComplaint(complaintId);
        requireState(row.status, EnumSet.of(ComplaintStatus.RECEIVED), "投诉举报", "complaint");
        return row;
    }

    private CaseRow awaitingDecision(String caseId) {
        CaseRow c = store.requireCase(caseId);
        requireState(c.status, EnumSet.of(EnforcementCaseStatus.AWAITING_DECISION), "案件", "case");
        return c;
    }

    static <E extends Enum<E>> void requireState(E state, Set<E> allowed, String whatZh, String whatEn) {
        if (!allowed.contains(state)) {
            throw PlatformException.conflict("WRONG_STATE", "该" + whatZh + "当前状态为 " + state + "，不能办理此操作",
                    "The " + whatEn + " is " + state + "; this step needs " + allowed);
        }
    }
}
