package org.socorg.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.calendar.internal.ClockMapper;
import org.socorg.platform.calendar.internal.ClockRow;
import org.socorg.platform.calendar.internal.DeadlineRulesProperties;
import org.socorg.platform.shared.PerTransaction;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory clocks: one per case and rule, counted on the {@link WorkingDayCalendar}.
 *
 * <p>Counting: a limit of N days started on day D ends on the N-th (working) day after D and has passed at the
 * start of the following day. A pause (补正: the applicant owes material) consumes the day it starts on; on the
 * answer, the days that were left are counted again from the answer's day. Reminders fall at 09:00 on the day
 * that leaves {@code reminderBefore} days.
 *
 * <p>Within a transaction, a case's clocks are read once: the first read of a process instance loads all its clocks,
 * and what this transaction then starts, pauses, resumes or stops changes that copy as it changes the rows. One step of
 * a case often touches its clocks several times (a phase's end stops one and the next phase's two timers start
 * another; the application filed with its first clock shows it at once); each of those was a query before. Writes
 * still go to the database at once. Times are kept to the millisecond, as the columns keep them, so the copy says what
 * a fresh read would.
 */
@Service
@EnableConfigurationProperties(DeadlineRulesProperties.class)
public class StatutoryClocks {

    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    private static final Object TX_CLOCKS = StatutoryClocks.class.getName() + ".clocks";

    private final WorkingDayCalendar calendar;
    private final ClockMapper mapper;
    private final DeadlineRulesProperties rules;
    private final ZoneId zone;

    StatutoryClocks(WorkingDayCalendar calendar, ClockMapper mapper, DeadlineRulesProperties rules,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.calendar = calendar;
        this.mapper = mapper;
        this.rules = rules;
        this.zone = ZoneId.of(zone);
    }

    /** The configured rule; an unknown key is a configuration error, reported with the keys that exist. */
    public DeadlineRule rule(String key) {
        DeadlineRulesProperties.Rule r = rules.deadlines().get(key);
        if (r == null || r.amount() == null || r.unit() == null) {
            throw new IllegalStateException("No statutory deadline rule '" + key + "' (platform.deadlines." + key
                    + ".amount/unit); configured: " + rules.deadlines().keySet());
        }
        return new DeadlineRule(key, new DeadlinePeriod(r.amount(), r.unit()),
                r.reminderBefore() == null ? 0 : r.reminderBefore());
    }

    /** Starts the clock of a case under a rule at {@code now}, or returns it unchanged if it already exists. */
    @Transactional
    public StatutoryClock start(String processInstanceId, String ruleKey, Instant now) {
        now = millis(now);
        Map<String, ClockRow> known = known(processInstanceId);
        ClockRow existing = known == null ? mapper.find(processInstanceId, ruleKey).orElse(null) : known.get(ruleKey);
        if (existing != null) {
            return existing.toClock();
        }
        DeadlineRule rule = rule(ruleKey);
        ClockRow row = new ClockRow();
        row.setProcessInstanceId(processInstanceId);
        row.setRuleKey(ruleKey);
        row.setUnit(rule.period().unit());
        row.setAmount(rule.period().amount());
        row.setState(ClockState.RUNNING);
        row.setStartedAt(now);
        schedule(row, rule, localDate(now), rule.period().amount());
        row.setUpdatedAt(now);
        mapper.insert(row);
        if (known != null) {
            known.put(ruleKey, row);
        }
        return row.toClock();
    }

    /** Stops the clock while the applicant owes supplementary material. Pausing a paused clock changes nothing. */
    @Transactional
    public StatutoryClock pause(String processInstanceId, String ruleKey, Instant now) {
        now = millis(now);
        ClockRow row = require(processInstanceId, ruleKey);
        if (row.getState() != ClockState.RUNNING) {
            return row.toClock();
        }
        LocalDate today = localDate(now);
        int remaining = remainingAfter(today, row.getDueOn(), row.getUnit());
        row.setState(ClockState.PAUSED);
        row.setPausedAt(now);
        row.setRemainingDays(remaining);
        row.setUpdatedAt(now);
        mapper.update(row);
        return row.toClock();
    }

    /** Restarts a paused clock with the days that were left, counted from {@code now}'s day. */
    @Transactional
    public StatutoryClock resume(String processInstanceId, String ruleKey, Instant now) {
        now = millis(now);
        ClockRow row = require(processInstanceId, ruleKey);
        if (row.getState() != ClockState.PAUSED) {
            return row.toClock();
        }
        DeadlineRule rule = rule(ruleKey);
        schedule(row, rule, localDate(now), row.getRemainingDays());
        row.setState(ClockState.RUNNING);
        row.setPausedAt(null);
        row.setRemainingDays(null);
        row.setUpdatedAt(now);
        mapper.update(row);
        return row.toClock();
    }

    /**
     * The case has left the phase the rule covers. One statement, no read first: it runs at the end of every
     * timed phase.
     *
     * @return whether there was such a clock
     */
    @Transactional
    public boolean stop(String processInstanceId, String ruleKey, Instant now) {
        Instant at = millis(now);
        boolean stopped = mapper.stop(processInstanceId, ruleKey, at) > 0;
        Map<String, ClockRow> loaded = loaded(processInstanceId);
        ClockRow row = loaded == null ? null : loaded.get(ruleKey);
        if (row != null) {
            row.setState(ClockState.STOPPED);
            row.setUpdatedAt(at);
        }
        return stopped;
    }

    @Transactional(readOnly = true)
    public Optional<StatutoryClock> find(String processInstanceId, String ruleKey) {
        return row(processInstanceId, ruleKey).map(ClockRow::toClock);
    }

    @Transactional(readOnly = true)
    public List<StatutoryClock> forProcessInstance(String processInstanceId) {
        Map<String, ClockRow> known = known(processInstanceId);
        if (known == null) {
            return mapper.findByProcessInstance(processInstanceId).stream().map(ClockRow::toClock).toList();
        }
        // the query's order: oldest start first
        return known.values().stream()
                .sorted(Comparator.comparing(ClockRow::getStartedAt).thenComparing(ClockRow::getId))
                .map(ClockRow::toClock).toList();
    }

    private Optional<ClockRow> row(String processInstanceId, String ruleKey) {
        Map<String, ClockRow> known = known(processInstanceId);
        return known == null ? mapper.find(processInstanceId, ruleKey) : Optional.ofNullable(known.get(ruleKey));
    }

    /**
     * This transaction's copy of the case's clocks by rule, read on first use; {@code null} outside a transaction.
     * The copy follows the transaction ({@link PerTransaction}).
     */
    private Map<String, ClockRow> known(String processInstanceId) {
        Map<String, Map<String, ClockRow>> all = transactionCopy();
        if (all == null) {
            return null;
        }
        Map<String, ClockRow> known = all.get(processInstanceId);
        if (known == null) {
            known = new LinkedHashMap<>();
            for (ClockRow row : mapper.findByProcessInstance(processInstanceId)) {
                known.put(row.getRuleKey(), row);
            }
            all.put(processInstanceId, known);
        }
        return known;
    }

    /** The copy if this transaction has read the case's clocks already, without reading them. */
    private static Map<String, ClockRow> loaded(String processInstanceId) {
        Map<String, Map<String, ClockRow>> all = PerTransaction.peek(TX_CLOCKS);
        return all == null ? null : all.get(processInstanceId);
    }

    private static Map<String, Map<String, ClockRow>> transactionCopy() {
        return PerTransaction.get(TX_CLOCKS, HashMap::new);
    }

    /** What a DATETIME(3) column keeps. */
    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private void schedule(ClockRow row, DeadlineRule rule, LocalDate from, int days) {
        DeadlineUnitAnswer due = add(from, days, rule.period().unit());
        row.setDueOn(due.date());
        row.setDueAt(due.date().plusDays(1).atStartOfDay(zone).toInstant());
        boolean uncertain = row.isCalendarUncertain() || !due.certain();
        int reminderDays = days - rule.reminderBefore();
        if (rule.reminderBefore() > 0 && reminderDays >= 0) {
            DeadlineUnitAnswer reminder = add(from, reminderDays, rule.period().unit());
            row.setReminderAt(reminder.date().atTime(REMINDER_TIME).atZone(zone).toInstant());
            uncertain = uncertain || !reminder.certain();
        } else {
            row.setReminderAt(null);
        }
        row.setCalendarUncertain(uncertain);
    }

    private DeadlineUnitAnswer add(LocalDate from, int days, DayCount unit) {
        CalendarAnswer<LocalDate> answer = calendar.add(from, new DeadlinePeriod(days, unit));
        return new DeadlineUnitAnswer(answer.value(), answer.certain());
    }

    private int remainingAfter(LocalDate today, LocalDate dueOn, DayCount unit) {
        if (!today.isBefore(dueOn)) {
            return 0;
        }
        return unit == DayCount.WORKING_DAYS ? calendar.workingDaysBetween(today, dueOn).value()
                : (int) ChronoUnit.DAYS.between(today, dueOn);
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private ClockRow require(String processInstanceId, String ruleKey) {
        return row(processInstanceId, ruleKey).orElseThrow(() -> PlatformException.conflict("NO_CLOCK",
                "该案件没有正在计时的法定时限：" + ruleKey, "The case has no statutory clock for " + ruleKey));
    }

    private record DeadlineUnitAnswer(LocalDate date, boolean certain) {
    }
}
