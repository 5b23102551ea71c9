package org.socorg.platform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class AnnualReportStandingTest {

    @Autowired AnnualReportStanding standing;
    @Autowired JdbcTemplate jdbc;

    private void report(String code, int year, String status, String outcome) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO annual_report (credit_code, report_year, status, outcome, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""", code, year, status, outcome, now, now);
    }

    @Test
    void reports_are_in_order_only_when_every_year_was_accepted_as_qualified_or_basically_qualified() {
        String code = "51110000AR00000011";
        report(code, 2023, "ACCEPTED", "QUALIFIED");
        report(code, 2024, "ACCEPTED", "BASICALLY_QUALIFIED");
        report(code, 2025, "SUBMITTED", null);

        assertThat(standing.reportsInOrder(code, 2023, 2024)).isTrue();
        assertThat(standing.reportsInOrder(code, 2023, 2025)).as("2025 not yet accepted").isFalse();
        assertThat(standing.reportsInOrder(code, 2022, 2024)).as("2022 missing").isFalse();
        assertThat(standing.reportsInOrder(code, 2026, 2025)).as("nothing due yet").isTrue();

        report("51110000AR00000022", 2024, "ACCEPTED", "UNQUALIFIED");
        assertThat(standing.reportsInOrder("51110000AR00000022", 2024, 2024)).isFalse();
    }
}
