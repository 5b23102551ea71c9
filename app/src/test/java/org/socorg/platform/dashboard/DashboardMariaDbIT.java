package org.socorg.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socorg.platform.dashboard.DashboardServiceTest.FILED;
import static org.socorg.platform.dashboard.DashboardServiceTest.GUANGDONG;
import static org.socorg.platform.dashboard.DashboardServiceTest.GUANGZHOU;
import static org.socorg.platform.dashboard.DashboardServiceTest.GUANGZHOU_DIRECTOR;
import static org.socorg.platform.dashboard.DashboardServiceTest.SHENZHEN;
import static org.socorg.platform.dashboard.DashboardServiceTest.THURSDAY;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.dashboard.Dashboard.CreditListCount;
import org.socorg.platform.dashboard.Dashboard.FlowCases;
import org.socorg.platform.dashboard.Dashboard.FlowTasks;
import org.socorg.platform.dashboard.Dashboard.OrganizationCount;
import org.socorg.platform.dashboard.Dashboard.ProvinceOrganizations;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.support.MariaDbSupport;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard's statements on a real MariaDB, in a database of their own, so every figure is absolute: two
 * Guangzhou cases (one approved), one Shenzhen case, one Guangzhou listing.
 */
@SpringBootTest(classes = TestPlatformApplication.class, properties = "spring.main.web-application-type=none")
@ActiveProfiles({"test", "mysql"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardMariaDbIT {

    static final MariaDbSupport.Database DB = MariaDbSupport.freshDatabase("socorg_dash_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDbSupport.register(registry, DB);
    }

    @Autowired DashboardService dashboards;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private RegistrationApplication file(String division, String city) {
        ClockUtil.setCurrentTime(java.util.Date.from(FILED));
        return registrations.submitEstablishment(RegistrationScenario.APPLICANT,
                DashboardServiceTest.foundation(division, city));
    }

    @Test
    void counts_cases_tasks_weeks_organizations_and_listings_per_jurisdiction() {
        RegistrationApplication approved = file("440100", "广州市");
        String pid = approved.processInstanceId();
        RegistrationScenario.complete(inbox, GUANGZHOU, pid, "UserTask_CheckDocuments", "COMPLETE", null);
        RegistrationScenario.complete(inbox, GUANGZHOU, pid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL",
                "符合条件");
        RegistrationScenario.complete(inbox, GUANGZHOU_DIRECTOR, pid, "UserTask_DecideRegistration", "APPROVE", null);
        file("440100", "广州市");
        file("440300", "深圳市");
        jdbc.update("""
                INSERT INTO credit_listing (credit_code, list_type, reason_code, reason, legal_basis, division_code,
                  listed_on, listed_by, source, removed_on, created_at)
                VALUES ('51440100DB00000001', 'ABNORMAL_ACTIVITY', 'ANNUAL_REPORT_NOT_FILED', '未按时报送年度工作报告',
                  '《社会组织信用信息管理办法》第十条', '440100', ?, 'official-gz', 'test', NULL, ?)""",
                Date.valueOf(LocalDate.of(2026, 8, 3)), Timestamp.from(Instant.now()));

        Dashboard gz = dashboards.dashboard(GUANGZHOU, THURSDAY);
        assertThat(gz.cases()).containsExactly(new FlowCases("registration-establishment", 1, 1, 0));
        assertThat(gz.tasks()).containsExactly(new FlowTasks("registration-establishment", 1, 0, 1));
        assertThat(gz.throughput()).extracting(Dashboard.WeekCompleted::completed)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(gz.organizations()).containsExactly(
                new OrganizationCount("440000", OrganizationType.FOUNDATION, OrganizationStatus.ACTIVE, 1));
        assertThat(gz.organizationsByProvince()).containsExactly(new ProvinceOrganizations("440000", 1, 1));
        assertThat(gz.credit()).containsExactly(new CreditListCount(CreditList.ABNORMAL_ACTIVITY, 1, 0),
                new CreditListCount(CreditList.SERIOUS_DISHONESTY, 0, 0));
        assertThat(gz.totals()).isEqualTo(new Dashboard.Totals(1, 1, 0, 1, 1, 1));

        Dashboard sz = dashboards.dashboard(SHENZHEN, THURSDAY);
        assertThat(sz.cases()).containsExactly(new FlowCases("registration-establishment", 1, 0, 0));
        assertThat(sz.organizations()).isEmpty();
        assertThat(sz.totals().listedOrganizations()).isZero();

        Dashboard gd = dashboards.dashboard(GUANGDONG, THURSDAY);
        assertThat(gd.cases()).containsExactly(new FlowCases("registration-establishment", 2, 1, 0));
        assertThat(gd.tasks()).containsExactly(new FlowTasks("registration-establishment", 2, 0, 2));
    }
}
