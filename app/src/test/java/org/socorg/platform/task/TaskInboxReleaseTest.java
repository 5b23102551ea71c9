package org.socorg.platform.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.SHANGHAI_OFFICIAL;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class TaskInboxReleaseTest {

    static final Caller COLLEAGUE = new Caller("reviewer1", "周九", Set.of(Groups.REGISTRATION_OFFICIALS), "110000");

    @Autowired TaskInbox inbox;
    @Autowired RegistrationService registrations;

    private TaskSummary checkDocumentsTask() {
        RegistrationApplication filed = registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(
                "北京市退回" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会"));
        return inbox.myTasks(OFFICIAL).stream()
                .filter(t -> filed.processInstanceId().equals(t.processInstanceId())).findFirst().orElseThrow();
    }

    @Test
    void releases_a_claimed_task_so_a_colleague_of_the_same_authority_can_claim_it() {
        TaskSummary task = checkDocumentsTask();
        inbox.claim(OFFICIAL, task.id());
        assertThatThrownBy(() -> inbox.claim(COLLEAGUE, task.id())).extracting("code")
                .isEqualTo("TASK_ALREADY_CLAIMED");

        TaskSummary released = inbox.release(OFFICIAL, task.id());

        assertThat(released.assignee()).isNull();
        assertThat(inbox.claim(COLLEAGUE, task.id()).assignee()).isEqualTo(COLLEAGUE.id());
    }

    @Test
    void refuses_to_release_a_task_someone_else_holds_or_nobody_holds() {
        TaskSummary task = checkDocumentsTask();
        assertThatThrownBy(() -> inbox.release(OFFICIAL, task.id())).extracting("code").isEqualTo("TASK_NOT_CLAIMED");
        inbox.claim(OFFICIAL, task.id());
        assertThatThrownBy(() -> inbox.release(COLLEAGUE, task.id())).extracting("code")
                .isEqualTo("TASK_ALREADY_CLAIMED");
        assertThat(inbox.get(OFFICIAL, task.id()).assignee()).isEqualTo(OFFICIAL.id());
    }

    @Test
    void another_authoritys_official_cannot_release_it_and_learns_nothing() {
        TaskSummary task = checkDocumentsTask();
        inbox.claim(OFFICIAL, task.id());
        assertThatThrownBy(() -> inbox.release(SHANGHAI_OFFICIAL, task.id())).extracting("code")
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void refuses_to_release_the_applicants_own_supplement_task() {
        TaskSummary task = checkDocumentsTask();
        inbox.claim(OFFICIAL, task.id());
        inbox.complete(OFFICIAL, task.id(), new TaskDecision("SUPPLEMENT", "请补交章程", null));
        TaskSummary supplements = inbox.myTasks(APPLICANT).stream()
                .filter(t -> t.processInstanceId().equals(task.processInstanceId())).findFirst().orElseThrow();

        assertThatThrownBy(() -> inbox.release(APPLICANT, supplements.id())).extracting("code")
                .isEqualTo("TASK_NOT_RELEASABLE");
        assertThat(inbox.comments(APPLICANT, supplements.id())).extracting(TaskComment::message)
                .singleElement().asString().contains("请补交章程");
        assertThatThrownBy(() -> inbox.comments(SHANGHAI_OFFICIAL, supplements.id())).extracting("code")
                .isEqualTo("NOT_FOUND");
    }
}
