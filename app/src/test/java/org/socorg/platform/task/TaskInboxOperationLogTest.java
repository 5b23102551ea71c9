package org.socorg.platform.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.AuditedEntry;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Filing and inbox actions write no Camunda user operation log (ACT_HI_OP_LOG), which nothing in the platform reads;
 * who acted stays on record where the platform keeps it: the audit log's actor and start user, and the engine's
 * identity link history for claims. The engine's own API (used by the Camunda webapp) still logs its operations.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class TaskInboxOperationLogTest {

    @Autowired TaskInbox inbox;
    @Autowired RegistrationService registrations;
    @Autowired HistoryService history;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired AuditLog audit;

    @Test
    void filing_claiming_and_completing_leave_the_actor_in_the_audit_log_and_identity_history_not_the_operation_log() {
        RegistrationApplication filed = registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(
                "北京市操作日志" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会"));
        TaskSummary task = inbox.myTasks(OFFICIAL).stream()
                .filter(t -> filed.processInstanceId().equals(t.processInstanceId())).findFirst().orElseThrow();

        inbox.claim(OFFICIAL, task.id());
        inbox.complete(OFFICIAL, task.id(), new TaskDecision("COMPLETE", null, null));

        assertThat(history.createUserOperationLogQuery().processInstanceId(filed.processInstanceId()).count())
                .isZero();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task.id()).type(IdentityLinkType.ASSIGNEE)
                .operationType("add").list())
                .anyMatch(e -> OFFICIAL.id().equals(e.getUserId()) && OFFICIAL.id().equals(e.getAssignerId()));
        List<AuditedEntry> trail = audit.caseTrail(filed.id());
        assertThat(trail).anyMatch(e -> "process.started".equals(e.fields().get("kind"))
                && APPLICANT.id().equals(e.fields().get("actor")));
        assertThat(trail).anyMatch(e -> "task.completed".equals(e.fields().get("kind"))
                && task.taskDefinitionKey().equals(e.fields().get("element"))
                && OFFICIAL.id().equals(e.fields().get("actor")));
    }

    @Test
    void the_engine_api_itself_still_writes_its_operation_log() {
        RegistrationApplication filed = registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(
                "北京市引擎日志" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会"));
        String taskId = taskService.createTaskQuery().processInstanceId(filed.processInstanceId()).singleResult()
                .getId();
        identityService.setAuthenticatedUserId(OFFICIAL.id());
        try {
            taskService.claim(taskId, OFFICIAL.id());
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(history.createUserOperationLogQuery().taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).list())
                .singleElement().satisfies(e -> assertThat(e.getUserId()).isEqualTo(OFFICIAL.id()));
    }
}
