package org.socorg.platform.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.socorg.platform.shared.PlatformException;

class PublicSubmissionLimitTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-02T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void refuses_the_fourth_complaint_within_an_hour_from_one_address_and_allows_it_an_hour_later() {
        MovableClock clock = new MovableClock();
        PublicSubmissionLimit limit = new PublicSubmissionLimit(3, clock);
        AtomicInteger filed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            limit.file("203.0.113.7", filed::incrementAndGet);
            clock.now = clock.now.plus(Duration.ofMinutes(10));
        }

        assertThatThrownBy(() -> limit.file("203.0.113.7", filed::incrementAndGet))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("TOO_MANY_COMPLAINTS");
                    assertThat(e.messageZh()).contains("每小时最多提交 3 件", "31 分钟后");
                    assertThat(e.messageEn()).contains("At most 3 complaints per hour", "about 31 minutes");
                });
        assertThat(filed).hasValue(3);
        assertThat(limit.file("198.51.100.1", filed::incrementAndGet)).as("another address").isEqualTo(4);

        clock.now = Instant.parse("2026-12-02T09:00:01Z"); // the first filing left the window
        assertThat(limit.file("203.0.113.7", filed::incrementAndGet)).isEqualTo(5);
    }

    @Test
    void a_refused_filing_does_not_use_up_the_allowance() {
        PublicSubmissionLimit limit = new PublicSubmissionLimit(1, new MovableClock());
        assertThatThrownBy(() -> limit.file("203.0.113.7", () -> {
            throw PlatformException.invalid("INVALID_INPUT", "无效", "invalid");
        })).extracting("code").isEqualTo("INVALID_INPUT");

        assertThat(limit.file("203.0.113.7", () -> "filed")).isEqualTo("filed");
        assertThatThrownBy(() -> limit.file("203.0.113.7", () -> "again")).extracting("code")
                .isEqualTo("TOO_MANY_COMPLAINTS");
    }
}
