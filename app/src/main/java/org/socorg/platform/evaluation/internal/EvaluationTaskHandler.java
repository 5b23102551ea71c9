package org.socorg.platform.evaluation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.evaluation.EvaluationReason;
import org.socorg.platform.evaluation.EvaluationStatus;
import org.socorg.platform.evaluation.SelfAssessment;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.identity.UserDirectory;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** The user tasks of the {@code evaluation} process: their outcomes and what each outcome does. */
@Component
class EvaluationTaskHandler implements TaskCompletionHandler {

    static final String PROCESS_KEY = "evaluation";
    static final String REVIEW = "UserTask_ReviewApplication";
    static final String PROVIDE_SUPPLEMENTS = "UserTask_ProvideSupplements";
    static final String SCORE = "UserTask_ScoreEvaluation";
    static final String REVIEW_OBJECTION = "UserTask_ReviewObjection";
    static final String CONFIRM = "UserTask_ConfirmGrade";
    static final String SUPERVISE = "UserTask_SuperviseOverdueReview";

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            REVIEW, List.of(
                    new TaskOutcome("ACCEPT", "初审通过，组织专家评估（data.experts：专家名单）",
                            "Passes the preliminary review: convene the panel (data.experts: the experts)", false),
                    new TaskOutcome("SUPPLEMENT", "一次性告知补正", "Request supplementary material", true),
                    new TaskOutcome("NOT_ACCEPTED", "不予受理", "Do not accept", true)),
            PROVIDE_SUPPLEMENTS, List.of(
                    new TaskOutcome("SUBMIT", "提交补正材料", "Submit the supplementary material", false)),
            SCORE, List.of(
                    new TaskOutcome("SUBMIT_SCORES", "提交评分（data：各项指标得分）",
                            "Submit the scores (data: a score per criterion)", false)),
            REVIEW_OBJECTION, List.of(
                    new TaskOutcome("UPHOLD", "异议成立，重新评估", "Uphold the objection: the panel scores again", true),
                    new TaskOutcome("DISMISS", "异议不成立", "Dismiss the objection", true)),
            CONFIRM, List.of(
                    new TaskOutcome("CONFIRM", "确认评估等级", "Confirm the grade", false),
                    new TaskOutcome("REFER_BACK", "退回专家重新评分", "Refer back to the panel", true)),
            SUPERVISE, List.of(
                    new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)));

    private final EvaluationStore store;
    private final EvaluationRules rules;
    private final OrganizationRegistry registry;
    private final ObjectMapper json;
    private final Validator validator;
    private final UserDirectory directory;
    private final int panelSize;

    EvaluationTaskHandler(EvaluationStore store, EvaluationRules rules,
            OrganizationRegistry registry, ObjectMapper json, Validator validator, UserDirectory directory,
            @Value("${platform.evaluation.panel-size:3}") int panelSize) {
        this.store = store;
        this.directory = directory;
        this.rules = rules;
        this.registry = registry;
        this.json = json;
        this.validator = validator;
        this.panelSize = panelSize;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

    @Override
    public List<TaskOutcome> outcomes(String taskDefinitionKey) {
        return OUTCOMES.getOrDefault(taskDefinitionKey, List.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision) {
        String id = task.businessKey();
        String outcome = decision.outcome();
        Map<String, Object> variables = new HashMap<>();
        switch (task.taskDefinitionKey()) {
            case REVIEW -> {
                variables.put("reviewOutcome", outcome);
                EvaluationRow row = store.require(id);
                switch (outcome) {
                    case "ACCEPT" -> {
                        List<String> experts = experts(decision.data(), caller, row);
                        store.transition(row, EnumSet.of(EvaluationStatus.UNDER_REVIEW), r -> {
                            r.status = EvaluationStatus.SCORING;
                            r.panelExperts = String.join(",", experts);
                            r.outcomeReasons = null;
                        });
                    }
                    case "SUPPLEMENT" -> store.transition(row, EnumSet.of(EvaluationStatus.UNDER_REVIEW), r -> {
                        r.status = EvaluationStatus.SUPPLEMENT_REQUESTED;
                        r.outcomeReasons = reasons("SUPPLEMENT_REQUESTED", decision.comment());
                    });
                    default -> store.transition(row, EnumSet.of(EvaluationStatus.UNDER_REVIEW),
                            r -> r.outcomeReasons = reasons("NOT_ACCEPTED", decision.comment()));
                }
            }
            case PROVIDE_SUPPLEMENTS -> store.transition(id, EnumSet.of(EvaluationStatus.SUPPLEMENT_REQUESTED), r -> {
                if (!decision.data().isEmpty()) {
                    r.selfAssessment = store.toJson(merged(store.selfAssessment(r), decision.data()));
                }
                r.status = EvaluationStatus.UNDER_REVIEW;
                r.outcomeReasons = null;
            });
            case SCORE -> recordScores(id, caller, decision);
            case REVIEW_OBJECTION -> {
                ObjectionRow objection = store.mapper().oldestPendingObjection(id).orElseThrow(() ->
                        PlatformException.conflict("NO_PENDING_OBJECTION", "该评估没有待处理的异议",
                                "The evaluation has no pending objection"));
                objection.status = "UPHOLD".equals(outcome) ? "UPHELD" : "DISMISSED";
                objection.decidedAt = EvaluationStore.now();
                objection.decidedBy = caller.id();
                objection.decisionComment = decision.comment();
                if (store.mapper().decideObjection(objection) == 0) {
                    throw PlatformException.conflict("CONCURRENT_CHANGE", "该异议刚被他人处理，请刷新后重试",
                            "Someone else decided the objection just now; reload and try again");
                }
                variables.put("objectionOutcome", outcome);
            }
            case CONFIRM -> {
                variables.put("confirmation", outcome);
                variables.put("confirmedBy", caller.id());
            }
            case SUPERVISE -> variables.put("supervisedBy", caller.id());
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }

    /**
     * The panel the official names: exactly {@code panel-size} different people, each a user who exists, may sign
     * in and holds the expert role, none of them the reviewing official, the applicant or the organization's account
     * holder (the only membership of the organization the platform records), and all of the case's authority (only they may
     * score it). Each refusal names the experts at fault.
     */
    private List<String> experts(Map<String, Object> data, Caller official, EvaluationRow row) {
        Object value = data.get("experts");
        if (!(value instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof String s) || s.isBlank()
                || s.contains(","))) {
            throw invalidField("PANEL_REQUIRED", "data.experts",
                    "请在 data.experts 中列出 " + panelSize + " 名评估专家的用户名",
                    "List the user names of " + panelSize + " experts in data.experts");
        }
        List<String> named = list.stream().map(e -> ((String) e).trim()).toList();
        Set<String> experts = new LinkedHashSet<>(named);
        if (experts.size() != named.size()) {
            List<String> twice = experts.stream().filter(e -> named.indexOf(e) != named.lastIndexOf(e)).toList();
            throw panelProblem("PANEL_DUPLICATE_EXPERT", twice,
                    "同一专家不得在专家组中出现两次：" + String.join("、", twice),
                    "An expert may sit on the panel only once: " + String.join(", ", twice));
        }
        if (experts.size() != panelSize) {
            throw invalidField("PANEL_SIZE", "data.experts",
                    "专家组须由 " + panelSize + " 名不同的专家组成，收到 " + experts.size() + " 名",
                    "The panel needs " + panelSize + " different experts; got " + experts.size());
        }
        List<String> conflicted = experts.stream().filter(e -> e.equals(official.id()) || e.equals(row.applicantId)
                || registry.isAccountHolder(row.creditCode, e)).toList();
        if (!conflicted.isEmpty()) {
            throw panelProblem("PANEL_CONFLICT_OF_INTEREST", conflicted,
                    "初审人员、申请人和该组织的账户持有人不得担任本案评估专家：" + String.join("、", conflicted),
                    "Neither the reviewing official, the applicant nor the organization's account holder may sit on"
                            + " the panel: " + String.join(", ", conflicted));
        }
        Map<String, ManagedUser> found = new LinkedHashMap<>();
        for (String e : experts) {
            directory.find(e).filter(ManagedUser::enabled).ifPresent(u -> found.put(e, u));
        }
        List<String> unknown = experts.stream().filter(e -> !found.containsKey(e)).toList();
        if (!unknown.isEmpty()) {
            throw panelProblem("PANEL_UNKNOWN_EXPERT", unknown,
                    "以下用户不存在或已停用，不能担任评估专家：" + String.join("、", unknown),
                    "These users do not exist or are disabled and cannot sit on the panel: "
                            + String.join(", ", unknown));
        }
        List<String> notExperts = experts.stream().filter(e -> !found.get(e).roles().contains(Roles.EXPERT))
                .toList();
        if (!notExperts.isEmpty()) {
            throw panelProblem("PANEL_NOT_AN_EXPERT", notExperts,
                    "以下用户没有评估专家角色：" + String.join("、", notExperts),
                    "These users do not hold the expert role: " + String.join(", ", notExperts));
        }
        // scoring accepts only experts of the case's authority: one named from elsewhere would leave the case stuck
        List<String> elsewhere = experts.stream()
                .filter(e -> !row.divisionCode.equals(found.get(e).divisionCode())).toList();
        if (!elsewhere.isEmpty()) {
            throw panelProblem("PANEL_OTHER_AUTHORITY", elsewhere,
                    "以下专家不属于本登记管理机关，不能担任本案评估专家：" + String.join("、", elsewhere),
                    "These experts work for another authority and cannot sit on this case's panel: "
                            + String.join(", ", elsewhere));
        }
        return new ArrayList<>(experts);
    }

    private static PlatformException panelProblem(String code, List<String> experts, String zh, String en) {
        return new PlatformException(PlatformException.Kind.INVALID_INPUT, code, zh, en,
                Map.of("field", "data.experts", "experts", experts));
    }

    /**
     * An expert's scores: only an expert of the case's authority, once per round, every criterion of the
     * criteria table present and within 0..its maximum, nothing else.
     */
    private void recordScores(String id, Caller caller, TaskDecision decision) {
        EvaluationRow row = store.require(id);
        if (!caller.inGroup(Groups.EXPERTS) || !row.divisionCode.equals(caller.divisionCode())) {
            throw PlatformException.forbidden("只有本登记管理机关的评估专家可以评分",
                    "Only an evaluation expert of the case's authority may score it");
        }
        if (row.status != EvaluationStatus.SCORING) {
            throw PlatformException.conflict("WRONG_STATE", "评估当前状态为 " + row.status + "，不能评分",
                    "The evaluation is " + row.status + "; it cannot be scored now");
        }
        List<EvaluationRules.Criterion> criteria = rules.criteria(registry.getByCreditCode(row.creditCode)
                .orgType().name());
        Map<String, Object> data = decision.data();
        Set<String> known = new LinkedHashSet<>();
        criteria.forEach(c -> known.add(c.code()));
        for (String key : data.keySet()) {
            if (!known.contains(key)) {
                throw invalidField("UNKNOWN_CRITERION", "data." + key, "没有评分指标 " + key + "；指标为：" + known,
                        "There is no criterion " + key + "; the criteria are " + known);
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (EvaluationRules.Criterion c : criteria) {
            Object v = data.get(c.code());
            if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || n.doubleValue() < 0 || n.doubleValue() > c.maxScore()) {
                throw invalidField("INVALID_SCORE", "data." + c.code(),
                        "“" + c.labelZh() + "”（data." + c.code() + "）须为 0 至 " + c.maxScore() + " 的整数，收到：" + v,
                        c.labelEn() + " (data." + c.code() + ") must be a whole number from 0 to " + c.maxScore()
                                + "; got: " + v);
            }
            scores.put(c.code(), n.intValue());
        }
        ScoreRow score = new ScoreRow();
        score.evaluationId = id;
        score.scoreRound = row.scoreRound;
        score.expertId = caller.id();
        score.scores = store.toJson(scores);
        score.opinion = decision.comment();
        score.scoredAt = EvaluationStore.now();
        try {
            store.mapper().insertScore(score);
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("ALREADY_SCORED", "您已为本轮评估评分", "You have already scored this round");
        }
    }

    private SelfAssessment merged(SelfAssessment current, Map<String, Object> changes) {
        Map<String, Object> fields = json.convertValue(current, json.getTypeFactory()
                .constructMapType(HashMap.class, String.class, Object.class));
        fields.putAll(changes);
        SelfAssessment updated;
        try {
            updated = json.convertValue(fields, SelfAssessment.class);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("MALFORMED_REQUEST", "补正内容中有字段类型或取值不对",
                    "A field of the supplementary data has the wrong type or value");
        }
        Set<ConstraintViolation<SelfAssessment>> violations = validator.validate(updated);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return updated;
    }

    private String reasons(String code, String comment) {
        return store.toJson(List.of(new EvaluationReason(code, comment, comment)));
    }

    private static PlatformException invalidField(String code, String field, String zh, String en) {
        return new PlatformException(PlatformException.Kind.INVALID_INPUT, code, zh, en, Map.of("field", field));
    }
}
