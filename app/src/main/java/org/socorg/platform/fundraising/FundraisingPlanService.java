package org.socorg.platform.fundraising;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.socorg.platform.credit.CreditStanding;
import org.socorg.platform.fundraising.internal.FundraisingRules;
import org.socorg.platform.fundraising.internal.FundraisingStore;
import org.socorg.platform.fundraising.internal.PlanRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fundraising plan filing (募捐方案备案): a qualified charity files each public fundraising plan with its
 * registration authority; an official checks it is complete (process {@code fundraising-plan-filing}); the filed
 * plan, its progress reports and the amounts raised are public.
 */
@Service
public class FundraisingPlanService {

    public static final String PLAN_PROCESS = "fundraising-plan-filing";

    private final FundraisingStore store;
    private final FundraisingRules rules;
    private final FundraisingService qualifications;
    private final OrganizationRegistry registry;
    private final CreditStanding credit;

    FundraisingPlanService(FundraisingStore store, FundraisingRules rules, FundraisingService qualifications,
            OrganizationRegistry registry, CreditStanding credit) {
        this.store = store;
        this.rules = rules;
        this.qualifications = qualifications;
        this.registry = registry;
        this.credit = credit;
    }

    /**
     * Files a plan for a charity the caller acts for and starts its process.
     *
     * @throws PlatformException 400 {@code INVALID_DATES}; 403 unless the caller is an applicant holding the
     *     organization; 409 {@code NO_QUALIFICATION}, {@code CREDIT_LISTED} (joint punishment),
     *     {@code FILING_TOO_LATE} (DMN fundraising-filing-dates, with its reasons)
     */
    @Transactional
    public FundraisingPlan file(Caller caller, PlanRequest request) {
        Organization org = qualifications.heldOrganization(caller, request.creditCode());
        checkDates(request);
        Qualification qualification = qualifications.qualifications(org.creditCode()).stream()
                .filter(Qualification::valid).findFirst()
                .orElseThrow(() -> PlatformException.conflict("NO_QUALIFICATION",
                        "该组织没有有效的公开募捐资格，不能备案募捐方案",
                        "The organization holds no valid public-fundraising qualification; it cannot file a plan"));
        if (!credit.listingsInForce(org.creditCode()).isEmpty()) {
            throw PlatformException.conflict("CREDIT_LISTED",
                    "该组织被列入活动异常名录或严重违法失信名单，依联合惩戒不予备案",
                    "The organization is on a credit list; joint punishment bars filing fundraising plans");
        }
        List<Reason> late = rules.filingDates(store.today(), request.startDate(), request.inEmergency());
        if (!late.isEmpty()) {
            throw new PlatformException(PlatformException.Kind.CONFLICT, "FILING_TOO_LATE",
                    late.stream().map(Reason::messageZh).collect(Collectors.joining("；")),
                    late.stream().map(Reason::messageEn).collect(Collectors.joining("; ")),
                    Map.of("reasons", late.stream().map(Reason::code).toList()));
        }
        PlanRow row = new PlanRow();
        row.id = UUID.randomUUID().toString();
        row.creditCode = org.creditCode();
        row.organizationName = org.name();
        row.divisionCode = org.divisionCode();
        row.applicantId = caller.id();
        row.qualificationId = qualification.id();
        row.status = PlanStatus.SUBMITTED;
        row.apply(request);
        row.submittedOn = store.today();
        row.submittedAt = FundraisingStore.now();
        row.updatedAt = row.submittedAt;
        row.processInstanceId = qualifications.startProcess(caller, PLAN_PROCESS, row.id, Map.of(
                "applicationId", row.id,
                "applicantId", caller.id(),
                "divisionCode", org.divisionCode(),
                "organizationName", org.name(),
                "creditCode", org.creditCode()));
        store.mapper().insertPlan(row);
        return view(row);
    }

    /** One plan, if the caller acts for its organization or is an official of its authority; otherwise 404. */
    @Transactional(readOnly = true)
    public FundraisingPlan get(Caller caller, String id) {
        PlanRow row = store.mapper().findPlan(id).orElse(null);
        if (row == null || !(caller.id().equals(row.applicantId)
                || registry.isAccountHolder(row.creditCode, caller.id())
                || FundraisingService.isOfficial(caller) && row.divisionCode.equals(caller.divisionCode()))) {
            throw PlatformException.notFound("募捐方案备案", "fundraising plan", id);
        }
        return view(row);
    }

    /**
     * Records a progress report (募捐进展) of a filed plan: the amount raised so far, which becomes public.
     *
     * @throws PlatformException 404 unless the caller acts for the organization; 409 {@code WRONG_STATE} unless the
     *     plan is filed and not yet closed
     */
    @Transactional
    public FundraisingPlan reportProgress(Caller caller, String planId, ProgressRequest request) {
        PlanRow row = store.mapper().findPlan(planId).orElse(null);
        if (row == null || !registry.isAccountHolder(row.creditCode, caller.id())) {
            throw PlatformException.notFound("募捐方案备案", "fundraising plan", planId);
        }
        PlanRow updated = store.transitionPlan(planId, EnumSet.of(PlanStatus.FILED),
                r -> r.amountRaised = request.amountRaised());
        store.mapper().insertProgress(planId, store.today(), request.amountRaised(),
                request.note() == null || request.note().isBlank() ? null : request.note().trim(), false,
                caller.id(), FundraisingStore.now());
        return view(updated);
    }

    /** The organization's filed and closed plans with their progress, newest first: what the public sees. */
    @Transactional(readOnly = true)
    public List<FundraisingPlan> publicPlans(String creditCode) {
        return store.mapper().findPublicPlans(creditCode).stream().map(this::view).toList();
    }

    /** @throws PlatformException 400 {@code INVALID_DATES} naming {@code endDate} when it is before the start */
    public static void checkDates(PlanRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_DATES",
                    "募捐结束日期不能早于开始日期", "The end date cannot be before the start date",
                    Map.of("field", "endDate"));
        }
    }

    private FundraisingPlan view(PlanRow row) {
        BigDecimal raised = row.amountRaised;
        return new FundraisingPlan(row.id, row.creditCode, row.organizationName, row.divisionCode, row.applicantId,
                row.status, row.title, row.purpose, row.targetAmount, row.startDate, row.endDate, row.region,
                row.bankAccount, row.emergency, row.filingNumber, raised, row.closingSummary,
                store.reasons(row.outcomeReasons), row.processInstanceId, row.submittedOn, row.filedAt, row.closedAt,
                store.mapper().findProgress(row.id));
    }
}
