package org.socorg.platform.complaint.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socorg.platform.complaint.EnforcementCaseStatus;
import org.socorg.platform.complaint.EnforcementOutcome;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code enforcement-case}: the investigation's proposal, the director's decision and the
 * supervision of an overdue investigation.
 */
@Component
class CaseTaskHandler implements TaskCompletionHandler {

    static final String INVESTIGATE = "UserTask_InvestigateCase";
    static final String DECIDE = "UserTask_DecideOutcome";
    static final String SUPERVISE = "UserTask_SuperviseOverdueInvestigation";
    static final BigDecimal MAX_FINE = new BigDecimal("100000000");

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            INVESTIGATE, List.of(
                    new TaskOutcome("PROPOSE", "提出处理意见", "Propose the outcome (findings in the comment)", true)),
            DECIDE, List.of(
                    new TaskOutcome("APPROVE", "同意处理意见", "Approve the proposed outcome", false),
                    new TaskOutcome("RETURN", "退回补充调查", "Return for further investigation", true)),
            SUPERVISE, List.of(
                    new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)));

    private final ComplaintStore store;
    private final OrganizationRegistry registry;

    CaseTaskHandler(ComplaintStore store, OrganizationRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public String processDefinitionKey() {
        return ComplaintProcessing.CASE_PROCESS;
    }

    @Override
    public List<TaskOutcome> outcomes(String taskDefinitionKey) {
        return OUTCOMES.getOrDefault(taskDefinitionKey, List.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision) {
        Map<String, Object> variables = new HashMap<>();
        switch (task.taskDefinitionKey()) {
            case INVESTIGATE -> {
                CaseRow c = store.requireCase(task.businessKey());
                ComplaintProcessing.requireState(c.status, EnumSet.of(EnforcementCaseStatus.INVESTIGATING), "案件",
                        "case");
                propose(c, decision);
                c.proposedBy = caller.id();
                c.status = EnforcementCaseStatus.AWAITING_DECISION;
                store.update(c);
                variables.put("proposedOutcome", c.proposedOutcome.name());
            }
            case DECIDE -> {
                CaseRow c = store.requireCase(task.businessKey());
                ComplaintProcessing.requireState(c.status, EnumSet.of(EnforcementCaseStatus.AWAITING_DECISION),
                        "案件", "case");
                variables.put("decision", decision.outcome());
                if ("RETURN".equals(decision.outcome())) {
                    c.status = EnforcementCaseStatus.INVESTIGATING;
                    store.update(c);
                } else {
                    if (c.proposedOutcome == EnforcementOutcome.CERTIFICATE_REVOCATION
                            && registry.getByCreditCode(c.creditCode).status() != OrganizationStatus.ACTIVE) {
                        throw PlatformException.conflict("ORGANIZATION_NOT_ACTIVE",
                                "该组织已不是正常状态，无法撤销登记证书；请退回重新调查",
                                "The organization is no longer active, so its certificate cannot be revoked; "
                                        + "return the case");
                    }
                    variables.put("decidedBy", caller.id());
                    variables.put("penaltyImposed", c.proposedOutcome.isPenalty());
                }
            }
            case SUPERVISE -> variables.put("supervisedBy", caller.id());
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }

    /**
     * The proposal in {@code data}: {@code proposedOutcome}, for a fine {@code fineAmount}, and for every penalty its
     * {@code reason} and {@code legalBasis}; the comment holds the findings.
     */
    private void propose(CaseRow c, TaskDecision decision) {
        Map<String, Object> data = decision.data();
        EnforcementOutcome outcome;
        try {
            outcome = EnforcementOutcome.valueOf(String.valueOf(data.get("proposedOutcome")));
        } catch (IllegalArgumentException e) {
            throw invalid("data.proposedOutcome", "请选择处理意见：" + List.of(EnforcementOutcome.values()),
                    "Choose the proposed outcome, one of " + List.of(EnforcementOutcome.values()));
        }
        BigDecimal fine = null;
        Object amount = data.get("fineAmount");
        if (outcome == EnforcementOutcome.FINE) {
            try {
                fine = amount == null ? null : new BigDecimal(String.valueOf(amount));
            } catch (NumberFormatException e) {
                fine = null;
            }
            if (fine == null || fine.signum() <= 0 || fine.compareTo(MAX_FINE) > 0 || fine.scale() > 2) {
                throw invalid("data.fineAmount", "罚款须填写金额（元），大于0，最多两位小数",
                        "A fine needs its amount in CNY: more than 0, at most two decimals");
            }
        } else if (amount != null) {
            throw invalid("data.fineAmount", "只有罚款需要填写金额", "Only a fine has an amount");
        }
        String reason = text(data, "reason", 500);
        String legalBasis = text(data, "legalBasis", 300);
        if (outcome.isPenalty()) {
            if (c.creditCode == null) {
                throw PlatformException.conflict("ORGANIZATION_NOT_REGISTERED",
                        "被举报组织未在法人库登记，不能作出行政处罚；未经登记的组织请列入非法社会组织名单",
                        "The organization is not in the registry, so no penalty can be imposed on it; publish an "
                                + "unregistered one in the list of illegal organizations instead");
            }
            if (reason == null) {
                throw invalid("data.reason", "行政处罚须写明处罚事由", "A penalty needs its reason");
            }
            if (legalBasis == null) {
                throw invalid("data.legalBasis", "行政处罚须写明法律依据", "A penalty needs its legal basis");
            }
        }
        c.proposedOutcome = outcome;
        c.fineAmount = fine;
        c.reason = reason;
        c.legalBasis = legalBasis;
        c.findings = decision.comment();
    }

    private static String text(Map<String, Object> data, String field, int max) {
        Object value = data.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        String s = String.valueOf(value).trim();
        if (s.length() > max) {
            throw invalid("data." + field, "不超过" + max + "字", "At most " + max + " characters");
        }
        return s;
    }

    private static PlatformException invalid(String field, String zh, String en) {
        return new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_INPUT", zh, en,
                Map.of("field", field));
    }
}
