package org.socorg.platform.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.SHANGHAI_OFFICIAL;

import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** 转办: the colleagues are the DEMO users of the test profile (reviewer1 is a Beijing registration official). */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class TaskInboxDelegationTest {

    static final Caller REVIEWER = new Caller("reviewer1", "吴审", Set.of("reviewer", Groups.REGISTRATION_OFFICIALS),
            "110000");

    @Autowired TaskInbox inbox;
    @Autowired RegistrationService registrations;
    @Autowired HistoryService history;

    private TaskSummary claimedCheckDocumentsTask() {
        RegistrationApplication filed = registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(
                "北京市转办" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会"));
        TaskSummary task = inbox.myTasks(OFFICIAL).stream()
                .filter(t -> filed.processInstanceId().equals(t.processInstanceId())).findFirst().orElseThrow();
        return inbox.claim(OFFICIAL, task.id());
    }

    @Test
    void delegates_a_held_task_to_a_colleague_who_then_finds_it_among_their_own() {
        TaskSummary task = claimedCheckDocumentsTask();

        TaskSummary delegated = inbox.delegate(OFFICIAL, task.id(), "reviewer1", "本人出差");

        assertThat(delegated.assignee()).isEqualTo("reviewer1");
        assertThat(inbox.myTasks(REVIEWER)).anyMatch(t -> t.id().equals(task.id()) && "reviewer1".equals(t.assignee()));
        assertThat(inbox.myTasks(OFFICIAL)).noneMatch(t -> t.id().equals(task.id()));
        assertThat(inbox.comments(REVIEWER, task.id())).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo("official1");
            assertThat(c.message()).isEqualTo("转办 official1 → reviewer1：本人出差");
        });
        // the engine's identity link history keeps the hand-over: to whom, and who handed it over
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task.id()).type(IdentityLinkType.ASSIGNEE)
                .operationType("add").list())
                .anyMatch(e -> "reviewer1".equals(e.getUserId()) && "official1".equals(e.getAssignerId()));
        // the colleague decides it themselves
        inbox.complete(REVIEWER, task.id(), new TaskDecision("COMPLETE", null, null));
        assertThat(inbox.myTasks(REVIEWER)).noneMatch(t -> t.id().equals(task.id()));
    }

    @Test
    void offers_as_colleagues_only_the_people_of_the_cases_authority_who_hold_the_steps_role() {
        TaskSummary task = claimedCheckDocumentsTask();

        // official-gz holds the role in Guangzhou, director1 and expert1 work in Beijing in other roles; the holder
        // is not their own colleague
        assertThat(inbox.delegationCandidates(OFFICIAL, task.id())).extracting(Caller::id).containsExactly("reviewer1");
        assertThat(inbox.delegationCandidates(OFFICIAL, task.id())).extracting(Caller::displayName)
                .doesNotContainNull();
    }

    @Test
    void lists_colleagues_only_for_the_person_holding_the_task() {
        TaskSummary task = claimedCheckDocumentsTask();

        assertThatThrownBy(() -> inbox.delegationCandidates(REVIEWER, task.id()))
                .extracting("code").isEqualTo("TASK_ALREADY_CLAIMED");
        assertThatThrownBy(() -> inbox.delegationCandidates(SHANGHAI_OFFICIAL, task.id()))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        inbox.release(OFFICIAL, task.id());
        assertThatThrownBy(() -> inbox.delegationCandidates(OFFICIAL, task.id()))
                .extracting("code").isEqualTo("TASK_NOT_CLAIMED");
    }

    @Test
    void refuses_a_colleague_of_another_authority_with_403() {
        TaskSummary task = claimedCheckDocumentsTask();

        assertThatThrownBy(() -> inbox.delegate(OFFICIAL, task.id(), "official-gz", null))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PlatformException.Kind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("DELEGATE_OUTSIDE_JURISDICTION");
                    assertThat(e.messageZh()).contains("official-gz");
                    assertThat(e.messageEn()).contains("official-gz");
                });
        assertThat(inbox.get(OFFICIAL, task.id()).assignee()).isEqualTo("official1");
    }

    @Test
    void refuses_a_colleague_the_step_is_not_offered_to_with_409() {
        TaskSummary task = claimedCheckDocumentsTask();

        assertThatThrownBy(() -> inbox.delegate(OFFICIAL, task.id(), "director1", null))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PlatformException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("DELEGATE_NOT_CANDIDATE");
                });
        assertThat(inbox.comments(OFFICIAL, task.id())).isEmpty();
    }

    @Test
    void refuses_an_unknown_colleague_and_oneself() {
        TaskSummary task = claimedCheckDocumentsTask();

        assertThatThrownBy(() -> inbox.delegate(OFFICIAL, task.id(), "nobody-here", null)).extracting("code")
                .isEqualTo("DELEGATE_UNKNOWN");
        assertThatThrownBy(() -> inbox.delegate(OFFICIAL, task.id(), "official1", null)).extracting("code")
                .isEqualTo("DELEGATE_TO_SELF");
    }

    @Test
    void only_the_holder_may_delegate_and_other_authorities_learn_nothing() {
        TaskSummary task = claimedCheckDocumentsTask();

        assertThatThrownBy(() -> inbox.delegate(REVIEWER, task.id(), "official1", null)).extracting("code")
                .isEqualTo("TASK_ALREADY_CLAIMED");
        assertThatThrownBy(() -> inbox.delegate(SHANGHAI_OFFICIAL, task.id(), "official-sh", null))
                .extracting("code").isEqualTo("NOT_FOUND");
        inbox.release(OFFICIAL, task.id());
        assertThatThrownBy(() -> inbox.delegate(OFFICIAL, task.id(), "reviewer1", null)).extracting("code")
                .isEqualTo("TASK_NOT_CLAIMED");
    }
}
