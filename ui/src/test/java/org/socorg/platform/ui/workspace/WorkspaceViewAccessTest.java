package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.identity.Roles;

/**
 * Who may open which workspace view (Vaadin's own access check of the views' {@code @RolesAllowed}), and the
 * deadline badge's colours. Jurisdiction refusals inside the views come from the services (tested in the app
 * module: {@code DraftsTest}, {@code TaskInboxReleaseTest}) and end to end in {@code WorkspaceBrowserIT}.
 */
class WorkspaceViewAccessTest {

    static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();
    static final Principal SOMEONE = () -> "someone";
    static final List<Class<?>> APPLICANT_VIEWS = List.of(ApplicantHomeView.class, EstablishmentWizardView.class,
            ReceiptView.class, FilingWizardView.class, TaskFormView.class);
    static final List<Class<?>> OFFICIAL_VIEWS = List.of(InboxView.class, CaseView.class);
    static final List<Class<?>> ADMIN_VIEWS = List.of(AdminUsersView.class, CalendarView.class);

    private static boolean mayOpen(Class<?> view, Set<String> roles) {
        return CHECKER.hasAccess(view, roles.isEmpty() ? null : SOMEONE, roles::contains);
    }

    @Test
    void nobody_signed_out_opens_a_workspace_view() {
        for (Class<?> view : List.of(ApplicantHomeView.class, EstablishmentWizardView.class, ReceiptView.class,
                FilingWizardView.class, TaskFormView.class, InboxView.class, CaseView.class, AdminUsersView.class,
                CalendarView.class)) {
            assertThat(mayOpen(view, Set.of())).as(view.getSimpleName()).isFalse();
        }
    }

    @Test
    void an_applicant_opens_the_applicant_portal_but_not_the_inbox_or_administration() {
        Set<String> applicant = Set.of(Roles.APPLICANT);
        APPLICANT_VIEWS.forEach(v -> assertThat(mayOpen(v, applicant)).as(v.getSimpleName()).isTrue());
        OFFICIAL_VIEWS.forEach(v -> assertThat(mayOpen(v, applicant)).as(v.getSimpleName()).isFalse());
        ADMIN_VIEWS.forEach(v -> assertThat(mayOpen(v, applicant)).as(v.getSimpleName()).isFalse());
    }

    @Test
    void officials_open_the_inbox_and_cases_but_not_filing_or_administration() {
        for (String role : List.of(Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR)) {
            Set<String> official = Set.of(role);
            OFFICIAL_VIEWS.forEach(v -> assertThat(mayOpen(v, official)).as(role + " " + v.getSimpleName()).isTrue());
            APPLICANT_VIEWS.forEach(v -> assertThat(mayOpen(v, official)).as(role + " " + v.getSimpleName()).isFalse());
            ADMIN_VIEWS.forEach(v -> assertThat(mayOpen(v, official)).as(role + " " + v.getSimpleName()).isFalse());
        }
    }

    @Test
    void only_administrators_open_the_administration_screens() {
        ADMIN_VIEWS.forEach(v -> assertThat(mayOpen(v, Set.of(Roles.ADMINISTRATOR))).isTrue());
        ADMIN_VIEWS.forEach(v -> assertThat(mayOpen(v, Set.of(Roles.AUDITOR, Roles.ANALYST))).isFalse());
        OFFICIAL_VIEWS.forEach(v -> assertThat(mayOpen(v, Set.of(Roles.ADMINISTRATOR))).isFalse());
    }

    @Test
    void every_signed_in_user_opens_their_notices_and_nobody_signed_out_does() {
        assertThat(mayOpen(NoticesView.class, Set.of())).isFalse();
        for (String role : List.of(Roles.APPLICANT, Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR,
                Roles.SUPERVISOR, Roles.ENFORCEMENT_OFFICER, Roles.EXPERT, Roles.ANALYST, Roles.AUDITOR,
                Roles.ADMINISTRATOR)) {
            // each sees only their own: InboxNotices filters by the caller (InboxNoticesApiTest)
            assertThat(mayOpen(NoticesView.class, Set.of(role))).as(role).isTrue();
        }
    }

    @Test
    void counts_working_days_left_and_overdue_across_the_calendar() {
        WorkingDayCalendar calendar = WorkingDayCalendar.fromJson(new java.io.ByteArrayInputStream("""
                {"years": {"2026": {"holidays": ["2026-10-01", "2026-10-02"], "adjusted_working_days": []}}}
                """.getBytes()), "test");
        LocalDate monday = LocalDate.of(2026, 9, 28);
        Instant thursday = LocalDate.of(2026, 10, 1).atStartOfDay(Ui.ZONE).plusHours(12).toInstant();
        Instant nextMonday = LocalDate.of(2026, 10, 5).atStartOfDay(Ui.ZONE).plusHours(12).toInstant();
        assertThat(Deadlines.workingDaysLeft(calendar, nextMonday, monday)).as("Tue, Wed, Mon; Oct 1-2 off").isEqualTo(3);
        assertThat(Deadlines.workingDaysLeft(calendar, thursday, LocalDate.of(2026, 10, 6))).isEqualTo(-2);
        assertThat(Deadlines.workingDaysLeft(calendar, null, monday)).isNull();
    }
}
