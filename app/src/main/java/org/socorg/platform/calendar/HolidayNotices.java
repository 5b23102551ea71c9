package org.socorg.platform.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.calendar.internal.HolidayNoticeMapper;
import org.socorg.platform.calendar.internal.HolidayNoticeMapper.EntryRow;
import org.socorg.platform.calendar.internal.HolidayNoticeMapper.NoticeRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holiday notices administrators enter (国务院办公厅节假日安排), so a new year's schedule takes effect when the State
 * Council publishes it, without editing the data file and restarting. A saved notice is the year's schedule: it
 * replaces what the data file says about that year, in the {@link WorkingDayCalendar} at once and at every start.
 * Each save is announced as {@link HolidayNoticeSaved} (the audit log seals it).
 */
@Service
public class HolidayNotices implements InitializingBean {

    private final HolidayNoticeMapper mapper;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;

    HolidayNotices(HolidayNoticeMapper mapper, WorkingDayCalendar calendar, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.events = events;
    }

    /** Merges the stored notices into the calendar before anyone computes a deadline with it. */
    @Override
    public void afterPropertiesSet() {
        list().forEach(this::merge);
    }

    /** Every stored notice, by year. */
    @Transactional(readOnly = true)
    public List<HolidayNotice> list() {
        Map<Integer, List<EntryRow>> entries = new LinkedHashMap<>();
        mapper.entries().forEach(e -> entries.computeIfAbsent(e.noticeYear(), y -> new ArrayList<>()).add(e));
        return mapper.notices().stream().map(n -> {
            List<EntryRow> rows = entries.getOrDefault(n.noticeYear(), List.of());
            return new HolidayNotice(n.noticeYear(), n.title(),
                    rows.stream().filter(r -> HolidayNoticeMapper.HOLIDAY.equals(r.kind()))
                            .map(r -> new HolidayRange(r.name(), r.firstDay(), r.lastDay())).toList(),
                    rows.stream().filter(r -> HolidayNoticeMapper.WORKING_WEEKEND.equals(r.kind())).map(EntryRow::firstDay)
                            .toList(), n.savedBy(), n.savedAt());
        }).toList();
    }

    /**
     * Validates and stores a year's notice and puts it into the calendar. Administrators only. A year the
     * calendar already knows (data file or earlier notice) is replaced only with {@code replace}.
     *
     * @throws PlatformException 403 for anyone but an administrator; 400 {@code INVALID_HOLIDAY_NOTICE} listing
     *                           every problem; 409 {@code CALENDAR_YEAR_EXISTS} for a known year without replace
     */
    @Transactional
    public HolidayNotice save(Caller administrator, HolidayNotice notice, boolean replace) {
        if (!administrator.inGroup(Roles.ADMINISTRATOR)) {
            throw PlatformException.forbidden("只有系统管理员可以维护工作日历",
                    "Only administrators may maintain the working-day calendar");
        }
        validate(notice);
        boolean known = calendar.knownYears().contains(notice.year());
        if (known && !replace) {
            throw PlatformException.conflict("CALENDAR_YEAR_EXISTS",
                    "工作日历已有 " + notice.year() + " 年的安排；如需以本通知替换，请确认替换",
                    "The calendar already has a schedule for " + notice.year()
                            + "; confirm that this notice replaces it");
        }
        HolidayNotice saved = new HolidayNotice(notice.year(), notice.title().strip(),
                notice.holidays().stream().sorted(Comparator.comparing(HolidayRange::first))
                        .map(h -> new HolidayRange(h.name().strip(), h.first(), h.last())).toList(),
                notice.workingWeekends().stream().sorted().toList(), administrator.id(), Instant.now());
        mapper.deleteEntries(saved.year());
        mapper.deleteNotice(saved.year());
        mapper.insertNotice(new NoticeRow(saved.year(), saved.title(), saved.savedBy(), saved.savedAt()));
        saved.holidays().forEach(h -> mapper.insertEntry(
                new EntryRow(saved.year(), HolidayNoticeMapper.HOLIDAY, h.name(), h.first(), h.last())));
        saved.workingWeekends().forEach(d -> mapper.insertEntry(
                new EntryRow(saved.year(), HolidayNoticeMapper.WORKING_WEEKEND, null, d, d)));
        events.publishEvent(new HolidayNoticeSaved(saved, known));
        // only once stored: a refusal, the seal failing or the commit failing leaves the calendar as it was
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    merge(saved);
                }
            });
        } else {
            merge(saved);
        }
        return saved;
    }

    /**
     * Every problem of a notice, all at once so one correction fixes them: the year, a title, at least one
     * holiday, each holiday named and inside the year with its first day not after its last, no two holidays
     * overlapping, each working weekend a Saturday or Sunday of the year, listed once and not inside a holiday.
     *
     * @throws PlatformException 400 {@code INVALID_HOLIDAY_NOTICE}, the problems in Chinese and in English
     */
    public static void validate(HolidayNotice notice) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        int year = notice.year();
        if (year < 2000 || year > 2100) {
            zh.add("年份须在 2000 至 2100 之间");
            en.add("the year must be between 2000 and 2100");
        }
        if (notice.title() == null || notice.title().isBlank()) {
            zh.add("请填写通知名称或文号");
            en.add("enter the notice's title or number");
        } else if (notice.title().strip().length() > 300) {
            zh.add("通知名称不超过300字");
            en.add("the notice's title has at most 300 characters");
        }
        if (notice.holidays().isEmpty()) {
            zh.add("至少填写一个节假日");
            en.add("enter at least one holiday");
        }
        List<HolidayRange> ranges = new ArrayList<>();
        for (HolidayRange h : notice.holidays()) {
            String name = h.name() == null || h.name().isBlank() ? "?" : h.name().strip();
            if (h.name() == null || h.name().isBlank()) {
                zh.add("每个节假日须填写名称");
                en.add("every holiday needs a name");
            } else if (name.length() > 100) {
                zh.add("节假日名称不超过100字：" + name.substring(0, 20) + "…");
                en.add("a holiday name has at most 100 characters: " + name.substring(0, 20) + "…");
            }
            if (h.first() == null || h.last() == null) {
                zh.add(name + "：请填写起止日期");
                en.add(name + ": enter its first and last day");
                continue;
            }
            if (h.last().isBefore(h.first())) {
                zh.add(name + "：结束日期 " + h.last() + " 早于开始日期 " + h.first());
                en.add(name + ": the last day " + h.last() + " is before the first day " + h.first());
                continue;
            }
            if (h.first().getYear() != year || h.last().getYear() != year) {
                zh.add(name + "：" + h.first() + " 至 " + h.last() + " 不在 " + year + " 年内");
                en.add(name + ": " + h.first() + " to " + h.last() + " is not inside " + year);
                continue;
            }
            for (HolidayRange other : ranges) {
                if (!h.first().isAfter(other.last()) && !other.first().isAfter(h.last())) {
                    zh.add(name + " 与 " + other.name() + " 的日期重叠");
                    en.add(name + " overlaps " + other.name());
                }
            }
            ranges.add(new HolidayRange(name, h.first(), h.last()));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (LocalDate d : notice.workingWeekends()) {
            if (d == null) {
                zh.add("调休上班日须填写日期");
                en.add("every working weekend day needs a date");
                continue;
            }
            if (d.getYear() != year) {
                zh.add("调休上班日 " + d + " 不在 " + year + " 年内");
                en.add("the working weekend day " + d + " is not inside " + year);
            }
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                zh.add("调休上班日 " + d + " 不是周六或周日");
                en.add("the working weekend day " + d + " is not a Saturday or Sunday");
            }
            if (!seen.add(d)) {
                zh.add("调休上班日 " + d + " 重复填写");
                en.add("the working weekend day " + d + " is listed twice");
            }
            ranges.stream().filter(r -> !d.isBefore(r.first()) && !d.isAfter(r.last())).findFirst().ifPresent(r -> {
                zh.add("调休上班日 " + d + " 在节假日 " + r.name() + " 之内");
                en.add("the working weekend day " + d + " lies inside the holiday " + r.name());
            });
        }
        if (!zh.isEmpty()) {
            throw PlatformException.invalid("INVALID_HOLIDAY_NOTICE", "节假日安排有误：" + String.join("；", zh),
                    "The holiday notice has problems: " + String.join("; ", en));
        }
    }

    private void merge(HolidayNotice notice) {
        Set<LocalDate> days = new HashSet<>();
        notice.holidays().forEach(h -> h.first().datesUntil(h.last().plusDays(1)).forEach(days::add));
        calendar.putYear(notice.year(), days, Set.copyOf(notice.workingWeekends()));
    }
}
