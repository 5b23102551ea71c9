package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every REST journey does: call the API over real HTTP as a DEMO user ({@code X-Demo-User}), or anonymously;
 * find and decide a case's task in the inbox; let a timer fall due; and check which end events a case reached.
 */
abstract class ApiJourneySupport {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired TestRestTemplate http;
    @Autowired private ManagementService engineJobs;
    @Autowired private HistoryService engineHistory;

    ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (user != null) {
            headers.set("X-Demo-User", user);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), MAP);
    }

    /** A list answered with 200, as the user (or anonymously). */
    List<Map<String, Object>> list(String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.set("X-Demo-User", user);
        }
        ResponseEntity<List<Map<String, Object>>> r = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                LIST);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    /** The user's inbox notices of that kind about the case (business key). */
    List<Map<String, Object>> noticesOf(String user, String kind, String businessKey) {
        return list("/api/tasks/notices", user).stream()
                .filter(n -> kind.equals(n.get("kind")) && businessKey.equals(n.get("businessKey"))).toList();
    }

    /** The id of the case's task with that key in the user's inbox. */
    String inboxTask(String user, String processInstanceId, String taskKey) {
        return list("/api/tasks", user).stream()
                .filter(t -> processInstanceId.equals(t.get("processInstanceId"))
                        && taskKey.equals(t.get("taskDefinitionKey")))
                .map(t -> (String) t.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + taskKey + " of " + processInstanceId));
    }

    /** Claims the case's task with that key in the user's inbox and completes it with the decision's body. */
    void decide(String user, String processInstanceId, String taskKey, Map<String, Object> decision) {
        String id = inboxTask(user, processInstanceId, taskKey);
        ResponseEntity<Map<String, Object>> claimed = call(HttpMethod.POST, "/api/tasks/" + id + "/claim", user, null);
        assertThat(claimed.getStatusCode()).as(String.valueOf(claimed.getBody())).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map<String, Object>> done = call(HttpMethod.POST, "/api/tasks/" + id + "/complete", user,
                decision);
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Claims the task and completes it with the outcome, and the comment and form data where not null. */
    void decide(String user, String processInstanceId, String taskKey, String outcome, String comment,
            Map<String, Object> data) {
        decide(user, processInstanceId, taskKey, decision(outcome, comment, data));
    }

    /** The body of a task's completion: the outcome, and the comment and form data where not null. */
    static Map<String, Object> decision(String outcome, String comment, Map<String, Object> data) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        if (comment != null) {
            body.put("comment", comment);
        }
        if (data != null) {
            body.put("data", data);
        }
        return body;
    }

    void decide(String user, String processInstanceId, String taskKey, String outcome, String comment) {
        decide(user, processInstanceId, taskKey, outcome, comment, null);
    }

    /**
     * Runs the timer waiting at the activity (a boundary or catching timer event) now, as the job executor would
     * when it falls due: the job executor is off in the tests, and the statutory dates are weeks away.
     */
    void fireTimer(String processInstanceId, String activityId) {
        Job timer = engineJobs.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
        assertThat(timer).as("a timer waits at " + activityId).isNotNull();
        engineJobs.executeJob(timer.getId());
    }

    /** The one case of the process whose {@code creditCode} variable names the organization. */
    String engineCase(String processDefinitionKey, String creditCode) {
        var instances = engineHistory.createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
                .variableValueEquals("creditCode", creditCode).list();
        assertThat(instances).as(processDefinitionKey + " of " + creditCode).hasSize(1);
        return instances.get(0).getId();
    }

    /** The case of the process with that business key. */
    String engineCaseByKey(String processDefinitionKey, String businessKey) {
        var instance = engineHistory.createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
                .processInstanceBusinessKey(businessKey).singleResult();
        assertThat(instance).as(processDefinitionKey + " " + businessKey).isNotNull();
        return instance.getId();
    }

    /** Asserts from the engine's history that the case passed each of these end events (or other activities). */
    void assertReached(String processInstanceId, String... activityIds) {
        List<String> passed = engineHistory.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .finished().list().stream().map(a -> a.getActivityId()).toList();
        assertThat(passed).as("activities the case passed").contains(activityIds);
    }

    /** Asserts the case has ended, at the given end event. */
    void assertEndedAt(String processInstanceId, String endEventId) {
        var instance = engineHistory.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        assertThat(instance.getEndTime()).as("the case has ended").isNotNull();
        assertThat(instance.getEndActivityId()).isEqualTo(endEventId);
    }
}
