package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.socorg.platform.audit.AuditedEntry;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.forms.Texts;

/** A case history names people as people see them, never by the user names the audit log keeps. */
class CaseTimelineTest {

    private static final Texts ZH = Texts.of(Texts.CHINESE);

    private static AuditedEntry step(long seq, String kind, String actor) {
        return new AuditedEntry(seq, "{}", "ab" + seq, Map.of("kind", kind, "element", "UserTask_CheckDocuments",
                "outcome", "COMPLETE", "time", "2026-12-01T02:00:00Z", "actor", actor));
    }

    private static String rendered(Function<String, Optional<ManagedUser>> directory, AuditedEntry... steps) {
        return CaseTimeline.render(ZH, List.of(steps), new PersonNames(directory)).getElement().getTextRecursively();
    }

    @Test
    void names_officials_by_their_display_names() {
        Function<String, Optional<ManagedUser>> directory = username -> Optional.of(
                new ManagedUser(username, "李四", "DEMO", null, true, "110000", Set.of()));
        String text = rendered(directory, step(1, "process.started", "applicant1"), step(2, "task.completed", "official1"));

        assertThat(text).contains("办理人 李四 DEMO", "申请人").doesNotContain("official1", "applicant1");
    }

    @Test
    void calls_someone_the_directory_no_longer_knows_a_staff_member_and_the_engine_the_system() {
        String text = rendered(username -> Optional.empty(), step(1, "task.completed", "left-last-year"),
                step(2, "task.completed", "system"));

        assertThat(text).contains("办理人 登记机关工作人员", "办理人 系统").doesNotContain("left-last-year");
    }

    @Test
    void still_shows_the_history_when_the_sign_on_service_cannot_be_asked() {
        Function<String, Optional<ManagedUser>> down = username -> {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE",
                    "统一身份认证服务暂不可用", "The sign-on service is unavailable");
        };
        String text = rendered(down, step(1, "task.completed", "official1"), step(2, "task.completed", "official1"));

        assertThat(text).contains("办理人 登记机关工作人员", "存证 #1", "存证 #2").doesNotContain("official1");
    }

    @Test
    void asks_the_directory_once_per_person_for_a_whole_history() {
        int[] asked = {0};
        PersonNames names = new PersonNames(username -> {
            asked[0]++;
            return Optional.of(new ManagedUser(username, "王五", null, null, true, null, Set.of()));
        });
        CaseTimeline.render(ZH, List.of(step(1, "task.completed", "official1"), step(2, "task.completed", "official1"),
                step(3, "task.completed", "director1")), names);

        assertThat(asked[0]).isEqualTo(2);
    }
}
