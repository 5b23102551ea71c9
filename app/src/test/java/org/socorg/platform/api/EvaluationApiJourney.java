package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.socorg.platform.evaluation.EvaluationScenario;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evaluation over real HTTP: apply, preliminary review, three experts scoring, public notice with a public
 * objection, the director's confirmation; and every refusal at the API's boundary. Run on H2 by
 * {@link EvaluationApiTest} and on MariaDB/MySQL by {@link EvaluationApiMariaDbIT}.
 */
abstract class EvaluationApiJourney extends ApiJourneySupport {

    static final Map<String, Object> GOOD_SCORES = EvaluationScenario.scores(90, 300, 350, 120);

    @Autowired OrganizationRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;

    Organization organization() {
        return EvaluationScenario.organization(registry, jdbc, LocalDate.now(ZoneId.of("Asia/Shanghai")), 3);
    }

    List<String> taskIds(String user, String pid, String taskKey) {
        return list("/api/tasks", user).stream()
                .filter(t -> pid.equals(t.get("processInstanceId")) && taskKey.equals(t.get("taskDefinitionKey")))
                .map(t -> (String) t.get("id")).toList();
    }

    ResponseEntity<Map<String, Object>> completeTask(String user, String taskId, String outcome, String comment,
            Map<String, Object> data) {
        return call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", user, decision(outcome, comment, data));
    }

    static Map<String, Object> application(String creditCode) {
        return Map.of("creditCode", creditCode, "selfAssessment", Map.of("basicConditions", 90,
                "internalGovernance", 300, "workPerformance", 340, "socialEvaluation", 120,
                "summary", "近三年资助困难学生1200名，理事会按章程换届。"));
    }

    Map<String, Object> apply(Organization org) {
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/evaluations", "applicant1",
                application(org.creditCode()));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getHeaders().getLocation()).hasToString("/api/evaluations/" + r.getBody().get("id"));
        return r.getBody();
    }

    Map<String, Object> evaluation(String id, String user) {
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.GET, "/api/evaluations/" + id, user, null);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody()).containsEntry("status", status.value()).containsEntry("code", code)
                .containsKeys("detailZh", "detailEn", "type", "title", "detail");
        assertThat(r.getBody().toString()).doesNotContain("Exception", "at org.");
    }

    /** Applies and has the official name the panel: the case waits for the experts' scores. */
    String toScoring(List<String> panel) {
        Map<String, Object> applied = apply(organization());
        String pid = (String) applied.get("processInstanceId");
        decide("official1", pid, "UserTask_ReviewApplication", "ACCEPT", null, Map.of("experts", panel));
        return pid;
    }

    @Test
    void evaluates_an_organization_end_to_end_with_a_public_objection() {
        Organization org = organization();
        Map<String, Object> applied = apply(org);
        assertThat(applied).containsEntry("status", "UNDER_REVIEW").containsEntry("creditCode", org.creditCode());
        String id = (String) applied.get("id");
        String pid = (String) applied.get("processInstanceId");

        decide("official1", pid, "UserTask_ReviewApplication", "ACCEPT", null,
                Map.of("experts", EvaluationScenario.PANEL));
        assertThat(evaluation(id, "official1")).containsEntry("status", "SCORING")
                .containsEntry("panelExperts", EvaluationScenario.PANEL);
        assertThat(evaluation(id, "expert2")).containsEntry("status", "SCORING");
        for (String expert : EvaluationScenario.PANEL) {
            assertThat(taskIds(expert, pid, "UserTask_ScoreEvaluation")).hasSize(1);
            decide(expert, pid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", "评分意见", GOOD_SCORES);
        }

        Map<String, Object> noticed = evaluation(id, "applicant1");
        assertThat(noticed).containsEntry("status", "PUBLIC_NOTICE").containsEntry("grade", "4A")
                .containsKey("noticeEndsOn");
        assertThat(noticed.get("totalScore")).isEqualTo(860.0);
        assertThat(list("/api/evaluations/notices", null)).anySatisfy(n -> assertThat(n)
                .containsEntry("evaluationId", id).containsEntry("grade", "4A"));

        ResponseEntity<Map<String, Object>> objection = call(HttpMethod.POST, "/api/evaluations/" + id + "/objections",
                null, Map.of("content", "社会评价得分偏高"));
        assertThat(objection.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(objection.getBody()).containsEntry("status", "PENDING").containsEntry("evaluationId", id);
        decide("official1", pid, "UserTask_ReviewObjection", "DISMISS", "经核实，评分依据充分", null);

        // the notice period passes: run its timer as the job executor would
        var timer = management.createJobQuery().processInstanceId(pid).timers()
                .activityId("IntermediateCatchEvent_NoticePeriodEnds").singleResult();
        management.executeJob(timer.getId());
        decide("director1", pid, "UserTask_ConfirmGrade", "CONFIRM", null, null);

        Map<String, Object> graded = evaluation(id, "applicant1");
        assertThat(graded).containsEntry("status", "GRADED").containsEntry("grade", "4A")
                .containsKeys("validFrom", "validTo");
        LocalDate from = LocalDate.parse((String) graded.get("validFrom"));
        assertThat(LocalDate.parse((String) graded.get("validTo"))).isEqualTo(from.plusYears(5).minusDays(1));
        assertThat(list("/api/evaluations?creditCode=" + org.creditCode(), "official1"))
                .extracting(e -> e.get("id")).containsExactly(id);
        assertThat(list("/api/evaluations", "applicant1")).extracting(e -> e.get("id")).contains(id);
    }

    @Test
    void ends_evaluations_ineligible_not_accepted_and_not_graded() {
        Map<String, Object> young = apply(EvaluationScenario.organization(registry, jdbc,
                LocalDate.now(ZoneId.of("Asia/Shanghai")), 1));
        assertThat(young).containsEntry("status", "INELIGIBLE");
        assertEndedAt((String) young.get("processInstanceId"), "EndEvent_Ineligible");

        Map<String, Object> rejected = apply(organization());
        String rejectedPid = (String) rejected.get("processInstanceId");
        fireTimer(rejectedPid, "BoundaryEvent_ReviewReminder");
        assertReached(rejectedPid, "EndEvent_ReminderSent");
        assertThat(noticesOf("official1", "DEADLINE_NEAR", (String) rejected.get("id"))).hasSize(1);
        fireTimer(rejectedPid, "BoundaryEvent_ReviewOverdue");
        decide("supervisor1", rejectedPid, "UserTask_SuperviseOverdueReview", "ACKNOWLEDGE", "已督促初审人员办结");
        assertReached(rejectedPid, "EndEvent_Supervised");
        decide("official1", rejectedPid, "UserTask_ReviewApplication", "NOT_ACCEPTED", "自评报告与财务报表不符");
        assertReached(rejectedPid, "EndEvent_NotAcceptable");
        assertEndedAt(rejectedPid, "EndEvent_NotAccepted");
        assertThat(evaluation((String) rejected.get("id"), "applicant1")).containsEntry("status", "NOT_ACCEPTED");

        String weakPid = toScoring(EvaluationScenario.PANEL);
        for (String expert : EvaluationScenario.PANEL) {
            decide(expert, weakPid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", "各项指标均未达标",
                    EvaluationScenario.scores(30, 100, 120, 40));
        }
        assertEndedAt(weakPid, "EndEvent_NotGraded");
    }

    @Test
    void an_upheld_objection_rescores_and_the_confirmed_grade_is_reminded_of_and_expires() {
        String pid = toScoring(EvaluationScenario.PANEL);
        String id = (String) evaluationOf(pid).get("id");
        for (String expert : EvaluationScenario.PANEL) {
            decide(expert, pid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", "评分意见", GOOD_SCORES);
        }
        assertThat(call(HttpMethod.POST, "/api/evaluations/" + id + "/objections", null,
                Map.of("content", "工作绩效得分所依据的项目并非本会实施")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        decide("official1", pid, "UserTask_ReviewObjection", "UPHOLD", "异议属实，专家重新评分");
        assertReached(pid, "EndEvent_ObjectionUpheld");
        assertThat(evaluation(id, "official1")).containsEntry("status", "SCORING");
        for (String expert : EvaluationScenario.PANEL) {
            decide(expert, pid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", "剔除非本会项目后重新评分",
                    EvaluationScenario.scores(90, 250, 300, 120));
        }
        fireTimer(pid, "IntermediateCatchEvent_NoticePeriodEnds");
        assertReached(pid, "EndEvent_NoticeEnded");
        decide("director1", pid, "UserTask_ConfirmGrade", "CONFIRM", null);
        assertThat(evaluation(id, "applicant1")).containsEntry("status", "GRADED").containsEntry("grade", "3A");

        fireTimer(pid, "IntermediateCatchEvent_ExpiryReminderDue");
        assertReached(pid, "ServiceTask_SendExpiryReminder");
        assertThat(noticesOf("applicant1", "EVALUATION_EXPIRY", id)).as("the applicant is told in the inbox")
                .singleElement().satisfies(n -> assertThat((String) n.get("messageEn")).contains("3A", "expires on"));
        assertThat(noticesOf("applicant2", "EVALUATION_EXPIRY", id)).isEmpty();
        fireTimer(pid, "IntermediateCatchEvent_GradeExpires");
        assertEndedAt(pid, "EndEvent_GradeExpired");
        assertThat(evaluation(id, "applicant1")).containsEntry("status", "EXPIRED");
    }

    Map<String, Object> evaluationOf(String pid) {
        return list("/api/evaluations", "official1").stream().filter(e -> pid.equals(e.get("processInstanceId")))
                .findFirst().orElseThrow();
    }

    @Test
    void refuses_scoring_by_anyone_but_the_assigned_expert_of_the_authority_and_bad_scores() {
        String pid = toScoring(List.of("expert1", "expert2", "expert3"));
        String expert1Task = inboxTask("expert1", pid, "UserTask_ScoreEvaluation");

        // not an expert, or another expert: the task is not theirs to see
        for (String other : List.of("official1", "applicant1", "director1", "expert2", "expert3", "expert-sh")) {
            assertProblem(completeTask(other, expert1Task, "SUBMIT_SCORES", null, GOOD_SCORES), HttpStatus.NOT_FOUND,
                    "NOT_FOUND");
            assertProblem(call(HttpMethod.POST, "/api/tasks/" + expert1Task + "/claim", other, null),
                    HttpStatus.NOT_FOUND, "NOT_FOUND");
        }

        Map<String, Object> tooHigh = new HashMap<>(GOOD_SCORES);
        tooHigh.put("basicConditions", 101);
        ResponseEntity<Map<String, Object>> r = completeTask("expert1", expert1Task, "SUBMIT_SCORES", null, tooHigh);
        assertProblem(r, HttpStatus.BAD_REQUEST, "INVALID_SCORE");
        assertThat(r.getBody()).containsEntry("field", "data.basicConditions");
        Map<String, Object> negative = new HashMap<>(GOOD_SCORES);
        negative.put("workPerformance", -1);
        assertThat(completeTask("expert1", expert1Task, "SUBMIT_SCORES", null, negative).getBody())
                .containsEntry("code", "INVALID_SCORE").containsEntry("field", "data.workPerformance");
        Map<String, Object> fraction = new HashMap<>(GOOD_SCORES);
        fraction.put("socialEvaluation", 99.5);
        assertThat(completeTask("expert1", expert1Task, "SUBMIT_SCORES", null, fraction).getBody())
                .containsEntry("code", "INVALID_SCORE").containsEntry("field", "data.socialEvaluation");
        Map<String, Object> missing = new HashMap<>(GOOD_SCORES);
        missing.remove("internalGovernance");
        assertThat(completeTask("expert1", expert1Task, "SUBMIT_SCORES", null, missing).getBody())
                .containsEntry("code", "INVALID_SCORE").containsEntry("field", "data.internalGovernance");
        Map<String, Object> unknown = new HashMap<>(GOOD_SCORES);
        unknown.put("charm", 10);
        r = completeTask("expert1", expert1Task, "SUBMIT_SCORES", null, unknown);
        assertProblem(r, HttpStatus.BAD_REQUEST, "UNKNOWN_CRITERION");
        assertThat(r.getBody()).containsEntry("field", "data.charm");
        assertProblem(completeTask("expert1", expert1Task, "SUBMIT_SCORES", null, Map.of()), HttpStatus.BAD_REQUEST,
                "INVALID_SCORE");

        // nothing was written: the three tasks are still open and no score is recorded
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_score s JOIN evaluation_application a"
                + " ON a.id = s.evaluation_id WHERE a.process_instance_id = ?", Integer.class, pid)).isZero();
        assertThat(taskIds("expert1", pid, "UserTask_ScoreEvaluation")).containsExactly(expert1Task);
        assertThat(completeTask("expert1", expert1Task, "SUBMIT_SCORES", null, GOOD_SCORES).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void refuses_a_panel_of_the_wrong_size_twice_the_same_expert_conflicted_unknown_without_the_role_or_from_elsewhere() {
        Map<String, Object> applied = apply(organization());
        String pid = (String) applied.get("processInstanceId");
        String task = inboxTask("official1", pid, "UserTask_ReviewApplication");
        call(HttpMethod.POST, "/api/tasks/" + task + "/claim", "official1", null);
        ResponseEntity<Map<String, Object>> r = completeTask("official1", task, "ACCEPT", null, null);
        assertProblem(r, HttpStatus.BAD_REQUEST, "PANEL_REQUIRED");
        assertThat(r.getBody()).containsEntry("field", "data.experts");
        assertProblem(completeTask("official1", task, "ACCEPT", null, Map.of("experts", List.of("expert1", "expert2"))),
                HttpStatus.BAD_REQUEST, "PANEL_SIZE");
        ResponseEntity<Map<String, Object>> twice = completeTask("official1", task, "ACCEPT", null,
                Map.of("experts", List.of("expert1", "expert1", "expert2")));
        assertProblem(twice, HttpStatus.BAD_REQUEST, "PANEL_DUPLICATE_EXPERT");
        assertThat(twice.getBody()).containsEntry("field", "data.experts").containsEntry("experts", List.of("expert1"));
        assertProblem(completeTask("official1", task, "ACCEPT", null,
                Map.of("experts", List.of("expert1", "expert2", "official1"))), HttpStatus.BAD_REQUEST,
                "PANEL_CONFLICT_OF_INTEREST");
        ResponseEntity<Map<String, Object>> holder = completeTask("official1", task, "ACCEPT", null,
                Map.of("experts", List.of("expert1", "expert2", "applicant1")));
        assertProblem(holder, HttpStatus.BAD_REQUEST, "PANEL_CONFLICT_OF_INTEREST");
        assertThat(holder.getBody()).containsEntry("experts", List.of("applicant1"));
        ResponseEntity<Map<String, Object>> unknown = completeTask("official1", task, "ACCEPT", null,
                Map.of("experts", List.of("expert1", "expert2", "expert9")));
        assertProblem(unknown, HttpStatus.BAD_REQUEST, "PANEL_UNKNOWN_EXPERT");
        assertThat(unknown.getBody()).containsEntry("experts", List.of("expert9"));
        assertThat((String) unknown.getBody().get("detailEn")).contains("expert9");
        ResponseEntity<Map<String, Object>> notExperts = completeTask("official1", task, "ACCEPT", null,
                Map.of("experts", List.of("expert1", "director1", "enforcer1")));
        assertProblem(notExperts, HttpStatus.BAD_REQUEST, "PANEL_NOT_AN_EXPERT");
        assertThat(notExperts.getBody()).containsEntry("experts", List.of("director1", "enforcer1"));
        ResponseEntity<Map<String, Object>> elsewhere = completeTask("official1", task, "ACCEPT", null,
                Map.of("experts", List.of("expert1", "expert2", "expert-sh")));
        assertProblem(elsewhere, HttpStatus.BAD_REQUEST, "PANEL_OTHER_AUTHORITY");
        assertThat(elsewhere.getBody()).containsEntry("experts", List.of("expert-sh"));
        assertProblem(completeTask("official1", task, "SUPPLEMENT", null, null), HttpStatus.BAD_REQUEST,
                "COMMENT_REQUIRED");
        assertThat(evaluation((String) applied.get("id"), "official1")).containsEntry("status", "UNDER_REVIEW");
    }

    @Test
    void refuses_applications_and_reads_without_the_right_role_holding_or_jurisdiction() {
        Organization org = organization();
        assertProblem(call(HttpMethod.POST, "/api/evaluations", null, application(org.creditCode())),
                HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.POST, "/api/evaluations", "applicant2", application(org.creditCode())),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, "/api/evaluations", "official1", application(org.creditCode())),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, "/api/evaluations", "applicant1", application("12345")),
                HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");
        assertProblem(call(HttpMethod.POST, "/api/evaluations", "applicant1",
                Map.of("creditCode", org.creditCode())), HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_application WHERE credit_code = ?",
                Integer.class, org.creditCode())).as("a refused application files nothing").isZero();

        String id = (String) apply(org).get("id");
        assertProblem(call(HttpMethod.POST, "/api/evaluations", "applicant1", application(org.creditCode())),
                HttpStatus.CONFLICT, "EVALUATION_IN_PROGRESS");
        for (String other : List.of("applicant2", "official-sh", "expert1", "enforcer1")) {
            assertProblem(call(HttpMethod.GET, "/api/evaluations/" + id, other, null), HttpStatus.NOT_FOUND,
                    "NOT_FOUND");
        }
        assertProblem(call(HttpMethod.GET, "/api/evaluations/" + id, null, null), HttpStatus.UNAUTHORIZED,
                "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.GET, "/api/evaluations", "expert1", null), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertThat(list("/api/evaluations", "official-sh")).noneMatch(e -> id.equals(e.get("id")));
        assertThat(list("/api/evaluations", "applicant2")).noneMatch(e -> id.equals(e.get("id")));
    }

    @Test
    void takes_objections_only_during_the_notice_and_with_content() {
        String id = (String) apply(organization()).get("id");
        assertProblem(call(HttpMethod.POST, "/api/evaluations/" + id + "/objections", null,
                Map.of("content", "尚未公示")), HttpStatus.CONFLICT, "NOT_IN_PUBLIC_NOTICE");
        assertProblem(call(HttpMethod.POST, "/api/evaluations/no-such-evaluation/objections", null,
                Map.of("content", "不存在")), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/evaluations/" + id + "/objections", null, Map.of("content", " ")),
                HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_objection WHERE evaluation_id = ?",
                Integer.class, id)).isZero();
    }
}
