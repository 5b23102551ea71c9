package org.socorg.platform.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many complaints one client (its remote address) may file per hour, through the API and the public form alike:
 * filing needs no sign-in, so without a limit one script could bury the enforcement officers' triage queue. Only
 * complaints actually filed count; a refused one (invalid input) does not use up the allowance. Kept in memory per
 * instance: a restart forgets the counts, which is acceptable for a flood brake (it is not a quota). Behind a
 * reverse proxy the address is the proxy's unless {@code server.forward-headers-strategy} trusts its headers.
 */
@Component
public class PublicSubmissionLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> filed = new ConcurrentHashMap<>();

    @Autowired
    PublicSubmissionLimit(@Value("${platform.complaint.submissions-per-hour:10}") int perHour) {
        this(perHour, Clock.systemUTC());
    }

    PublicSubmissionLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /**
     * Runs {@code filing} for {@code client} unless they filed {@code submissions-per-hour} complaints in the last hour.
     *
     * @throws PlatformException 429 {@code TOO_MANY_COMPLAINTS}, saying when they may file again
     */
    public <T> T file(String client, Supplier<T> filing) {
        String key = client == null ? "unknown" : client;
        Instant now = clock.instant();
        Deque<Instant> times = filed.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                long minutes = Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toMinutes() + 1);
                throw new PlatformException(PlatformException.Kind.TOO_MANY_REQUESTS, "TOO_MANY_COMPLAINTS",
                        "同一网络地址每小时最多提交 " + perHour + " 件投诉举报；请约 " + minutes
                                + " 分钟后再提交，或拨打登记管理机关的举报电话",
                        "At most " + perHour + " complaints per hour may be filed from one network address; try "
                                + "again in about " + minutes + " minutes, or call the authority's complaint line");
            }
        }
        T result = filing.get();
        synchronized (times) {
            times.addLast(clock.instant());
        }
        if (filed.size() > 10_000) {
            // addresses that filed nothing within the hour: drop them so the map stays small
            Instant cutoff = clock.instant().minus(WINDOW);
            filed.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(cutoff);
                }
            });
        }
        return result;
    }
}
