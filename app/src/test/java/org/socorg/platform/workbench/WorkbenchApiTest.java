package org.socorg.platform.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The analyst workbench over HTTP: deployed models, four-eyes deployment of a changed model and migration of a
 * running case onto the new version, whose next task then reaches the new candidate group. Uses a sample process
 * of its own so the shipped processes (which other tests start by key) stay at their version.
 */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class WorkbenchApiTest {

    static final ParameterizedTypeReference<Object> ANY = new ParameterizedTypeReference<>() { };

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired RepositoryService repository;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    static String sample(String key, String reviewGroups) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://socorg.org/bpmn">
                  <bpmn:process id="%1$s" name="Sample review" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_Filed"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Filed" targetRef="UserTask_CheckDocuments"/>
                    <bpmn:userTask id="UserTask_CheckDocuments" name="Check documents"
                        camunda:candidateGroups="registration-officials"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_CheckDocuments" targetRef="UserTask_Review"/>
                    <bpmn:userTask id="UserTask_Review" name="Review" camunda:candidateGroups="%2$s"/>
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="UserTask_Review" targetRef="EndEvent_Done"/>
                    <bpmn:endEvent id="EndEvent_Done"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, reviewGroups);
    }

    ResponseEntity<Object> call(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (user != null) {
            headers.set("X-Demo-User", user);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), ANY);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(ResponseEntity<Object> r) {
        return (Map<String, Object>) r.getBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(ResponseEntity<Object> r) {
        return (List<Map<String, Object>>) r.getBody();
    }

    /** A draft by analyst1, approved by analyst2: the deployed definition id. */
    String deployThroughReview(String fileName, String content) {
        ResponseEntity<Object> created = call(HttpMethod.POST, "/api/workbench/drafts", "analyst1",
                Map.of("fileName", fileName, "content", content));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String draftId = (String) map(created).get("id");
        assertThat(call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/submit", "analyst1", null)
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Object> approved = call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/approve",
                "analyst2", Map.of("comment", "可以"));
        assertThat(approved.getStatusCode().value()).as("%s", approved.getBody()).isEqualTo(200);
        assertThat(map(approved)).containsEntry("status", "DEPLOYED");
        String deploymentId = (String) map(approved).get("deploymentId");
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    }

    @Test
    void lists_every_deployed_version_with_who_deployed_it_and_its_running_cases() {
        String key = "wb-list-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = deployThroughReview(key + ".bpmn", sample(key, "registration-officials"));
        runtime.startProcessInstanceById(v1, Map.of("divisionCode", "110000", "applicationId", "x"));

        List<Map<String, Object>> models = list(call(HttpMethod.GET, "/api/workbench/models", "analyst1", null));
        assertThat(models).filteredOn(m -> key.equals(m.get("key"))).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("kind", "BPMN").containsEntry("version", 1)
                    .containsEntry("deployedBy", "analyst1").containsEntry("approvedBy", "analyst2")
                    .containsEntry("runningInstances", 1);
        });
        assertThat(models).anySatisfy(m -> assertThat(m).containsEntry("key", "registration-establishment")
                .containsEntry("deployedBy", "system"));
        assertThat(models).anySatisfy(m -> assertThat(m).containsEntry("kind", "DMN")
                .containsEntry("key", "registration-name-rules"));
        assertThat(models).anySatisfy(m -> assertThat(m).containsEntry("kind", "FORM")
                .containsEntry("key", "registration-review"));

        ResponseEntity<String> source = http.exchange("/api/workbench/models/" + v1 + "/source", HttpMethod.GET,
                new HttpEntity<>(headers("analyst1")), String.class);
        assertThat(source.getStatusCode().value()).isEqualTo(200);
        assertThat(source.getBody()).contains("id=\"" + key + "\"");
        assertThat(source.getHeaders().getContentDisposition().getFilename()).isEqualTo(key + ".bpmn");
    }

    static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Demo-User", user);
        return headers;
    }

    @Test
    void a_second_analyst_approves_the_new_version_and_a_running_case_migrates_to_the_new_inbox() {
        String key = "wb-flow-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = deployThroughReview(key + ".bpmn", sample(key, "registration-officials"));
        String caseId = runtime.startProcessInstanceById(v1, key + "-case",
                Map.of("divisionCode", "110000", "applicationId", key + "-case")).getId();

        // analyst1 changes who reviews, starting from the deployed version
        ResponseEntity<Object> created = call(HttpMethod.POST, "/api/workbench/drafts", "analyst1",
                Map.of("baseDefinitionId", v1, "content", sample(key, "registration-directors")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String draftId = (String) map(created).get("id");
        assertThat(map(created)).containsEntry("status", "DRAFT").containsEntry("baseDefinitionId", v1);
        assertThat(call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/approve", "analyst2", null)
                .getStatusCode().value()).as("not submitted yet").isEqualTo(409);
        assertThat(call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/submit", "analyst1", null)
                .getStatusCode().value()).isEqualTo(200);

        ResponseEntity<Object> own = call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/approve",
                "analyst1", null);
        assertThat(own.getStatusCode().value()).isEqualTo(403);
        assertThat(map(own)).containsEntry("code", "FOUR_EYES");

        List<Map<String, Object>> diff = list(call(HttpMethod.GET, "/api/workbench/drafts/" + draftId + "/diff",
                "analyst2", null));
        assertThat(diff).singleElement().satisfies(change -> {
            assertThat(change).containsEntry("elementId", "UserTask_Review").containsEntry("change", "CHANGED");
            assertThat((List<Object>) change.get("changedAttributes")).containsExactly("candidateGroups");
        });

        long sealsBefore = audit.size();
        ResponseEntity<Object> approved = call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/approve",
                "analyst2", Map.of("comment", "审核通过"));
        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        String v2 = repository.createProcessDefinitionQuery().deploymentId((String) map(approved).get("deploymentId"))
                .singleResult().getId();
        assertThat(repository.getProcessDefinition(v2).getVersion()).isEqualTo(2);
        // the deployment is sealed, naming the approving analyst
        assertThat(jdbc.queryForList("SELECT entry_json FROM audit_entry WHERE seq >= ? AND kind = 'deployment.created'",
                String.class, sealsBefore)).singleElement().satisfies(e -> assertThat(e).contains("\"actor\":\"analyst2\""));

        Map<String, Object> planRequest = Map.of("sourceDefinitionId", v1, "targetDefinitionId", v2);
        Map<String, Object> plan = map(call(HttpMethod.POST, "/api/workbench/migrations/plan", "analyst1", planRequest));
        assertThat((List<Map<String, Object>>) plan.get("instructions")).extracting(i -> i.get("sourceActivityId"))
                .contains("UserTask_CheckDocuments", "UserTask_Review");

        List<Map<String, Object>> dry = list(call(HttpMethod.POST, "/api/workbench/migrations/dry-run", "analyst1",
                planRequest));
        assertThat(dry).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("processInstanceId", caseId).containsEntry("migrated", false);
            assertThat((List<?>) r.get("problems")).isEmpty();
            assertThat((List<Object>) r.get("activeActivities")).containsExactly("UserTask_CheckDocuments");
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult()
                .getProcessDefinitionId()).as("a dry run changes nothing").isEqualTo(v1);

        List<Map<String, Object>> done = list(call(HttpMethod.POST, "/api/workbench/migrations/execute", "analyst1",
                planRequest));
        assertThat(done).singleElement().satisfies(r -> assertThat(r).containsEntry("migrated", true));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2);

        // the case continues on the new version: its review is now offered to the directors
        String check = tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
        tasks.complete(check);
        var review = tasks.createTaskQuery().processInstanceId(caseId).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("UserTask_Review");
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("registration-directors");

        // and rolls back by migrating back where the engine allows it
        List<Map<String, Object>> back = list(call(HttpMethod.POST, "/api/workbench/migrations/execute", "analyst1",
                Map.of("sourceDefinitionId", v2, "targetDefinitionId", v1)));
        assertThat(back).singleElement().satisfies(r -> assertThat(r).containsEntry("migrated", true));
    }

    @Test
    void each_platform_rule_names_the_element_that_breaks_it() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="http://socorg.org/bpmn">
                  <bpmn:process id="wb-broken" isExecutable="true">
                    <bpmn:startEvent id="StartEvent_1"/>
                    <bpmn:sequenceFlow id="F0" sourceRef="StartEvent_1" targetRef="Gateway_Which"/>
                    <bpmn:exclusiveGateway id="Gateway_Which"/>
                    <bpmn:sequenceFlow id="F1" name="yes" sourceRef="Gateway_Which" targetRef="UserTask_Nobody">
                      <bpmn:conditionExpression>${true}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="F2" sourceRef="Gateway_Which" targetRef="ServiceTask_Missing">
                      <bpmn:conditionExpression>${false}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:userTask id="UserTask_Nobody" camunda:candidateGroups="no-such-group"
                        camunda:formRef="no-such-form" camunda:formRefBinding="latest"/>
                    <bpmn:serviceTask id="ServiceTask_Missing" camunda:delegateExpression="${noSuchBean}"/>
                    <bpmn:userTask id="UserTask_Orphan"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        List<Map<String, Object>> problems = list(call(HttpMethod.POST, "/api/workbench/check", "analyst1",
                Map.of("fileName", "broken.bpmn", "content", broken)));
        assertThat(problems).extracting(p -> p.get("rule") + "@" + p.get("elementId")).contains(
                "history-time-to-live@wb-broken", "gateway-default-flow@Gateway_Which",
                "gateway-flow-named@F2", "candidate-groups@UserTask_Nobody", "form-exists@UserTask_Nobody",
                "delegate-bean@ServiceTask_Missing", "candidate-groups@UserTask_Orphan");
        assertThat(problems).allSatisfy(p -> assertThat((String) p.get("messageEn")).doesNotContain("Exception"));

        // the shipped models pass every rule
        for (String id : List.of("registration-establishment")) {
            String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(id).latestVersion()
                    .singleResult().getId();
            String xml = http.exchange("/api/workbench/models/" + definitionId + "/source", HttpMethod.GET,
                    new HttpEntity<>(headers("analyst1")), String.class).getBody();
            assertThat(list(call(HttpMethod.POST, "/api/workbench/check", "analyst1",
                    Map.of("fileName", id + ".bpmn", "content", xml))))
                    .filteredOn(p -> "ERROR".equals(p.get("severity"))).isEmpty();
        }
    }

    @Test
    void a_draft_with_errors_cannot_be_submitted_and_the_answer_lists_them() {
        String key = "wb-err-" + UUID.randomUUID().toString().substring(0, 8);
        String content = sample(key, "nobody-group");
        String draftId = (String) map(call(HttpMethod.POST, "/api/workbench/drafts", "analyst1",
                Map.of("fileName", key + ".bpmn", "content", content))).get("id");
        ResponseEntity<Object> submitted = call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/submit",
                "analyst1", null);
        assertThat(submitted.getStatusCode().value()).isEqualTo(409);
        assertThat(map(submitted)).containsEntry("code", "MODEL_HAS_ERRORS");
        assertThat((List<Map<String, Object>>) map(submitted).get("problems")).extracting(p -> p.get("elementId"))
                .containsExactly("UserTask_Review");

        // the author corrects it and submits again; another analyst may not edit it
        assertThat(call(HttpMethod.PUT, "/api/workbench/drafts/" + draftId, "analyst2",
                Map.of("content", sample(key, "registration-officials"))).getStatusCode().value()).isEqualTo(403);
        assertThat(call(HttpMethod.PUT, "/api/workbench/drafts/" + draftId, "analyst1",
                Map.of("content", sample(key, "registration-officials"))).getStatusCode().value()).isEqualTo(200);
        assertThat(call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/submit", "analyst1", null)
                .getStatusCode().value()).isEqualTo(200);
        // sent back without a reason: refused; with one: rejected, and the author may edit again
        assertThat(call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/reject", "analyst2", null)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(map(call(HttpMethod.POST, "/api/workbench/drafts/" + draftId + "/reject", "analyst2",
                Map.of("comment", "请补充说明")))).containsEntry("status", "REJECTED").containsEntry("reviewer", "analyst2");
    }

    @Test
    void only_analysts_may_use_the_workbench_and_bad_input_gets_a_clear_answer() {
        for (String user : List.of("official1", "director1", "applicant1", "auditor1", "admin1")) {
            assertThat(call(HttpMethod.GET, "/api/workbench/models", user, null).getStatusCode().value())
                    .as(user).isEqualTo(403);
            assertThat(call(HttpMethod.POST, "/api/workbench/drafts", user,
                    Map.of("fileName", "x.bpmn", "content", "<x/>")).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(call(HttpMethod.GET, "/api/workbench/models", null, null).getStatusCode().value()).isEqualTo(401);
        assertThat(call(HttpMethod.GET, "/api/workbench/drafts/no-such-draft", "analyst1", null).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(call(HttpMethod.GET, "/api/workbench/models/no-such-id/source", "analyst1", null)
                .getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Object> wrongKind = call(HttpMethod.POST, "/api/workbench/drafts", "analyst1",
                Map.of("fileName", "notes.txt", "content", "hello"));
        assertThat(wrongKind.getStatusCode().value()).isEqualTo(400);
        assertThat(map(wrongKind)).containsEntry("code", "UNSUPPORTED_MODEL_FILE");
        // a path in the file name is dropped: a draft cannot shadow another resource
        assertThat(map(call(HttpMethod.POST, "/api/workbench/drafts", "analyst1",
                Map.of("fileName", "../../forms/registration/审查.bpmn", "content", "<x/>"))))
                .containsEntry("resourceName", "processes/workbench/审查.bpmn");
        assertThat(call(HttpMethod.POST, "/api/workbench/drafts", "analyst1",
                Map.of("fileName", "a<b>.bpmn", "content", "<x/>")).getStatusCode().value()).isEqualTo(400);
        List<Map<String, Object>> notXml = list(call(HttpMethod.POST, "/api/workbench/check", "analyst1",
                Map.of("fileName", "x.bpmn", "content", "this is not xml")));
        assertThat(notXml).isNotEmpty().allSatisfy(p -> assertThat(p).containsEntry("severity", "ERROR"));
        assertThat(call(HttpMethod.POST, "/api/workbench/migrations/plan", "analyst1",
                Map.of("sourceDefinitionId", "nope", "targetDefinitionId", "nope2")).getStatusCode().value())
                .isEqualTo(404);
    }
}
