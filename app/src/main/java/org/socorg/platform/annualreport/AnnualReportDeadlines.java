package org.socorg.platform.annualreport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.annualreport.internal.AnnualReportMapper;
import org.socorg.platform.annualreport.internal.AnnualReportProperties;
import org.socorg.platform.annualreport.internal.ReportStore;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.ListingProposed;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationQuery;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.task.InboxNotices;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's due dates (configurable per organization type, {@code platform.annual-report}): reminders
 * before the due date to the account holders of organizations that have not filed, and at the due date the
 * proposal to list every active organization that still has not filed in the abnormal-activity list (活动异常名录).
 * The daily timer of the {@code annual-report-deadlines} process calls {@link #sweep}; every step is idempotent, so
 * a day run twice, or a missed day caught up, gives each notice and each proposal once.
 */
@Service
public class AnnualReportDeadlines {

    /** The source named in the credit events this flow publishes. */
    public static final String SOURCE = "annual-report";
    static final String LEGAL_BASIS = "《社会组织信用信息管理办法》第十条第（一）项";
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(AnnualReportDeadlines.class);

    private final AnnualReportMapper mapper;
    private final AnnualReportProperties properties;
    private final OrganizationRegistry registry;
    private final ApplicationEventPublisher events;
    private final InboxNotices notices;
    private final ZoneId zone;

    AnnualReportDeadlines(AnnualReportMapper mapper, AnnualReportProperties properties, OrganizationRegistry registry,
            ApplicationEventPublisher events, InboxNotices notices, @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.notices = notices;
        this.mapper = mapper;
        this.properties = properties;
        this.registry = registry;
        this.events = events;
        this.zone = ZoneId.of(zone);
    }

    /** What one day's sweep did. */
    public record SweepResult(int remindersSent, int listingsProposed) {
    }

    /** The last day to file the report of {@code reportYear} on time. */
    public LocalDate dueOn(OrganizationType type, int reportYear) {
        return properties.dueOn(type, reportYear);
    }

    /** Today on the engine's clock, in the authority's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(ReportStore.now(), zone);
    }

    @Transactional
    public SweepResult sweep(LocalDate today) {
        return new SweepResult(sendReminders(today), proposeOverdue(today));
    }

    /**
     * Reminds the account holders of organizations that have not filed last year's report and whose due date is at
     * most the largest configured number of days away: one reminder per configured step (e.g. 30 and 7 days
     * before); a step already passed when the first reminder is given is not given afterwards.
     *
     * @return how many reminders were given
     */
    @Transactional
    public int sendReminders(LocalDate today) {
        int year = today.getYear() - 1;
        List<Integer> steps = properties.reminderDaysBefore();
        if (steps.isEmpty()) {
            return 0;
        }
        Set<String> filed = new HashSet<>(mapper.filedCodes(year));
        Set<String> given = new HashSet<>(mapper.noticeKeys(year, AnnualReportNotice.REMINDER));
        int[] sent = {0};
        forEachDue(year, filed, org -> {
            LocalDate dueOn = dueOn(org.orgType(), year);
            long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
            if (daysLeft < 0) {
                return;
            }
            Integer step = steps.stream().filter(s -> s >= daysLeft).findFirst().orElse(null);
            if (step == null || steps.stream().anyMatch(s -> s <= step && given.contains(org.creditCode() + "/" + s))) {
                return;
            }
            String zh = "请于" + dueOn + "前报送" + year + "年度工作报告（还剩" + daysLeft + "天）；逾期未报送将被列入活动异常名录";
            String en = "File the annual report for " + year + " by " + dueOn + " (" + daysLeft
                    + " days left); organizations that do not are put on the abnormal-activity list";
            mapper.insertNotice(org.creditCode(), year, AnnualReportNotice.REMINDER, step, dueOn, org.divisionCode(),
                    zh, en, ReportStore.now());
            tellHolder(org, "ANNUAL_REPORT_REMINDER", zh, en);
            sent[0]++;
        });
        if (sent[0] > 0) {
            log.info("Annual report {}: {} reminders given", year, sent[0]);
        }
        return sent[0];
    }

    /**
     * Once an organization's due date has passed without its report, tells its account holder and proposes it for
     * the abnormal-activity list ({@link ListingProposed}, reason {@link ListingReasons#ANNUAL_REPORT_NOT_FILED}),
     * once per organization and year.
     *
     * @return how many organizations were proposed
     */
    @Transactional
    public int proposeOverdue(LocalDate today) {
        int year = today.getYear() - 1;
        Set<String> filed = new HashSet<>(mapper.filedCodes(year));
        Set<String> given = new HashSet<>(mapper.noticeKeys(year, AnnualReportNotice.OVERDUE));
        int[] proposed = {0};
        forEachDue(year, filed, org -> {
            LocalDate dueOn = dueOn(org.orgType(), year);
            if (!today.isAfter(dueOn) || given.contains(org.creditCode() + "/0")) {
                return;
            }
            String zh = "截至" + dueOn + "未报送" + year + "年度工作报告，已提请列入活动异常名录；报送并通过审核后移出";
            String en = "The annual report for " + year + " was not filed by " + dueOn
                    + "; the organization has been proposed for the abnormal-activity list, and is removed"
                    + " once the report is filed and reviewed";
            mapper.insertNotice(org.creditCode(), year, AnnualReportNotice.OVERDUE, 0, dueOn, org.divisionCode(),
                    zh, en, ReportStore.now());
            tellHolder(org, "ANNUAL_REPORT_OVERDUE", zh, en);
            events.publishEvent(new ListingProposed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                    ListingReasons.ANNUAL_REPORT_NOT_FILED,
                    "未按照规定时限报送" + year + "年度工作报告（截止日期" + dueOn + "）",
                    LEGAL_BASIS, org.divisionCode(), SOURCE, reference(org.creditCode(), year)));
            proposed[0]++;
        });
        if (proposed[0] > 0) {
            log.info("Annual report {}: {} organizations proposed for the abnormal-activity list", year, proposed[0]);
        }
        return proposed[0];
    }

    /** The same words in the account holder's inbox, beside their tasks (the notice above is the organization's). */
    private void tellHolder(Organization org, String kind, String zh, String en) {
        registry.accountHolder(org.creditCode()).ifPresent(holder -> notices.toUser(holder,
                new InboxNotices.Notice(kind, org.creditCode(), null, org.name(), "「" + org.name() + "」" + zh,
                        "\"" + org.name() + "\": " + en)));
    }

    /** The source reference of the listing proposed for not filing a year's report, and of its clearance. */
    public static String reference(String creditCode, int reportYear) {
        return "annual-report:" + reportYear + ":" + creditCode;
    }

    /** Every active organization founded by the end of {@code year} that has not filed that year's report. */
    private void forEachDue(int year, Set<String> filed, Consumer<Organization> action) {
        for (int offset = 0; ; offset += PAGE) {
            List<Organization> page = registry.search(new OrganizationQuery(null, null, OrganizationStatus.ACTIVE,
                    null, offset, PAGE));
            page.stream()
                    .filter(org -> org.foundedOn() == null || org.foundedOn().getYear() <= year)
                    .filter(org -> !filed.contains(org.creditCode()))
                    .forEach(action);
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
