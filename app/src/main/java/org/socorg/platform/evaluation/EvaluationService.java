package org.socorg.platform.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.socorg.platform.evaluation.internal.EvaluationRow;
import org.socorg.platform.evaluation.internal.EvaluationStore;
import org.socorg.platform.evaluation.internal.ObjectionRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files evaluation applications, shows them to those allowed to see them, and takes the public's objections
 * during the notice period. An applicant sees the evaluations of organizations they act for; an official those of
 * their authority; an expert those whose panel they sit on.
 */
@Service
public class EvaluationService {

    /** The process definition key (file {@code processes/evaluation/evaluation.bpmn}). */
    public static final String PROCESS_KEY = "evaluation";
    /** The message an objection sends to its case. */
    public static final String OBJECTION_MESSAGE = "EvaluationObjectionFiled";

    static final Set<String> OFFICIAL_GROUPS = Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS,
            Groups.REGISTRATION_SUPERVISORS);

    private final EvaluationStore store;
    private final EvaluationProcessing processing;
    private final OrganizationRegistry registry;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final StatutoryClocks clocks;
    private final ZoneId zone;

    EvaluationService(EvaluationStore store, EvaluationProcessing processing, OrganizationRegistry registry,
            @Lazy RuntimeService runtime, @Lazy IdentityService identity, StatutoryClocks clocks,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.store = store;
        this.processing = processing;
        this.registry = registry;
        this.runtime = runtime;
        this.identity = identity;
        this.clocks = clocks;
        this.zone = ZoneId.of(zone);
    }

    /**
     * Files an application for the organization and starts its process, whose first step is the eligibility
     * check: an ineligible organization's application ends at once with the reasons (status INELIGIBLE).
     *
     * @throws PlatformException 403 unless the caller is the organization's account holder; 404 for an unknown
     *     organization; 409 while another evaluation of it is in progress
     */
    @Transactional
    public Evaluation apply(Caller caller, EvaluationRequest request) {
        if (!caller.inGroup(Groups.APPLICANTS)) {
            throw PlatformException.forbidden("只有申请人可以申请评估", "Only applicants can apply for evaluation");
        }
        Organization org = registry.getByCreditCode(request.creditCode().trim());
        if (!registry.isAccountHolder(org.creditCode(), caller.id())) {
            throw PlatformException.forbidden("您不是该组织的账户持有人，不能代其申请评估",
                    "You do not act for this organization, so you cannot apply for its evaluation");
        }
        EnumSet<EvaluationStatus> running = EnumSet.noneOf(EvaluationStatus.class);
        EnumSet.allOf(EvaluationStatus.class).stream().filter(EvaluationStatus::inProgress).forEach(running::add);
        boolean open = !store.mapper().findByCreditCode(org.creditCode(), running).isEmpty();
        if (open) {
            throw PlatformException.conflict("EVALUATION_IN_PROGRESS", "该组织已有正在进行的评估申请",
                    "An evaluation of this organization is already in progress");
        }
        EvaluationRow row = new EvaluationRow();
        row.id = UUID.randomUUID().toString();
        row.creditCode = org.creditCode();
        row.organizationName = org.name();
        row.divisionCode = org.divisionCode();
        row.applicantId = caller.id();
        row.status = EvaluationStatus.SUBMITTED;
        row.selfAssessment = store.toJson(request.selfAssessment());
        row.scoreRound = 1;
        row.submittedAt = EvaluationStore.now();
        row.updatedAt = row.submittedAt;
        // the row comes first: the eligibility check runs before the first wait state and reads it
        store.mapper().insert(row);
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        String processInstanceId;
        try {
            processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, row.id, Map.of(
                    "applicationId", row.id,
                    "applicantId", caller.id(),
                    "creditCode", org.creditCode(),
                    "divisionCode", org.divisionCode(),
                    "organizationName", org.name())).getProcessInstanceId();
        } finally {
            identity.setAuthentication(previous);
        }
        EvaluationRow current = store.require(row.id);
        current.processInstanceId = processInstanceId;
        store.transition(current, EnumSet.allOf(EvaluationStatus.class), r -> { });
        return view(store.require(row.id), caller);
    }

    /** One evaluation, if the caller may see it (otherwise 404, as for an unknown id). */
    @Transactional(readOnly = true)
    public Evaluation get(Caller caller, String id) {
        EvaluationRow row = store.mapper().findById(id).orElse(null);
        if (row == null || !maySee(caller, row)) {
            throw PlatformException.notFound("评估申请", "evaluation", id);
        }
        return view(row, caller);
    }

    /** The evaluations the caller may list, newest first: an official's authority's, or an applicant's own. */
    @Transactional(readOnly = true)
    public List<Evaluation> list(Caller caller, EvaluationQuery query) {
        List<EvaluationRow> rows;
        if (caller.inAnyGroup(OFFICIAL_GROUPS)) {
            rows = store.mapper().search(query, null, caller.divisionCode());
        } else if (caller.inGroup(Groups.APPLICANTS)) {
            rows = store.mapper().search(query, caller.id(), null);
        } else {
            throw PlatformException.forbidden("无权查看评估申请列表", "You may not list evaluations");
        }
        return rows.stream().map(r -> view(r, caller)).toList();
    }

    /** The results under public notice (公示) now, soonest ending first: public. */
    @Transactional(readOnly = true)
    public List<PublicNotice> notices(int offset, int limit) {
        return store.mapper().findByStatus(EvaluationStatus.PUBLIC_NOTICE, Math.min(200, Math.max(1, limit)),
                Math.max(0, offset)).stream()
                .map(r -> new PublicNotice(r.id, r.creditCode, r.organizationName, r.divisionCode, r.grade,
                        r.totalScore, r.noticeEndsOn))
                .toList();
    }

    /**
     * Files an objection (异议) to a noticed result; anyone may, without signing in. The case's official reviews
     * it; an upheld objection sends the case back to the panel.
     *
     * @throws PlatformException 404 for an unknown evaluation; 409 {@code NOT_IN_PUBLIC_NOTICE} outside the notice
     */
    @Transactional
    public ObjectionReceipt object(String evaluationId, ObjectionRequest request) {
        EvaluationRow row = store.mapper().findById(evaluationId)
                .orElseThrow(() -> PlatformException.notFound("评估申请", "evaluation", evaluationId));
        LocalDate today = LocalDate.ofInstant(EvaluationStore.now(), zone);
        if (row.status != EvaluationStatus.PUBLIC_NOTICE || row.noticeEndsOn == null
                || today.isAfter(row.noticeEndsOn)) {
            throw PlatformException.conflict("NOT_IN_PUBLIC_NOTICE", "该评估结果不在公示期内，不能提出异议",
                    "The evaluation result is not under public notice; objections are not taken now");
        }
        ObjectionRow objection = new ObjectionRow();
        objection.id = UUID.randomUUID().toString();
        objection.evaluationId = row.id;
        objection.objectorName = blankToNull(request.name());
        objection.objectorContact = blankToNull(request.contact());
        objection.content = request.content().trim();
        objection.status = "PENDING";
        objection.filedAt = EvaluationStore.now();
        store.mapper().insertObjection(objection);
        try {
            runtime.createMessageCorrelation(OBJECTION_MESSAGE).processInstanceBusinessKey(row.id).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw PlatformException.conflict("NOT_IN_PUBLIC_NOTICE", "该评估结果的公示已结束，不能提出异议",
                    "The public notice of this result has ended; objections are not taken now");
        }
        return new ObjectionReceipt(objection.id, row.id, objection.status, objection.filedAt);
    }

    private boolean maySee(Caller caller, EvaluationRow row) {
        if (caller.id().equals(row.applicantId) || (caller.inGroup(Groups.APPLICANTS)
                && registry.isAccountHolder(row.creditCode, caller.id()))) {
            return true;
        }
        boolean sameAuthority = row.divisionCode.equals(caller.divisionCode());
        if (caller.inAnyGroup(OFFICIAL_GROUPS) && sameAuthority) {
            return true;
        }
        return caller.inGroup(Groups.EXPERTS) && sameAuthority && EvaluationStore.panel(row).contains(caller.id());
    }

    private Evaluation view(EvaluationRow row, Caller caller) {
        boolean official = caller.inAnyGroup(OFFICIAL_GROUPS) || caller.inGroup(Groups.EXPERTS);
        return new Evaluation(row.id, row.creditCode, row.organizationName, row.divisionCode, row.applicantId,
                row.status, store.selfAssessment(row), row.processInstanceId,
                official ? EvaluationStore.panel(row) : List.of(), row.scoreRound,
                row.status == EvaluationStatus.SCORING ? Map.of() : processing.criterionMeans(row), row.totalScore,
                row.grade, store.reasons(row), row.noticeEndsOn, row.validFrom, row.validTo, row.submittedAt,
                row.decidedAt,
                row.processInstanceId == null ? List.of() : clocks.forProcessInstance(row.processInstanceId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
