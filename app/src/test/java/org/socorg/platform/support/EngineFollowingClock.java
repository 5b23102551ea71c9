package org.socorg.platform.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The platform's {@link Clock} (the registry's: founding dates, certificate validity) follows the engine's clock,
 * so a scenario that moves {@link ClockUtil} moves every date the platform writes: an organization registered
 * "then" is founded then, and "registered long enough" is time passing, not a back-dated row.
 */
@TestConfiguration
public class EngineFollowingClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }
}
