package org.socorg.platform.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A step an analyst added in the workbench is known to no feature's task handler: the inbox still offers it
 * ("done"), and completing it moves the case on to the model's next step.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class TaskInboxAddedStepTest {

    @Autowired TaskInbox inbox;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    @Test
    void a_step_no_feature_handles_offers_done_and_completing_it_reaches_the_next_step() {
        String key = "added-step-" + UUID.randomUUID().toString().substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Added").name("资格预审").camundaCandidateGroups(Groups.REGISTRATION_OFFICIALS)
                .userTask("UserTask_Next").name("审查").camundaCandidateGroups(Groups.REGISTRATION_OFFICIALS)
                .endEvent().done();
        repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        String caseId = runtime.startProcessInstanceByKey(key, Map.of(TaskInbox.DIVISION_VARIABLE, "110000"))
                .getId();

        TaskSummary added = inbox.myTasks(OFFICIAL).stream().filter(t -> caseId.equals(t.processInstanceId()))
                .findFirst().orElseThrow();
        assertThat(added.taskDefinitionKey()).isEqualTo("UserTask_Added");
        assertThat(added.outcomes()).extracting(TaskOutcome::code).containsExactly("COMPLETE");
        inbox.claim(OFFICIAL, added.id());
        assertThatThrownBy(() -> inbox.complete(OFFICIAL, added.id(), new TaskDecision("APPROVE", null, null)))
                .extracting("code").isEqualTo("UNKNOWN_OUTCOME");

        inbox.complete(OFFICIAL, added.id(), new TaskDecision("COMPLETE", null, null));

        assertThat(tasks.createTaskQuery().processInstanceId(caseId).singleResult().getTaskDefinitionKey())
                .isEqualTo("UserTask_Next");
    }
}
