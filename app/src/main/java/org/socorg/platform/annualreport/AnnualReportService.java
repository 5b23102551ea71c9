package org.socorg.platform.annualreport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.socorg.platform.annualreport.internal.AnnualReportMapper;
import org.socorg.platform.annualreport.internal.AnnualReportProperties;
import org.socorg.platform.annualreport.internal.PlausibilityRules;
import org.socorg.platform.annualreport.internal.ReportRow;
import org.socorg.platform.annualreport.internal.ReportStore;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files annual reports (年报) and shows them to those allowed to see them: the organization's account holder sees
 * its reports, an official those of organizations registered with their authority (same division code), anyone the
 * published ones.
 */
@Service
@EnableConfigurationProperties(AnnualReportProperties.class)
public class AnnualReportService {

    /** The process every filed report runs through. */
    public static final String PROCESS_KEY = "annual-report";

    static final Set<String> OFFICIAL_GROUPS = Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS,
            Groups.REGISTRATION_SUPERVISORS);

    private final ReportStore store;
    private final AnnualReportMapper mapper;
    private final PlausibilityRules rules;
    private final OrganizationRegistry registry;
    private final AnnualReportProperties properties;
    private final StatutoryClocks clocks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Validator validator;
    private final ZoneId zone;

    AnnualReportService(ReportStore store, AnnualReportMapper mapper, PlausibilityRules rules,
            OrganizationRegistry registry, AnnualReportProperties properties, StatutoryClocks clocks,
            @Lazy RuntimeService runtime, @Lazy IdentityService identity, Validator validator,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.store = store;
        this.mapper = mapper;
        this.rules = rules;
        this.registry = registry;
        this.properties = properties;
        this.clocks = clocks;
        this.runtime = runtime;
        this.identity = identity;
        this.validator = validator;
        this.zone = ZoneId.of(zone);
    }

    /**
     * Files the report of a past year for an organization the caller holds, and starts its review; both or neither
     * happen.
     *
     * @throws PlatformException 403 unless the caller is the organization's account holder; 400 for bad or
     *     implausible figures or a year that cannot be reported on; 409 when that year was filed already or the
     *     organization is not active
     */
    @Transactional
    public AnnualReport file(Caller caller, AnnualReportFiling filing) {
        if (!caller.inGroup(Groups.APPLICANTS)) {
            throw PlatformException.forbidden("只有组织的网上办事账号持有人可以报送年度报告",
                    "Only an organization's account holder can file its annual report");
        }
        validate(filing);
        Organization org = registry.getByCreditCode(filing.creditCode().trim());
        if (!registry.isAccountHolder(org.creditCode(), caller.id())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "NOT_ACCOUNT_HOLDER",
                    "您不是该组织的网上办事账号持有人，不能代其报送年度报告",
                    "You do not act for this organization online, so you cannot file its annual report");
        }
        if (org.status() != OrganizationStatus.ACTIVE) {
            throw PlatformException.conflict("ORGANIZATION_NOT_ACTIVE", "该组织当前状态为 " + org.status()
                    + "，不能报送年度报告", "The organization is " + org.status() + " and cannot file annual reports");
        }
        int year = filing.reportYear();
        LocalDate today = LocalDate.ofInstant(ReportStore.now(), zone);
        if (year >= today.getYear()) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "REPORT_YEAR_NOT_ENDED",
                    year + "年度尚未结束，年度报告在次年报送", "The year " + year
                            + " has not ended; its annual report is filed in the following year",
                    Map.of("field", "reportYear"));
        }
        if (org.foundedOn() != null && year < org.foundedOn().getYear()) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "REPORT_YEAR_BEFORE_FOUNDING",
                    "该组织成立于" + org.foundedOn().getYear() + "年，不能报送" + year + "年度报告",
                    "The organization was founded in " + org.foundedOn().getYear() + " and has no report for " + year,
                    Map.of("field", "reportYear"));
        }
        if (mapper.countForYear(org.creditCode(), year) > 0) {
            throw alreadyFiled(year);
        }
        AnnualReportContent content = filing.content().normalized();
        List<Finding> findings = rules.requirePlausible(org.orgType().name(), content);

        LocalDate dueOn = properties.dueOn(org.orgType(), year);
        ReportRow row = new ReportRow();
        row.setCaseId(UUID.randomUUID().toString());
        row.setCreditCode(org.creditCode());
        row.setReportYear(year);
        row.setStatus(AnnualReportStatus.SUBMITTED);
        row.setDivisionCode(org.divisionCode());
        row.setOrganizationName(org.name());
        row.setOrgType(org.orgType().name());
        row.setFiledBy(caller.id());
        row.setPayload(store.toJson(content));
        row.setFindings(findings.isEmpty() ? null : store.toJson(findings));
        row.setDueOn(dueOn);
        row.setFiledLate(today.isAfter(dueOn));
        row.setSubmittedAt(ReportStore.now());
        row.setCreatedAt(row.getSubmittedAt());
        row.setUpdatedAt(row.getSubmittedAt());
        // The row first: the unique key (organization, year) settles two filings racing each other before any
        // process exists.
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            throw alreadyFiled(year);
        }
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            row.setProcessInstanceId(runtime.startProcessInstanceByKey(PROCESS_KEY, row.getCaseId(), Map.of(
                    "applicationId", row.getCaseId(),
                    "applicantId", caller.id(),
                    "divisionCode", org.divisionCode(),
                    "organizationName", org.name(),
                    "creditCode", org.creditCode(),
                    "reportYear", year,
                    "filedLate", row.isFiledLate())).getProcessInstanceId());
        } finally {
            identity.setAuthentication(previous);
        }
        ReportRow started = store.transition(row.getCaseId(), Set.of(AnnualReportStatus.SUBMITTED),
                r -> r.setProcessInstanceId(row.getProcessInstanceId()));
        return view(started);
    }

    /** One report, if the caller may see it; otherwise 404, as for an id that does not exist. */
    @Transactional(readOnly = true)
    public AnnualReport get(Caller caller, String id) {
        ReportRow row = mapper.findByCaseId(id).orElse(null);
        if (row == null || !maySee(caller, row)) {
            throw PlatformException.notFound("年度报告", "annual report", id);
        }
        return view(row);
    }

    /** An account holder's reports (of the organizations they hold), or those of an official's authority. */
    @Transactional(readOnly = true)
    public List<AnnualReport> list(Caller caller, AnnualReportQuery query) {
        List<ReportRow> rows;
        if (isOfficial(caller)) {
            if (caller.divisionCode() == null) {
                return List.of();
            }
            rows = mapper.search(query, null, caller.divisionCode());
        } else if (caller.inGroup(Groups.APPLICANTS)) {
            List<String> held = heldCodes(caller);
            rows = held.isEmpty() ? List.of() : mapper.search(query, held, null);
        } else {
            throw PlatformException.forbidden("无权查看年度报告", "You may not list annual reports");
        }
        return rows.stream().map(this::view).toList();
    }

    /** The organization's published reports with their inspection results, newest year first: public. */
    @Transactional(readOnly = true)
    public List<PublishedAnnualReport> published(String creditCode) {
        Organization org = registry.getByCreditCode(creditCode);
        return mapper.findPublished(org.creditCode()).stream().map(row -> {
            AnnualReportContent c = store.content(row);
            return new PublishedAnnualReport(row.getCaseId(), row.getCreditCode(), row.getOrganizationName(),
                    row.getReportYear(), row.getOutcome(), row.getOutcome().labelZh(),
                    LocalDate.ofInstant(row.getPublishedAt(), zone), c.totalIncome(), c.totalExpenses(),
                    c.publicWelfareExpenses(), c.netAssetsStart(), c.netAssetsEnd(),
                    c.meetingsHeld() == null ? 0 : c.meetingsHeld(), c.workSummary(), c.publicWelfareActivities());
        }).toList();
    }

    /** The due-date reminders and overdue notices for the organizations the caller holds, newest first. */
    @Transactional(readOnly = true)
    public List<AnnualReportNotice> notices(Caller caller) {
        if (!caller.inGroup(Groups.APPLICANTS)) {
            throw PlatformException.forbidden("年报提醒只发给组织的网上办事账号持有人",
                    "Annual-report reminders go to organizations' account holders only");
        }
        List<String> held = heldCodes(caller);
        return held.isEmpty() ? List.of() : mapper.notices(held);
    }

    private List<String> heldCodes(Caller caller) {
        return registry.heldBy(caller.id()).stream().map(Organization::creditCode).toList();
    }

    private boolean maySee(Caller caller, ReportRow row) {
        if (isOfficial(caller)) {
            return row.getDivisionCode() != null && row.getDivisionCode().equals(caller.divisionCode());
        }
        return caller.inGroup(Groups.APPLICANTS) && registry.isAccountHolder(row.getCreditCode(), caller.id());
    }

    static boolean isOfficial(Caller caller) {
        return caller.inAnyGroup(OFFICIAL_GROUPS);
    }

    private void validate(AnnualReportFiling filing) {
        Set<ConstraintViolation<?>> violations = new HashSet<>(validator.validate(filing));
        violations.addAll(validator.validate(filing.content()));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static PlatformException alreadyFiled(int year) {
        return PlatformException.conflict("REPORT_ALREADY_FILED", "该组织已报送" + year + "年度报告，每年度只报送一次",
                "The organization has already filed its annual report for " + year + "; one report per year");
    }

    private AnnualReport view(ReportRow row) {
        return new AnnualReport(row.getCaseId(), row.getCreditCode(), row.getOrganizationName(), row.getOrgType(),
                row.getDivisionCode(), row.getReportYear(), row.getStatus(), row.getOutcome(), store.content(row),
                store.findings(row), row.getDueOn(), row.isFiledLate(), row.getFiledBy(), row.getReviewOpinion(),
                row.getCorrections(), row.getSubmittedAt(), row.getReviewedAt(), row.getPublishedAt(),
                row.getProcessInstanceId(),
                row.getProcessInstanceId() == null ? List.of() : clocks.forProcessInstance(row.getProcessInstanceId()));
    }
}
