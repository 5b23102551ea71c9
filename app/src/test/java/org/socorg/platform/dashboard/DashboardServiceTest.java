package org.socorg.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.dashboard.Dashboard.CreditListCount;
import org.socorg.platform.dashboard.Dashboard.FlowCases;
import org.socorg.platform.dashboard.Dashboard.FlowTasks;
import org.socorg.platform.dashboard.Dashboard.OrganizationCount;
import org.socorg.platform.dashboard.Dashboard.ProvinceOrganizations;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard's figures for cases filed, decided and listed through the real services (H2), per jurisdiction.
 * The test database is shared with the other tests of the run, so every figure is asserted as the difference
 * between a dashboard taken before and one taken after, at the same moment.
 */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardServiceTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-09-07, 10:00: the 5-working-day acceptance limit of a case filed then ends on Monday 09-14. */
    static final Instant FILED = LocalDate.of(2026, 9, 7).atTime(10, 0).atZone(ZONE).toInstant();
    static final Instant THURSDAY = LocalDate.of(2026, 9, 10).atTime(10, 0).atZone(ZONE).toInstant();
    static final Instant NEXT_WEDNESDAY = LocalDate.of(2026, 9, 16).atTime(10, 0).atZone(ZONE).toInstant();

    static final Caller GUANGZHOU = new Caller("official-gz", "周九", Set.of(Groups.REGISTRATION_OFFICIALS), "440100");
    static final Caller GUANGZHOU_DIRECTOR = new Caller("director-gz", "广局", Set.of(Groups.REGISTRATION_DIRECTORS),
            "440100");
    static final Caller SHENZHEN = new Caller("official-sz", "深官", Set.of(Groups.REGISTRATION_OFFICIALS), "440300");
    static final Caller GUANGDONG = new Caller("reviewer-gd", "粤审",
            Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS), "440000");
    static final Caller NATIONAL_AUDITOR = new Caller("auditor1", "沈审", Set.of(Roles.AUDITOR, Groups.AUDITORS),
            "100000");
    static final Caller ENFORCER = new Caller("enforcer1", "冯执", Set.of(Groups.ENFORCEMENT_OFFICERS), "110000");

    @Autowired DashboardService dashboards;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static EstablishmentRequest foundation(String division, String city) {
        return new EstablishmentRequest(OrganizationType.FOUNDATION, OrganizationScope.LOCAL,
                city + "看板" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会", division,
                city + "教育局", "王青禾", new BigDecimal("4000000"), 0, 0, true, city + "天河路1号", "资助困难学生");
    }

    private RegistrationApplication file(String division, String city) {
        ClockUtil.setCurrentTime(java.util.Date.from(FILED));
        return registrations.submitEstablishment(RegistrationScenario.APPLICANT, foundation(division, city));
    }

    private void approve(RegistrationApplication filed) {
        String pid = filed.processInstanceId();
        RegistrationScenario.complete(inbox, GUANGZHOU, pid, "UserTask_CheckDocuments", "COMPLETE", null);
        RegistrationScenario.complete(inbox, GUANGZHOU, pid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL",
                "符合条件");
        RegistrationScenario.complete(inbox, GUANGZHOU_DIRECTOR, pid, "UserTask_DecideRegistration", "APPROVE", null);
    }

    private void list(String division, CreditList list, LocalDate removedOn) {
        jdbc.update("""
                INSERT INTO credit_listing (credit_code, list_type, reason_code, reason, legal_basis, division_code,
                  listed_on, listed_by, source, removed_on, created_at)
                VALUES (?, ?, 'ANNUAL_REPORT_NOT_FILED', '未按时报送年度工作报告', '《社会组织信用信息管理办法》第十条',
                  ?, ?, 'official-gz', 'test', ?, ?)""",
                "51" + division + "DB" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(),
                list.name(), division, Date.valueOf(LocalDate.of(2026, 8, 3)),
                removedOn == null ? null : Date.valueOf(removedOn), Timestamp.from(Instant.now()));
    }

    private static FlowCases establishments(Dashboard d) {
        return d.cases().stream().filter(c -> c.processKey().equals("registration-establishment")).findFirst()
                .orElse(new FlowCases("registration-establishment", 0, 0, 0));
    }

    private static FlowTasks establishmentTasks(Dashboard d) {
        return d.tasks().stream().filter(c -> c.processKey().equals("registration-establishment")).findFirst()
                .orElse(new FlowTasks("registration-establishment", 0, 0, 0));
    }

    private static long foundations(Dashboard d, String province) {
        return d.organizations().stream().filter(o -> o.provinceCode().equals(province)
                && o.type() == OrganizationType.FOUNDATION && o.status() == OrganizationStatus.ACTIVE)
                .mapToLong(OrganizationCount::count).sum();
    }

    private static long activeIn(Dashboard d, String province) {
        return d.organizationsByProvince().stream().filter(p -> p.provinceCode().equals(province))
                .mapToLong(ProvinceOrganizations::active).sum();
    }

    private static CreditListCount credit(Dashboard d, CreditList list) {
        return d.credit().stream().filter(c -> c.list() == list).findFirst().orElseThrow();
    }

    private static long completedThisWeek(Dashboard d) {
        return d.throughput().get(d.throughput().size() - 1).completed();
    }

    @Test
    void counts_a_citys_cases_and_organizations_for_that_city_and_its_province_but_not_for_the_next_city() {
        Map<Caller, Dashboard> before = Map.of(GUANGZHOU, dashboards.dashboard(GUANGZHOU, THURSDAY),
                SHENZHEN, dashboards.dashboard(SHENZHEN, THURSDAY),
                GUANGDONG, dashboards.dashboard(GUANGDONG, THURSDAY),
                NATIONAL_AUDITOR, dashboards.dashboard(NATIONAL_AUDITOR, THURSDAY));

        approve(file("440100", "广州市"));
        file("440100", "广州市");
        file("440300", "深圳市");

        Dashboard gz = dashboards.dashboard(GUANGZHOU, THURSDAY);
        Dashboard sz = dashboards.dashboard(SHENZHEN, THURSDAY);
        Dashboard gd = dashboards.dashboard(GUANGDONG, THURSDAY);
        Dashboard all = dashboards.dashboard(NATIONAL_AUDITOR, THURSDAY);

        assertThat(gz.divisionPrefix()).isEqualTo("4401");
        assertThat(establishments(gz).running() - establishments(before.get(GUANGZHOU)).running()).isEqualTo(1);
        assertThat(establishments(gz).completed() - establishments(before.get(GUANGZHOU)).completed()).isEqualTo(1);
        assertThat(gz.totals().openCases() - before.get(GUANGZHOU).totals().openCases()).isEqualTo(1);
        assertThat(establishments(sz).running() - establishments(before.get(SHENZHEN)).running())
                .as("Shenzhen counts its own case only").isEqualTo(1);
        assertThat(establishments(sz).completed() - establishments(before.get(SHENZHEN)).completed()).isZero();
        assertThat(establishments(gd).running() - establishments(before.get(GUANGDONG)).running())
                .as("the province counts its cities").isEqualTo(2);
        assertThat(establishments(all).completed() - establishments(before.get(NATIONAL_AUDITOR)).completed())
                .isEqualTo(1);

        assertThat(completedThisWeek(gz) - completedThisWeek(before.get(GUANGZHOU))).isEqualTo(1);
        assertThat(completedThisWeek(sz) - completedThisWeek(before.get(SHENZHEN))).isZero();
        assertThat(gz.throughput()).hasSize(12);
        assertThat(gz.throughput().get(11).weekStart()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(gz.throughput().get(0).weekStart()).isEqualTo(LocalDate.of(2026, 6, 22));

        assertThat(foundations(gz, "440000") - foundations(before.get(GUANGZHOU), "440000")).isEqualTo(1);
        assertThat(activeIn(gz, "440000") - activeIn(before.get(GUANGZHOU), "440000")).isEqualTo(1);
        assertThat(gz.totals().activeOrganizations() - before.get(GUANGZHOU).totals().activeOrganizations())
                .isEqualTo(1);
        assertThat(foundations(sz, "440000") - foundations(before.get(SHENZHEN), "440000")).isZero();
        assertThat(activeIn(gd, "440000") - activeIn(before.get(GUANGDONG), "440000")).isEqualTo(1);
        assertThat(activeIn(all, "440000") - activeIn(before.get(NATIONAL_AUDITOR), "440000")).isEqualTo(1);
        assertThat(gz.organizationsByProvince()).extracting(ProvinceOrganizations::provinceCode)
                .containsOnly("440000");
    }

    @Test
    void judges_open_tasks_overdue_or_due_within_three_working_days_on_the_statutory_clock() {
        Dashboard mondayBefore = dashboards.dashboard(GUANGZHOU, FILED);
        Dashboard thursdayBefore = dashboards.dashboard(GUANGZHOU, THURSDAY);
        Dashboard wednesdayBefore = dashboards.dashboard(GUANGZHOU, NEXT_WEDNESDAY);
        Dashboard shenzhenBefore = dashboards.dashboard(SHENZHEN, THURSDAY);

        file("440100", "广州市");

        Dashboard monday = dashboards.dashboard(GUANGZHOU, FILED);
        Dashboard thursday = dashboards.dashboard(GUANGZHOU, THURSDAY);
        Dashboard wednesday = dashboards.dashboard(GUANGZHOU, NEXT_WEDNESDAY);
        assertThat(thursday.dueSoonUntil()).as("Fri 11, Mon 14, Tue 15").isEqualTo(LocalDate.of(2026, 9, 15));

        assertThat(establishmentTasks(monday).open() - establishmentTasks(mondayBefore).open()).isEqualTo(1);
        assertThat(establishmentTasks(monday).dueSoon() - establishmentTasks(mondayBefore).dueSoon())
                .as("five working days left on the day it was filed").isZero();
        assertThat(establishmentTasks(monday).overdue() - establishmentTasks(mondayBefore).overdue()).isZero();
        assertThat(establishmentTasks(thursday).dueSoon() - establishmentTasks(thursdayBefore).dueSoon())
                .as("its last day, Monday 14, is within three working days of Thursday").isEqualTo(1);
        assertThat(thursday.totals().dueSoonTasks() - thursdayBefore.totals().dueSoonTasks()).isEqualTo(1);
        assertThat(establishmentTasks(wednesday).overdue() - establishmentTasks(wednesdayBefore).overdue())
                .isEqualTo(1);
        assertThat(wednesday.totals().overdueTasks() - wednesdayBefore.totals().overdueTasks()).isEqualTo(1);
        assertThat(establishmentTasks(wednesday).dueSoon() - establishmentTasks(wednesdayBefore).dueSoon()).isZero();

        Dashboard shenzhen = dashboards.dashboard(SHENZHEN, THURSDAY);
        assertThat(shenzhen.totals().openTasks()).as("Guangzhou's task is not Shenzhen's")
                .isEqualTo(shenzhenBefore.totals().openTasks());
    }

    @Test
    void counts_listings_per_list_in_force_and_removed_within_the_jurisdiction() {
        Dashboard gzBefore = dashboards.dashboard(GUANGZHOU, THURSDAY);
        Dashboard szBefore = dashboards.dashboard(SHENZHEN, THURSDAY);

        list("440100", CreditList.ABNORMAL_ACTIVITY, null);
        list("440100", CreditList.SERIOUS_DISHONESTY, null);
        list("440300", CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 9, 1));

        Dashboard gz = dashboards.dashboard(GUANGZHOU, THURSDAY);
        Dashboard sz = dashboards.dashboard(SHENZHEN, THURSDAY);
        assertThat(credit(gz, CreditList.ABNORMAL_ACTIVITY).inForce()
                - credit(gzBefore, CreditList.ABNORMAL_ACTIVITY).inForce()).isEqualTo(1);
        assertThat(credit(gz, CreditList.SERIOUS_DISHONESTY).inForce()
                - credit(gzBefore, CreditList.SERIOUS_DISHONESTY).inForce()).isEqualTo(1);
        assertThat(gz.totals().listedOrganizations() - gzBefore.totals().listedOrganizations()).isEqualTo(2);
        assertThat(credit(gz, CreditList.ABNORMAL_ACTIVITY).removed())
                .isEqualTo(credit(gzBefore, CreditList.ABNORMAL_ACTIVITY).removed());
        assertThat(credit(sz, CreditList.ABNORMAL_ACTIVITY).removed()
                - credit(szBefore, CreditList.ABNORMAL_ACTIVITY).removed()).isEqualTo(1);
        assertThat(credit(sz, CreditList.ABNORMAL_ACTIVITY).inForce())
                .isEqualTo(credit(szBefore, CreditList.ABNORMAL_ACTIVITY).inForce());
        assertThat(sz.totals().listedOrganizations()).isEqualTo(szBefore.totals().listedOrganizations());
        assertThat(gz.credit()).extracting(CreditListCount::list).containsExactly(CreditList.values());
    }

    @Test
    void enforcement_officers_and_auditors_see_dashboards_of_their_jurisdiction() {
        assertThat(dashboards.dashboard(ENFORCER, THURSDAY).divisionPrefix()).isEqualTo("11");
        assertThat(dashboards.dashboard(NATIONAL_AUDITOR, THURSDAY).divisionPrefix()).as("the whole country")
                .isNull();
    }

    @Test
    void refuses_applicants_experts_analysts_and_administrators() {
        for (Caller refused : new Caller[] {RegistrationScenario.APPLICANT,
                new Caller("expert1", "郑评", Set.of(Roles.EXPERT, Groups.EXPERTS), "110000"),
                new Caller("analyst1", "陈析", Set.of(Roles.ANALYST, Groups.ANALYSTS), "100000"),
                new Caller("admin1", "褚管", Set.of(Roles.ADMINISTRATOR), "100000")}) {
            assertThatThrownBy(() -> dashboards.dashboard(refused, THURSDAY)).as(refused.id())
                    .isInstanceOfSatisfying(PlatformException.class,
                            e -> assertThat(e.status()).isEqualTo(403));
        }
        Caller noAuthority = new Caller("official-x", "无机关", Set.of(Groups.REGISTRATION_OFFICIALS), null);
        assertThatThrownBy(() -> dashboards.dashboard(noAuthority, THURSDAY)).extracting("code")
                .isEqualTo("NO_AUTHORITY");
    }

    @Test
    void the_jurisdiction_of_a_province_city_or_district_is_its_division_code_without_trailing_zero_pairs() {
        assertThat(DashboardService.divisionPrefix("440000")).isEqualTo("44");
        assertThat(DashboardService.divisionPrefix("440100")).isEqualTo("4401");
        assertThat(DashboardService.divisionPrefix("440106")).isEqualTo("440106");
        assertThat(DashboardService.divisionPrefix("100000")).isNull();
    }

    private ResponseEntity<Map<String, Object>> get(String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.set("X-Demo-User", user);
        }
        return http.exchange("/api/dashboard", HttpMethod.GET, new HttpEntity<>(headers),
                new ParameterizedTypeReference<>() { });
    }

    @Test
    void the_api_answers_officials_and_refuses_others_with_a_problem_detail() {
        ResponseEntity<Map<String, Object>> official = get("official1");
        assertThat(official.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(official.getBody()).containsEntry("divisionPrefix", "11").containsKeys("totals", "cases",
                "tasks", "throughput", "organizationsByProvince", "credit");

        ResponseEntity<Map<String, Object>> applicant = get("applicant1");
        assertThat(applicant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(applicant.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(applicant.getBody()).containsEntry("code", "FORBIDDEN");
        assertThat(get("expert1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
