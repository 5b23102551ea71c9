package org.socorg.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class CreditStandingTest {

    @Autowired CreditStanding standing;
    @Autowired JdbcTemplate jdbc;

    private void list(String code, CreditList list, LocalDate on, LocalDate removedOn) {
        list(code, list, on, removedOn, "110000");
    }

    private void list(String code, CreditList list, LocalDate on, LocalDate removedOn, String division) {
        jdbc.update("""
                INSERT INTO credit_listing (credit_code, list_type, reason_code, reason, legal_basis, division_code,
                  listed_on, listed_by, source, removed_on, created_at)
                VALUES (?, ?, 'ANNUAL_REPORT_NOT_FILED', '未按时报送年度工作报告', '《社会组织信用信息管理办法》第十条',
                  ?, ?, 'official1', 'test', ?, ?)""",
                code, list.name(), division, Date.valueOf(on), removedOn == null ? null : Date.valueOf(removedOn),
                Timestamp.from(Instant.now()));
    }

    @Test
    void a_removed_listing_stays_in_the_history_but_is_no_longer_in_force() {
        String code = "51110000CS00000011";
        list(code, CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2025, 6, 3), LocalDate.of(2025, 9, 1));
        list(code, CreditList.SERIOUS_DISHONESTY, LocalDate.of(2026, 2, 3), null);

        assertThat(standing.history(code)).extracting(CreditListing::list)
                .containsExactly(CreditList.ABNORMAL_ACTIVITY, CreditList.SERIOUS_DISHONESTY);
        assertThat(standing.listingsInForce(code)).singleElement().satisfies(l -> {
            assertThat(l.list()).isEqualTo(CreditList.SERIOUS_DISHONESTY);
            assertThat(l.inForce()).isTrue();
        });
        assertThat(standing.isSeriouslyDishonest(code)).isTrue();
        assertThat(standing.isListed(code, CreditList.ABNORMAL_ACTIVITY)).isFalse();
        assertThat(standing.isSeriouslyDishonest("51110000CS00000022")).isFalse();
    }

    @Test
    void a_public_list_holds_the_listings_in_force_of_that_list_and_region_newest_first() {
        list("51440100CS00000033", CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 3, 2), null, "440100");
        list("51440300CS00000044", CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 4, 1), null, "440300");
        list("51440300CS00000055", CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1),
                "440300");
        list("51440300CS00000066", CreditList.SERIOUS_DISHONESTY, LocalDate.of(2026, 5, 1), null, "440300");
        list("51310000CS00000077", CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 6, 1), null, "310000");

        assertThat(standing.inForce(CreditList.ABNORMAL_ACTIVITY, "44", 10, 0)).extracting(CreditListing::creditCode)
                .containsExactly("51440300CS00000044", "51440100CS00000033");
        assertThat(standing.inForce(CreditList.ABNORMAL_ACTIVITY, "44", 1, 1)).extracting(CreditListing::creditCode)
                .containsExactly("51440100CS00000033");
        assertThat(standing.inForce(CreditList.SERIOUS_DISHONESTY, "44", 10, 0)).extracting(CreditListing::creditCode)
                .containsExactly("51440300CS00000066");
        assertThat(standing.inForce(CreditList.ABNORMAL_ACTIVITY, null, 10, 0)).extracting(CreditListing::creditCode)
                .contains("51310000CS00000077", "51440300CS00000044");
    }
}
