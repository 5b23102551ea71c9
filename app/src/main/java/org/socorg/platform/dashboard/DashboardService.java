package org.socorg.platform.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.dashboard.Dashboard.CreditListCount;
import org.socorg.platform.dashboard.Dashboard.FlowCases;
import org.socorg.platform.dashboard.Dashboard.FlowTasks;
import org.socorg.platform.dashboard.Dashboard.OrganizationCount;
import org.socorg.platform.dashboard.Dashboard.ProvinceOrganizations;
import org.socorg.platform.dashboard.Dashboard.Totals;
import org.socorg.platform.dashboard.Dashboard.WeekCompleted;
import org.socorg.platform.dashboard.internal.CaseCountRow;
import org.socorg.platform.dashboard.internal.DashboardMapper;
import org.socorg.platform.dashboard.internal.ListingCountRow;
import org.socorg.platform.dashboard.internal.OrganizationCountRow;
import org.socorg.platform.dashboard.internal.TaskLoadRow;
import org.socorg.platform.dashboard.internal.WeekCountRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of a caller's jurisdiction: their authority's division and every division below it (a province
 * official counts the province's cities; a city official only the city); the Ministry (100000) counts the whole
 * country. Open to registration officials (reviewers included), directors, supervisors, enforcement officers and
 * auditors; everyone else is refused.
 *
 * <p>Cost: six statements, each one grouped query over the jurisdiction's rows, whatever the number of cases (see
 * {@code DashboardMapper} for each statement's), plus at most a few dozen calendar lookups in memory. Nothing is
 * cached: officials see their own latest step at once.
 */
@Service
public class DashboardService {

    /** Who may see dashboards: the candidate groups the allowed roles map to (a caller carries both). */
    static final Set<String> ALLOWED_GROUPS = Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS,
            Groups.REGISTRATION_SUPERVISORS, Groups.ENFORCEMENT_OFFICERS, Groups.AUDITORS);
    static final String NATIONAL_DIVISION = "100000";
    static final int WEEKS = 12;

    private final DashboardMapper mapper;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;

    DashboardService(DashboardMapper mapper, WorkingDayCalendar calendar,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone, Optional<Clock> clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.zone = ZoneId.of(zone);
        this.clock = clock.orElse(Clock.system(this.zone));
    }

    /** Whether the caller may see dashboards at all (the views hide their entry otherwise). */
    public static boolean mayView(Caller caller) {
        return caller != null && caller.inAnyGroup(ALLOWED_GROUPS);
    }

    /** The caller's dashboard now. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Caller caller) {
        return dashboard(caller, clock.instant());
    }

    /**
     * The caller's dashboard as of {@code asOf}: deadlines are judged and the twelve weeks end at that moment
     * (cases and tasks are those in the database now).
     *
     * @throws PlatformException {@code FORBIDDEN} (403) for callers of other roles; {@code NO_AUTHORITY} (403) for
     *     an official whose account names no authority
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Caller caller, Instant asOf) {
        if (!mayView(caller)) {
            throw PlatformException.forbidden("统计分析仅向登记管理机关工作人员、负责人、督办、执法和审计人员开放",
                    "Dashboards are for registration officials, directors, supervisors, enforcement officers and "
                            + "auditors only");
        }
        String prefix = divisionPrefix(caller.divisionCode());
        LocalDate today = LocalDate.ofInstant(asOf, zone);
        LocalDate dueSoonUntil = calendar.addWorkingDays(today, Dashboard.NEAR_DEADLINE_WORKING_DAYS).value();
        // a deadline instant is the moment the limit has passed, so "due by the end of dueSoonUntil" is at most
        // the start of the following day
        Instant soon = dueSoonUntil.plusDays(1).atStartOfDay(zone).toInstant();

        List<FlowCases> cases = cases(mapper.casesByFlowAndState(prefix));
        List<FlowTasks> tasks = mapper.openTasksByFlow(prefix, asOf, soon).stream()
                .map(r -> new FlowTasks(r.processKey, r.openTasks, r.overdue, r.dueSoon))
                .sorted(Comparator.comparing(FlowTasks::processKey)).toList();
        List<WeekCompleted> throughput = throughput(prefix, today);
        List<OrganizationCount> organizations = mapper.organizationsByProvinceTypeAndStatus(prefix).stream()
                .map(r -> new OrganizationCount(provinceCode(r.province), r.orgType, r.status, r.total))
                .sorted(Comparator.comparing(OrganizationCount::provinceCode).thenComparing(OrganizationCount::type)
                        .thenComparing(OrganizationCount::status)).toList();
        List<CreditListCount> credit = credit(mapper.listingsByList(prefix));
        long listed = mapper.listedOrganizations(prefix);

        Totals totals = new Totals(cases.stream().mapToLong(FlowCases::running).sum(),
                tasks.stream().mapToLong(FlowTasks::open).sum(), tasks.stream().mapToLong(FlowTasks::overdue).sum(),
                tasks.stream().mapToLong(FlowTasks::dueSoon).sum(),
                organizations.stream().filter(o -> o.status() == OrganizationStatus.ACTIVE)
                        .mapToLong(OrganizationCount::count).sum(), listed);
        return new Dashboard(caller.divisionCode(), prefix, asOf, today, dueSoonUntil, totals, cases, tasks,
                throughput, byProvince(organizations), organizations, credit);
    }

    /**
     * The prefix of the division codes in a jurisdiction: trailing "00" pairs name the whole province or city
     * ({@code 440000} → {@code 44}, {@code 440100} → {@code 4401}); null for the Ministry (the whole country).
     */
    static String divisionPrefix(String divisionCode) {
        if (divisionCode == null || !divisionCode.matches("\\d{6}")) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "NO_AUTHORITY",
                    "您的账号不属于任何登记管理机关，无法确定统计范围",
                    "Your account belongs to no registration authority, so there is no jurisdiction to count");
        }
        if (NATIONAL_DIVISION.equals(divisionCode)) {
            return null;
        }
        String prefix = divisionCode;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private static String provinceCode(String firstTwoDigits) {
        return firstTwoDigits + "0000";
    }

    private static List<FlowCases> cases(List<CaseCountRow> rows) {
        Map<String, long[]> byFlow = new TreeMap<>();
        for (CaseCountRow r : rows) {
            long[] counts = byFlow.computeIfAbsent(r.processKey, k -> new long[3]);
            int column = switch (r.state) {
                case "ACTIVE", "SUSPENDED" -> 0;
                case "COMPLETED" -> 1;
                default -> 2; // EXTERNALLY_TERMINATED (cancelled, withdrawn), INTERNALLY_TERMINATED
            };
            counts[column] += r.total;
        }
        return byFlow.entrySet().stream()
                .map(e -> new FlowCases(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Twelve weeks, Monday to Sunday in the calendar's zone, the last one this week; weeks without cases read 0. */
    private List<WeekCompleted> throughput(String prefix, LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> mondays = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            mondays.add(thisMonday.minusWeeks(i));
        }
        List<Instant> laterStarts = mondays.subList(1, WEEKS).stream()
                .map(d -> d.atStartOfDay(zone).toInstant()).toList();
        long[] completed = new long[WEEKS];
        for (WeekCountRow r : mapper.completedPerWeek(prefix, mondays.get(0).atStartOfDay(zone).toInstant(),
                thisMonday.plusWeeks(1).atStartOfDay(zone).toInstant(), laterStarts)) {
            completed[r.weekIndex] += r.total;
        }
        List<WeekCompleted> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new WeekCompleted(mondays.get(i), completed[i]));
        }
        return weeks;
    }

    private static List<ProvinceOrganizations> byProvince(List<OrganizationCount> organizations) {
        Map<String, long[]> byProvince = new TreeMap<>();
        for (OrganizationCount o : organizations) {
            long[] counts = byProvince.computeIfAbsent(o.provinceCode(), k -> new long[2]);
            if (o.status() == OrganizationStatus.ACTIVE) {
                counts[0] += o.count();
            }
            counts[1] += o.count();
        }
        return byProvince.entrySet().stream()
                .map(e -> new ProvinceOrganizations(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Both lists always, so a chart shows an empty list as zero rather than leaving it out. */
    private static List<CreditListCount> credit(List<ListingCountRow> rows) {
        Map<CreditList, long[]> byList = new EnumMap<>(CreditList.class);
        for (CreditList list : CreditList.values()) {
            byList.put(list, new long[2]);
        }
        for (ListingCountRow r : rows) {
            long[] counts = byList.get(r.listType);
            counts[0] += r.inForce;
            counts[1] += r.removed;
        }
        return byList.entrySet().stream()
                .map(e -> new CreditListCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
