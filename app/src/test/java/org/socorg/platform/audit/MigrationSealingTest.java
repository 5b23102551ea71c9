package org.socorg.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.workbench.InstanceMigration;
import org.socorg.platform.workbench.Migrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Migrations are sealed as their own entries: each case moved names the analyst, the case, both versions and the
 * mapping; a dry run and a case the engine refuses leave nothing in the log.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class MigrationSealingTest {

    static final Caller ANALYST = new Caller("analyst1", "analyst1", Set.of(Roles.ANALYST), "100000");

    @Autowired Migrations migrations;
    @Autowired AuditLog audit;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    static String process(String key, boolean withReview) {
        String review = withReview ? """
                <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_Check" targetRef="UserTask_Review"/>
                <bpmn:userTask id="UserTask_Review" camunda:candidateGroups="registration-officials"/>
                <bpmn:sequenceFlow id="Flow_3" sourceRef="UserTask_Review" targetRef="EndEvent_Done"/>
                """ : """
                <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_Check" targetRef="EndEvent_Done"/>
                """;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="x">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Filed"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Filed" targetRef="UserTask_Check"/>
                    <bpmn:userTask id="UserTask_Check" camunda:candidateGroups="registration-officials"/>
                    %s
                    <bpmn:endEvent id="EndEvent_Done"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, review);
    }

    String deploy(String key, boolean withReview) {
        String deployment = repository.createDeployment().addString(key + ".bpmn", process(key, withReview))
                .deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_migrated_case_is_sealed_with_the_analyst_both_versions_and_the_mapping_and_nothing_else_is() {
        String key = "seal-migration-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = deploy(key, true);
        String v2 = deploy(key, false);
        String waitingAtCheck = runtime.startProcessInstanceById(v1, key + "-a").getId();
        String waitingAtReview = runtime.startProcessInstanceById(v1, key + "-b").getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(waitingAtReview).singleResult().getId());

        long before = audit.size();
        List<InstanceMigration> dry = migrations.dryRun(ANALYST, v1, v2, null, null);
        assertThat(dry).hasSize(2);
        assertThat(audit.size()).as("a dry run seals nothing").isEqualTo(before);

        List<InstanceMigration> done = migrations.execute(ANALYST, v1, v2, null, null);
        assertThat(done).filteredOn(InstanceMigration::migrated).extracting(InstanceMigration::processInstanceId)
                .containsExactly(waitingAtCheck);
        assertThat(done).filteredOn(m -> !m.migrated()).singleElement()
                .satisfies(m -> assertThat(m.problems()).isNotEmpty());

        assertThat(audit.caseTrail(key + "-b")).as("the refused case").noneMatch(e ->
                "process.migrated".equals(e.fields().get("kind")));
        List<AuditedEntry> sealed = audit.caseTrail(key + "-a").stream()
                .filter(e -> "process.migrated".equals(e.fields().get("kind"))).toList();
        assertThat(sealed).singleElement().satisfies(e -> {
            assertThat(e.seq()).isGreaterThanOrEqualTo(before);
            assertThat(e.fields()).containsEntry("actor", "analyst1")
                    .containsEntry("processInstance", waitingAtCheck)
                    .containsEntry("process", key + ":2")
                    .containsEntry("element", key + ":1")
                    .containsEntry("elementType", "migration")
                    .containsEntry("outcome", key + ":1 → " + key + ":2")
                    .doesNotContainKey("ref");
        });
        // the sealed data says where the case waited and how it was mapped
        assertThat(org.socorg.auditlog.Json.parseObject(
                jdbcData(sealed.get(0).seq()))).containsEntry("sourceDefinitionId", v1)
                .containsEntry("targetDefinitionId", v2)
                .containsEntry("activeActivities", List.of("UserTask_Check"))
                .satisfies(d -> assertThat((List<Map<String, Object>>) d.get("instructions"))
                        .anySatisfy(i -> assertThat(i).containsEntry("source", "UserTask_Check")
                                .containsEntry("target", "UserTask_Check")));
        assertThat(audit.reconcile().mismatches()).noneMatch(m -> m.seq() == sealed.get(0).seq());
    }

    @Test
    void an_error_boundary_event_is_no_place_a_case_waits_and_is_not_listed_as_without_a_target() {
        // the engine maps no error boundary events (no case ever stays at one); the plan must not tell the analyst
        // that cases "staying" there cannot move, while a step the target lacks still is listed
        String key = "plan-error-boundary-" + UUID.randomUUID().toString().substring(0, 8);
        String withErrorBoundary = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="x">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Filed"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Filed" targetRef="UserTask_Check"/>
                    <bpmn:userTask id="UserTask_Check" camunda:candidateGroups="registration-officials"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_Check" targetRef="UserTask_Register"/>
                    <bpmn:userTask id="UserTask_Register" camunda:candidateGroups="registration-officials"/>
                    <bpmn:boundaryEvent id="BoundaryEvent_NameTaken" attachedToRef="UserTask_Register">
                      <bpmn:errorEventDefinition id="ErrorEventDefinition_1" errorRef="Error_1"/>
                    </bpmn:boundaryEvent>
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="UserTask_Register" targetRef="EndEvent_Done"/>
                    <bpmn:sequenceFlow id="Flow_4" sourceRef="BoundaryEvent_NameTaken" targetRef="EndEvent_Done"/>
                    <bpmn:endEvent id="EndEvent_Done"/>
                  </bpmn:process>
                  <bpmn:error id="Error_1" errorCode="NAME_TAKEN"/>
                </bpmn:definitions>
                """.formatted(key);
        String v1 = repository.createProcessDefinitionQuery().deploymentId(repository.createDeployment()
                .addString(key + ".bpmn", withErrorBoundary).deploy().getId()).singleResult().getId();
        String v2 = repository.createProcessDefinitionQuery().deploymentId(repository.createDeployment()
                .addString(key + ".bpmn", withErrorBoundary).deploy().getId()).singleResult().getId();
        assertThat(migrations.plan(ANALYST, v1, v2, null).unmappedSourceActivities()).isEmpty();

        String without = deploy(key, false); // no UserTask_Register, no boundary event
        assertThat(migrations.plan(ANALYST, v1, without, null).unmappedSourceActivities())
                .containsExactly("UserTask_Register");
    }

    @Test
    void the_seal_of_a_deployment_is_found_by_its_deployment() {
        String key = "seal-deployment-" + UUID.randomUUID().toString().substring(0, 8);
        String definition = deploy(key, true);
        String deploymentId = repository.getProcessDefinition(definition).getDeploymentId();

        assertThat(audit.sealOf("deployment:" + deploymentId)).hasValueSatisfying(e -> assertThat(e.fields())
                .containsEntry("kind", "deployment.created").containsEntry("ref", "deployment:" + deploymentId));
        assertThat(audit.sealOf("deployment:no-such-deployment")).isEmpty();
    }

    String jdbcData(long seq) {
        return jdbc.queryForObject("SELECT data_json FROM audit_entry WHERE seq = ?", String.class, seq);
    }
}
