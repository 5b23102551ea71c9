package org.socorg.platform.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.DIRECTOR;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.SHANGHAI_OFFICIAL;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Who may see a task by its id: its assignee, or a member of a group it is offered to, in the case's jurisdiction. */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class TaskInboxVisibilityTest {

    @Autowired TaskInbox inbox;
    @Autowired RegistrationService registrations;

    private TaskSummary checkDocumentsTask() {
        RegistrationApplication filed = registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(
                "北京市可见" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会"));
        return inbox.myTasks(OFFICIAL).stream()
                .filter(t -> filed.processInstanceId().equals(t.processInstanceId())).findFirst().orElseThrow();
    }

    @Test
    void a_member_of_the_offered_group_in_the_jurisdiction_sees_and_claims_it() {
        TaskSummary task = checkDocumentsTask();
        assertThat(inbox.get(OFFICIAL, task.id()).assignee()).isNull();
        assertThat(inbox.claim(OFFICIAL, task.id()).assignee()).isEqualTo(OFFICIAL.id());
        assertThat(inbox.get(OFFICIAL, task.id()).taskDefinitionKey()).isEqualTo("UserTask_CheckDocuments");
    }

    @Test
    void the_same_authoritys_director_is_not_offered_the_officials_task_and_learns_nothing() {
        TaskSummary task = checkDocumentsTask();
        assertThatThrownBy(() -> inbox.get(DIRECTOR, task.id())).extracting("code").isEqualTo("NOT_FOUND");
        assertThatThrownBy(() -> inbox.claim(DIRECTOR, task.id())).extracting("code").isEqualTo("NOT_FOUND");
    }

    @Test
    void another_jurisdictions_official_of_the_offered_group_learns_nothing() {
        TaskSummary task = checkDocumentsTask();
        assertThatThrownBy(() -> inbox.claim(SHANGHAI_OFFICIAL, task.id())).extracting("code").isEqualTo("NOT_FOUND");
    }

    @Test
    void a_caller_in_no_group_sees_only_what_is_assigned_to_them() {
        TaskSummary task = checkDocumentsTask();
        Caller nobody = new Caller("visitor1", "访客", Set.of(), "110000");
        assertThatThrownBy(() -> inbox.get(nobody, task.id())).extracting("code").isEqualTo("NOT_FOUND");
        inbox.claim(OFFICIAL, task.id());
        Caller holder = new Caller(OFFICIAL.id(), OFFICIAL.displayName(), Set.of(), null);
        assertThat(inbox.get(holder, task.id()).assignee()).isEqualTo(OFFICIAL.id());
    }

    @Test
    void the_authority_view_shows_a_task_a_colleague_holds_which_my_own_list_leaves_out_and_no_other_jurisdictions() {
        TaskSummary task = checkDocumentsTask();
        Caller colleague = new Caller("official9", "同事", OFFICIAL.groups(), OFFICIAL.divisionCode());
        inbox.claim(colleague, task.id());

        assertThat(inbox.myTasks(OFFICIAL)).extracting(TaskSummary::id).doesNotContain(task.id());
        assertThat(inbox.authorityTasks(OFFICIAL)).filteredOn(t -> t.id().equals(task.id()))
                .singleElement().extracting(TaskSummary::assignee).isEqualTo("official9");
        assertThat(inbox.authorityTasks(SHANGHAI_OFFICIAL)).extracting(TaskSummary::id).doesNotContain(task.id());
        assertThat(inbox.authorityTasks(DIRECTOR)).as("not offered to directors").extracting(TaskSummary::id)
                .doesNotContain(task.id());
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThatThrownBy(() -> inbox.get(OFFICIAL, "no-such-task")).extracting("code").isEqualTo("NOT_FOUND");
    }
}
