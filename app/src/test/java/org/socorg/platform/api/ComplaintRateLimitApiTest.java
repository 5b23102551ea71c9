package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The public complaint endpoint's flood brake over HTTP: a 429 problem in both languages, nothing filed. */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.complaint.submissions-per-hour=2")
@ActiveProfiles("test")
class ComplaintRateLimitApiTest extends ApiJourneySupport {

    @Test
    void the_third_complaint_within_an_hour_from_one_address_is_429() {
        Map<String, Object> body = ComplaintApiJourney.complaint(null);
        body.put("organizationName", "某某未登记协会");
        body.put("category", "UNREGISTERED_ACTIVITY");
        // an invalid report is refused before it counts
        assertThat(call(HttpMethod.POST, "/api/complaints", null, Map.of("description", "短")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(call(HttpMethod.POST, "/api/complaints", null, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(call(HttpMethod.POST, "/api/complaints", null, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> third = call(HttpMethod.POST, "/api/complaints", null, body);

        ComplaintApiJourney.assertProblem(third, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_COMPLAINTS");
        assertThat(third.getBody().get("detailZh").toString()).contains("每小时最多提交 2 件");
        assertThat(third.getBody().get("detailEn").toString()).contains("At most 2 complaints per hour");
    }
}
