package org.socorg.platform.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socorg.platform.identity.Roles;

/**
 * Only analysts open the review and migration screens (Vaadin's own check of the views' {@code @RolesAllowed});
 * the services refuse everyone else again ({@code WorkbenchApiTest}), and the author's own approval is refused
 * by the four-eyes rule in the service.
 */
class ReviewAndMigrationViewAccessTest {

    static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();
    static final Principal SOMEONE = () -> "someone";
    static final List<Class<?>> VIEWS = List.of(ReviewQueueView.class, ReviewView.class, MigrationView.class);

    private static boolean mayOpen(Class<?> view, Set<String> roles) {
        return CHECKER.hasAccess(view, roles.isEmpty() ? null : SOMEONE, roles::contains);
    }

    @Test
    void analysts_open_the_review_queue_the_review_and_the_migration_screen() {
        VIEWS.forEach(v -> assertThat(mayOpen(v, Set.of(Roles.ANALYST))).as(v.getSimpleName()).isTrue());
    }

    @Test
    void nobody_signed_out_and_no_other_role_opens_them() {
        List<String> others = List.of(Roles.APPLICANT, Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR,
                Roles.SUPERVISOR, Roles.EXPERT, Roles.ENFORCEMENT_OFFICER, Roles.AUDITOR, Roles.ADMINISTRATOR);
        for (Class<?> view : VIEWS) {
            assertThat(mayOpen(view, Set.of())).as("signed out: " + view.getSimpleName()).isFalse();
            for (String role : others) {
                assertThat(mayOpen(view, Set.of(role))).as(role + " " + view.getSimpleName()).isFalse();
            }
            assertThat(mayOpen(view, Set.copyOf(others))).as("all other roles at once: " + view.getSimpleName())
                    .isFalse();
        }
    }
}
