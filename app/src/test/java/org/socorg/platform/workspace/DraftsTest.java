package org.socorg.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.OTHER_APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.SHANGHAI_OFFICIAL;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportScenario;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.registration.AmendmentScenario;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class DraftsTest {

    static final String FORM = "registration-establishment-application";
    static final byte[] PDF = "%PDF-1.4\n% a tiny pdf\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    static final String CHANGE_FORM = "registration-change-application";
    static final String REPORT_FORM = "annualreport-filing";

    @Autowired Drafts drafts;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired AnnualReportService annualReports;

    @Test
    void saves_a_draft_and_resumes_it_with_its_answers_and_step() {
        Draft saved = drafts.save(APPLICANT, null, FORM, "北京市草稿基金会", Map.of("name", "北京市草稿基金会",
                "activityFunds", 4000000), 1);
        Draft updated = drafts.save(APPLICANT, saved.id(), FORM, "北京市草稿基金会",
                Map.of("name", "北京市草稿基金会", "address", "北京市海淀区"), 2);

        Draft resumed = drafts.get(APPLICANT, saved.id());
        assertThat(resumed.step()).isEqualTo(2);
        assertThat(resumed.data()).containsEntry("address", "北京市海淀区").doesNotContainKey("activityFunds");
        assertThat(resumed.createdAt()).isEqualTo(saved.createdAt());
        assertThat(drafts.mine(APPLICANT, FORM)).extracting(Draft::id).contains(updated.id());
        assertThat(drafts.mine(OTHER_APPLICANT, FORM)).extracting(Draft::id).doesNotContain(saved.id());
    }

    @Test
    void refuses_another_applicants_draft_as_not_found() {
        Draft saved = drafts.save(APPLICANT, null, FORM, null, Map.of(), 0);
        assertThatThrownBy(() -> drafts.get(OTHER_APPLICANT, saved.id())).isInstanceOf(PlatformException.class)
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> drafts.save(OTHER_APPLICANT, saved.id(), FORM, null, Map.of("name", "x"), 0))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> drafts.attach(OTHER_APPLICANT, saved.id(), "a.pdf", PDF))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> drafts.delete(OTHER_APPLICANT, saved.id()))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        assertThat(drafts.get(APPLICANT, saved.id()).data()).isEmpty();
    }

    @Test
    void refuses_drafts_to_officials() {
        assertThatThrownBy(() -> drafts.save(OFFICIAL, null, FORM, null, Map.of(), 0))
                .extracting("kind").isEqualTo(PlatformException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> drafts.mine(OFFICIAL, null))
                .extracting("kind").isEqualTo(PlatformException.Kind.FORBIDDEN);
    }

    @Test
    void accepts_pdf_and_png_and_refuses_other_types_renamed_files_and_files_over_10_mb() {
        Draft draft = drafts.save(APPLICANT, null, FORM, null, Map.of(), 0);
        assertThat(drafts.attach(APPLICANT, draft.id(), "章程.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(drafts.attach(APPLICANT, draft.id(), "photo.PNG", PNG).contentType()).isEqualTo("image/png");

        assertThatThrownBy(() -> drafts.attach(APPLICANT, draft.id(), "macro.docx", PDF))
                .extracting("code").isEqualTo("ATTACHMENT_TYPE_REFUSED");
        assertThatThrownBy(() -> drafts.attach(APPLICANT, draft.id(), "fake.pdf",
                "MZ executable".getBytes(StandardCharsets.US_ASCII)))
                .extracting("code").isEqualTo("ATTACHMENT_TYPE_REFUSED");
        byte[] big = Arrays.copyOf(PDF, (int) AttachmentRules.MAX_BYTES + 1);
        assertThatThrownBy(() -> drafts.attach(APPLICANT, draft.id(), "big.pdf", big))
                .extracting("code").isEqualTo("ATTACHMENT_TOO_LARGE");
        assertThatThrownBy(() -> drafts.attach(APPLICANT, draft.id(), "empty.pdf", new byte[0]))
                .extracting("code").isEqualTo("ATTACHMENT_EMPTY");
        // two uploads within one millisecond have no order of their own: what matters is which were kept
        assertThat(drafts.attachmentsOfDraft(APPLICANT, draft.id())).extracting(Attachment::fileName)
                .containsExactlyInAnyOrder("章程.pdf", "photo.PNG");
    }

    @Test
    void submitting_a_draft_files_the_application_moves_its_documents_and_removes_the_draft() {
        String name = "北京市工作台" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会";
        Draft draft = drafts.save(APPLICANT, null, FORM, name, Map.of("name", name), 3);
        Attachment charter = drafts.attach(APPLICANT, draft.id(), "charter.pdf", PDF);

        RegistrationApplication filed = drafts.submitEstablishment(APPLICANT, draft.id(),
                RegistrationScenario.foundation(name));

        assertThat(filed.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(drafts.mine(APPLICANT, FORM)).extracting(Draft::id).doesNotContain(draft.id());
        List<Attachment> documents = drafts.documents(OFFICIAL, filed.id());
        assertThat(documents).extracting(Attachment::id).containsExactly(charter.id());
        assertThat(drafts.content(OFFICIAL, charter.id())).isEqualTo(PDF);
        assertThat(drafts.content(APPLICANT, charter.id())).isEqualTo(PDF);
        // another authority's official and another applicant learn nothing
        assertThatThrownBy(() -> drafts.documents(SHANGHAI_OFFICIAL, filed.id()))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> drafts.content(SHANGHAI_OFFICIAL, charter.id()))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> drafts.content(OTHER_APPLICANT, charter.id()))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
    }

    @Test
    void a_refused_submission_keeps_the_draft_and_its_documents() {
        Draft draft = drafts.save(APPLICANT, null, FORM, null, Map.of(), 0);
        Attachment charter = drafts.attach(APPLICANT, draft.id(), "charter.pdf", PDF);
        assertThatThrownBy(() -> drafts.submitEstablishment(OTHER_APPLICANT, draft.id(),
                RegistrationScenario.foundation("北京市别人的基金会"))).isInstanceOf(PlatformException.class);
        assertThat(drafts.attachmentsOfDraft(APPLICANT, draft.id())).extracting(Attachment::id)
                .containsExactly(charter.id());
    }

    @Test
    void filing_a_change_from_its_draft_moves_the_resolution_to_the_application_in_one_go() {
        Organization org = AmendmentScenario.establishedFoundation(registrations, inbox, registry);
        Draft draft = drafts.save(APPLICANT, null, CHANGE_FORM, "变更", Map.of("creditCode", org.creditCode()), 1);
        Attachment resolution = drafts.attach(APPLICANT, draft.id(), "理事会决议.pdf", PDF);

        RegistrationApplication filed = drafts.file(APPLICANT, draft.id(), FiledCase.REGISTRATION,
                () -> registrations.submitChange(APPLICANT,
                        AmendmentScenario.newAddressAndRepresentative(org.creditCode())), RegistrationApplication::id);

        assertThat(filed.kind()).isEqualTo(ApplicationKind.CHANGE);
        assertThat(drafts.mine(APPLICANT, CHANGE_FORM)).extracting(Draft::id).doesNotContain(draft.id());
        assertThat(drafts.documents(OFFICIAL, filed.id())).extracting(Attachment::id).containsExactly(resolution.id());
        assertThatThrownBy(() -> drafts.documents(SHANGHAI_OFFICIAL, filed.id()))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
    }

    @Test
    void a_filing_without_documents_removes_the_draft_and_what_was_attached_to_it() {
        Draft draft = drafts.save(APPLICANT, null, REPORT_FORM, "年报", Map.of(), 2);
        Attachment stray = drafts.attach(APPLICANT, draft.id(), "stray.pdf", PDF);

        String filed = drafts.file(APPLICANT, draft.id(), null, () -> "report-1", report -> report);

        assertThat(filed).isEqualTo("report-1");
        assertThat(drafts.mine(APPLICANT, REPORT_FORM)).extracting(Draft::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> drafts.content(APPLICANT, stray.id()))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
    }

    @Test
    void a_filing_refused_half_way_leaves_nothing_it_wrote_and_keeps_the_draft() {
        Draft draft = drafts.save(APPLICANT, null, REPORT_FORM, "年报", Map.of("reportYear", 2025), 2);
        String marker = "half-written-" + UUID.randomUUID();

        assertThatThrownBy(() -> drafts.file(APPLICANT, draft.id(), FiledCase.ANNUAL_REPORT, () -> {
            // the filing has written something when the refusal comes
            drafts.save(APPLICANT, null, marker, null, Map.of(), 0);
            throw PlatformException.invalid("REFUSED", "拒绝", "Refused");
        }, report -> "never")).extracting("code").isEqualTo("REFUSED");

        assertThat(drafts.mine(APPLICANT, marker)).isEmpty();
        assertThat(drafts.get(APPLICANT, draft.id()).data()).containsEntry("reportYear", 2025);
    }

    @Test
    void filing_from_another_applicants_draft_is_refused_before_anything_is_filed() {
        Draft draft = drafts.save(APPLICANT, null, REPORT_FORM, null, Map.of(), 0);
        boolean[] ran = {false};
        assertThatThrownBy(() -> drafts.file(OTHER_APPLICANT, draft.id(), null, () -> ran[0] = true, r -> null))
                .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
        assertThat(ran[0]).isFalse();
        assertThat(drafts.get(APPLICANT, draft.id())).isNotNull();
    }

    @Test
    void an_annual_reports_documents_are_opened_by_its_authority_and_by_no_one_else() {
        Organization org = AnnualReportScenario.foundation(registry);
        int year = AnnualReportScenario.firstReportYear(org);
        AnnualReportScenario.today(LocalDate.of(year + 1, 3, 10));
        try {
            Draft draft = drafts.save(APPLICANT, null, REPORT_FORM, "年报", Map.of("creditCode", org.creditCode()), 1);
            Attachment audit = drafts.attach(APPLICANT, draft.id(), "审计报告.pdf", PDF);

            AnnualReport report = drafts.file(APPLICANT, draft.id(), FiledCase.ANNUAL_REPORT,
                    () -> annualReports.file(APPLICANT, AnnualReportScenario.filing(org, year)), AnnualReport::id);

            assertThat(drafts.documents(OFFICIAL, FiledCase.ANNUAL_REPORT, report.id())).extracting(Attachment::id)
                    .containsExactly(audit.id());
            assertThat(drafts.content(OFFICIAL, audit.id())).isEqualTo(PDF);
            // the same id read as another kind of case is no registration application
            assertThatThrownBy(() -> drafts.documents(OFFICIAL, FiledCase.REGISTRATION, report.id()))
                    .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
            assertThatThrownBy(() -> drafts.documents(SHANGHAI_OFFICIAL, FiledCase.ANNUAL_REPORT, report.id()))
                    .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
            assertThatThrownBy(() -> drafts.content(SHANGHAI_OFFICIAL, audit.id()))
                    .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
            assertThatThrownBy(() -> drafts.content(OTHER_APPLICANT, audit.id()))
                    .extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
            // the filer adds to the filed report; another applicant cannot
            Attachment more = drafts.attachToCase(APPLICANT, FiledCase.ANNUAL_REPORT, report.id(), "补充.pdf", PDF);
            assertThat(drafts.documents(OFFICIAL, FiledCase.ANNUAL_REPORT, report.id())).extracting(Attachment::id)
                    .containsExactlyInAnyOrder(audit.id(), more.id());
            assertThatThrownBy(() -> drafts.attachToCase(OTHER_APPLICANT, FiledCase.ANNUAL_REPORT, report.id(),
                    "x.pdf", PDF)).extracting("kind").isEqualTo(PlatformException.Kind.NOT_FOUND);
            assertThatThrownBy(() -> drafts.attachToCase(OFFICIAL, FiledCase.ANNUAL_REPORT, report.id(),
                    "x.pdf", PDF)).extracting("kind").isEqualTo(PlatformException.Kind.FORBIDDEN);
        } finally {
            ClockUtil.reset();
        }
    }
}
