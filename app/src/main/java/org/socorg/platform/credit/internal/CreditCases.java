package org.socorg.platform.credit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.credit.CreditCaseStatus;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditRequestKind;
import org.socorg.platform.credit.CreditRequestStatus;
import org.socorg.platform.credit.ListingCauseCleared;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit cases and what each step of {@code credit-listing} does to them: open a case and start its process,
 * enter, correct and remove the listing, escalate it, write the organization's notices, and deliver the
 * organization's requests and other flows' findings to the waiting process. Dates are the engine's clock, so
 * process tests can move time.
 */
@Component
public class CreditCases {

    public static final String PROCESS_KEY = "credit-listing";
    public static final String ENTRY_RULE = "credit-listing-entry";
    static final String ESCALATION_SOURCE = "credit-escalation";
    static final String SYSTEM = "system";
    static final String MESSAGE_CAUSE_CLEARED = "credit-listing-cause-cleared";
    static final String MESSAGE_OBJECTION_FILED = "credit-listing-objection-filed";
    static final String MESSAGE_REMOVAL_APPLIED = "credit-listing-removal-applied";
    static final String MESSAGE_NEW_REASON = "credit-listing-new-reason";

    private static final Logger log = LoggerFactory.getLogger(CreditCases.class);

    private final CreditCaseMapper mapper;
    private final CreditListingRules rules;
    private final OrganizationRegistry registry;
    private final StatutoryClocks clocks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ZoneId zone;

    CreditCases(CreditCaseMapper mapper, CreditListingRules rules, OrganizationRegistry registry,
            StatutoryClocks clocks, @Lazy RuntimeService runtime, @Lazy IdentityService identity,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.mapper = mapper;
        this.rules = rules;
        this.registry = registry;
        this.clocks = clocks;
        this.runtime = runtime;
        this.identity = identity;
        this.zone = ZoneId.of(zone);
    }

    // ---- opening a case ------------------------------------------------------------------------------------

    /**
     * Opens a case and starts its process; both or neither happen. A proposal that names a source reference
     * already open for the same reason is the same proposal: the open case is returned and nothing new starts.
     *
     * @throws PlatformException 400 {@code UNKNOWN_REASON_CODE} when the DMN has no row for the reason
     */
    @Transactional
    public CaseRow open(Opening o) {
        ListingRule rule = rules.forReason(o.reasonCode()).orElseThrow(() -> new PlatformException(
                PlatformException.Kind.INVALID_INPUT, "UNKNOWN_REASON_CODE",
                "没有这一列入理由：" + o.reasonCode() + "（见 ListingReasons 与决策表 credit-listing-reasons）",
                "No listing reason " + o.reasonCode() + " (see ListingReasons and the decision credit-listing-reasons)",
                Map.of("field", "reasonCode")));
        Organization org = o.organization();
        if (o.sourceReference() != null) {
            for (CaseRow open : mapper.findOpenCases(org.creditCode())) {
                if (open.reasonCode.equals(o.reasonCode()) && open.source.equals(o.source())
                        && o.sourceReference().equals(open.sourceReference)) {
                    return open;
                }
            }
        }
        Instant now = now();
        CaseRow row = new CaseRow();
        row.id = UUID.randomUUID().toString();
        row.creditCode = org.creditCode();
        row.organizationName = org.name();
        row.listType = rule.list();
        row.reasonCode = o.reasonCode();
        row.reason = truncate(o.detail() == null || o.detail().isBlank() ? rule.reasonZh()
                : rule.reasonZh() + "：" + o.detail().trim(), 500);
        row.legalBasis = truncate(rule.legalBasisZh(), 300);
        row.legalBasisEn = truncate(rule.legalBasisEn(), 300);
        row.removalByApplication = rule.removalByApplication();
        row.removalAfterPeriod = rule.removalAfterPeriod();
        row.escalates = rule.escalatesAfterPeriod();
        row.periodYears = rule.periodYears();
        row.divisionCode = o.divisionCode() == null ? org.divisionCode() : o.divisionCode();
        row.reasonAroseOn = o.reasonAroseOn() == null ? today() : o.reasonAroseOn();
        row.source = o.source();
        row.sourceReference = o.sourceReference();
        row.proposedBy = o.proposedBy();
        row.status = CreditCaseStatus.PROPOSED;
        row.createdAt = now;
        row.updatedAt = now;
        mapper.insertCase(row);
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationId", row.id);
        variables.put("divisionCode", row.divisionCode);
        variables.put("organizationName", row.organizationName);
        variables.put("creditCode", row.creditCode);
        variables.put("listType", row.listType.name());
        variables.put("reasonCode", row.reasonCode);
        variables.put("preConfirmed", o.preConfirmed());
        variables.put("escalatesAfterPeriod", row.escalates);
        var previous = identity.getCurrentAuthentication();
        if (o.actor() != null) {
            identity.setAuthentication(o.actor().id(), List.copyOf(o.actor().groups()));
        }
        try {
            row.processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, row.id, variables)
                    .getProcessInstanceId();
        } finally {
            if (o.actor() != null) {
                identity.setAuthentication(previous);
            }
        }
        // the process may already have moved the case on (a pre-confirmed listing is entered at once)
        CaseRow current = require(row.id);
        current.processInstanceId = row.processInstanceId;
        current.updatedAt = now();
        mapper.updateCase(current);
        return current;
    }

    /** The list the rules put a reason on, empty for an unknown reason. */
    public java.util.Optional<CreditList> listOf(String reasonCode) {
        return rules.forReason(reasonCode).map(ListingRule::list);
    }

    @Transactional(readOnly = true)
    public CaseRow require(String caseId) {
        return mapper.findCase(caseId).orElseThrow(() -> PlatformException.notFound("信用惩戒案件", "credit case",
                caseId));
    }

    // ---- process steps -------------------------------------------------------------------------------------

    /** Starts the entry clock on the day the reason arose: credit information is entered within 5 working days. */
    @Transactional
    public void startEntryClock(String processInstanceId, String caseId) {
        CaseRow c = require(caseId);
        clocks.start(processInstanceId, ENTRY_RULE, c.reasonAroseOn.atStartOfDay(zone).toInstant());
    }

    /** Enters the confirmed listing, notifies the organization, and restarts the period of its other listings. */
    @Transactional
    public long enter(String caseId, String confirmedBy) {
        CaseRow c = requireStatus(caseId, CreditCaseStatus.PROPOSED);
        LocalDate today = today();
        ListingRow l = new ListingRow();
        l.creditCode = c.creditCode;
        l.listType = c.listType;
        l.reasonCode = c.reasonCode;
        l.reason = c.reason;
        l.legalBasis = c.legalBasis;
        l.divisionCode = c.divisionCode;
        l.listedOn = today;
        l.listedBy = confirmedBy == null ? SYSTEM : confirmedBy;
        l.source = c.source;
        l.sourceReference = c.sourceReference;
        l.caseId = c.id;
        l.periodStartedOn = today;
        l.createdAt = now();
        mapper.insertListing(l);
        c.status = CreditCaseStatus.LISTED;
        c.listingId = l.id;
        touch(c);
        notice(c, "LISTED",
                "贵组织因“" + c.reason + "”，依据" + c.legalBasis + "，于" + today + "被列入" + listZh(c.listType)
                        + "（列入编号 " + l.id + "）。如有异议，可在平台提出异议；" + removalHintZh(c),
                "Your organization was put on the " + listEn(c.listType) + " on " + today + " (listing " + l.id
                        + ") for: " + c.reasonCode + ", legal basis: " + c.legalBasisEn
                        + ". You may object on the platform. " + removalHintEn(c));
        if (!ListingReasons.ABNORMAL_FOR_TWO_YEARS.equals(c.reasonCode)) {
            restartOtherPeriods(c, today);
        }
        return l.id;
    }

    /** 新的列入理由重新起算期间: every other listing in force of the organization starts its period again today. */
    private void restartOtherPeriods(CaseRow entered, LocalDate today) {
        for (ListingRow other : mapper.findListingsInForce(entered.creditCode)) {
            if (other.caseId == null || other.caseId.equals(entered.id)) {
                continue;
            }
            mapper.restartPeriod(other.id, today);
            runtime.createMessageCorrelation(MESSAGE_NEW_REASON).processInstanceBusinessKey(other.caseId)
                    .setVariable("periodRestartedBy", entered.id).correlateAllWithResult();
        }
    }

    /** The moment the listing's period ends: its start (restarted by each new reason) plus the rule's years. */
    @Transactional(readOnly = true)
    public Instant periodEndsAt(String caseId) {
        CaseRow c = require(caseId);
        ListingRow l = requireListing(c);
        LocalDate start = l.periodStartedOn == null ? l.listedOn : l.periodStartedOn;
        return start.plusYears(c.periodYears).atStartOfDay(zone).toInstant();
    }

    @Transactional
    public void reject(String caseId) {
        CaseRow c = requireStatus(caseId, CreditCaseStatus.PROPOSED);
        c.status = CreditCaseStatus.REJECTED;
        touch(c);
    }

    @Transactional
    public void withdraw(String caseId) {
        CaseRow c = requireStatus(caseId, CreditCaseStatus.PROPOSED);
        c.status = CreditCaseStatus.WITHDRAWN;
        touch(c);
    }

    /** Removes the listing (移出) and tells the organization why; pending requests about it are closed. */
    @Transactional
    public void remove(String caseId, RemovalKind kind, String by, String explanation) {
        CaseRow c = requireStatus(caseId, CreditCaseStatus.LISTED);
        String detail = explanation == null || explanation.isBlank() ? "" : "：" + explanation.trim();
        String reason = switch (kind) {
            case CAUSE_CLEARED -> "列入事由已消除 / Cause cleared" + detail;
            case OBJECTION_UPHELD -> "异议成立，列入有误，予以移出 / Objection upheld: listed in error" + detail;
            case ON_APPLICATION -> "已履行相关义务，依申请移出 / Removed on application after compliance" + detail;
            case ESCALATED -> "列入活动异常名录满2年，移入严重违法失信名单 / Two years on the abnormal-activity list: "
                    + "moved to the serious-dishonesty list";
        };
        mapper.removeListing(c.listingId, today(), truncate(reason, 500), by == null ? SYSTEM : truncate(by, 64));
        mapper.closePendingRequests(c.id, now());
        c.status = kind == RemovalKind.ESCALATED ? CreditCaseStatus.ESCALATED : CreditCaseStatus.REMOVED;
        touch(c);
        notice(c, kind == RemovalKind.ESCALATED ? "ESCALATED" : "REMOVED",
                "贵组织的" + listZh(c.listType) + "列入记录（编号 " + c.listingId + "）已于" + today() + "移出。原因：" + reason,
                "Listing " + c.listingId + " of your organization on the " + listEn(c.listType) + " was removed on "
                        + today() + ". Reason: " + reason);
    }

    /** The objection was upheld and the listing's reason corrected; it stays in force. */
    @Transactional
    public void correct(String caseId, String correctedReason) {
        CaseRow c = requireStatus(caseId, CreditCaseStatus.LISTED);
        mapper.correctListing(c.listingId, truncate(correctedReason.trim(), 500));
        notice(c, "CORRECTED", "贵组织的异议成立，列入记录（编号 " + c.listingId + "）的列入原因已更正为：" + correctedReason.trim(),
                "Your objection was upheld: the reason of listing " + c.listingId + " now reads: "
                        + correctedReason.trim());
    }

    @Transactional
    public void noticeObjectionRejected(String caseId, String comment) {
        CaseRow c = require(caseId);
        notice(c, "OBJECTION_REJECTED", "贵组织对列入记录（编号 " + c.listingId + "）提出的异议不成立，列入保持。理由：" + comment,
                "Your objection to listing " + c.listingId + " was rejected; the listing stays. Reasons: " + comment);
    }

    @Transactional
    public void noticeRemovalRefused(String caseId, String comment) {
        CaseRow c = require(caseId);
        notice(c, "REMOVAL_REFUSED", "贵组织移出列入记录（编号 " + c.listingId + "）的申请未获同意。理由：" + comment,
                "Your application to remove listing " + c.listingId + " was refused. Reasons: " + comment);
    }

    @Transactional
    public void noticeRemovalPossible(String caseId) {
        CaseRow c = require(caseId);
        notice(c, "REMOVAL_POSSIBLE", "贵组织列入" + listZh(c.listType) + "已满" + c.periodYears
                        + "年且期间内无新的列入理由，履行相关义务后可申请移出（列入编号 " + c.listingId + "）。",
                "Listing " + c.listingId + " has been on the " + listEn(c.listType) + " for " + c.periodYears
                        + " years without a new listing reason: once you have met your obligations you may apply "
                        + "for removal.");
    }

    /**
     * 满2年移入严重违法失信名单: removes the abnormal-activity listing and lists the organization on the
     * serious-dishonesty list (a new, pre-confirmed case), unless it is already there or on its way.
     */
    @Transactional
    public void escalate(String caseId) {
        CaseRow c = requireStatus(caseId, CreditCaseStatus.LISTED);
        remove(caseId, RemovalKind.ESCALATED, SYSTEM, null);
        boolean alreadySerious = mapper.findOpenCases(c.creditCode).stream()
                .anyMatch(open -> open.listType == CreditList.SERIOUS_DISHONESTY
                        && ListingReasons.ABNORMAL_FOR_TWO_YEARS.equals(open.reasonCode));
        if (alreadySerious) {
            return;
        }
        open(new Opening(registry.getByCreditCode(c.creditCode), ListingReasons.ABNORMAL_FOR_TWO_YEARS,
                "自" + requireListing(c).listedOn + "起列入活动异常名录满2年", today(), c.divisionCode,
                ESCALATION_SOURCE, c.id, SYSTEM, true, null));
    }

    // ---- what other flows and the organization bring ------------------------------------------------------

    /** Delivers another flow's finding that a listing's cause is gone to each matching open case. */
    @Transactional
    public int causeCleared(ListingCauseCleared e) {
        String by = e.sourceReference() == null ? e.source() : e.source() + ":" + e.sourceReference();
        int delivered = 0;
        for (CaseRow c : mapper.findOpenCases(e.creditCode())) {
            if (c.listType != e.list() || !c.reasonCode.equals(e.reasonCode())) {
                continue;
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put("clearedExplanation", e.explanation() == null ? "" : e.explanation());
            vars.put("clearedBy", truncate(by, 64));
            delivered += runtime.createMessageCorrelation(MESSAGE_CAUSE_CLEARED).processInstanceBusinessKey(c.id)
                    .setVariables(vars).correlateAllWithResult().size();
        }
        // listings entered before this flow existed have no case to tell: remove them here
        for (ListingRow l : mapper.findListingsInForce(e.creditCode())) {
            if (l.caseId == null && l.listType == e.list() && l.reasonCode.equals(e.reasonCode())) {
                mapper.removeListing(l.id, today(), truncate("列入事由已消除 / Cause cleared"
                        + (e.explanation() == null ? "" : "：" + e.explanation()), 500), truncate(by, 64));
                delivered++;
            }
        }
        if (delivered == 0) {
            log.info("No open credit case of {} for {} / {}: nothing to remove", e.creditCode(), e.list(),
                    e.reasonCode());
        }
        return delivered;
    }

    /**
     * Files the account holder's objection or removal application and hands it to the waiting process.
     *
     * @throws PlatformException 404 unknown listing, 403 not the organization's account holder, 409 when the listing
     *     is not in force, a request of that kind is pending, or removal is not (yet) open to application
     */
    @Transactional
    public RequestRow fileRequest(Caller caller, long listingId, CreditRequestKind kind, String statement) {
        ListingRow listing = mapper.findListing(listingId).orElseThrow(() -> PlatformException.notFound("信用名录列入记录",
                "credit listing", listingId));
        if (!registry.isAccountHolder(listing.creditCode, caller.id())) {
            throw PlatformException.forbidden("只有该组织的账号持有人可以就其列入记录提出异议或移出申请",
                    "Only the organization's account holder may object to its listing or apply for its removal");
        }
        if (listing.removedOn != null || listing.caseId == null) {
            throw PlatformException.conflict("LISTING_NOT_IN_FORCE", "该列入记录已移出或不在本平台办理",
                    "The listing is no longer in force or is not handled on this platform");
        }
        CaseRow c = requireStatus(listing.caseId, CreditCaseStatus.LISTED);
        if (mapper.findPendingRequest(c.id, kind).isPresent()) {
            throw kind == CreditRequestKind.OBJECTION
                    ? PlatformException.conflict("OBJECTION_PENDING", "该列入记录已有待处理的异议",
                            "An objection to this listing is already being handled")
                    : PlatformException.conflict("REMOVAL_PENDING", "该列入记录已有待处理的移出申请",
                            "An application to remove this listing is already being handled");
        }
        if (kind == CreditRequestKind.REMOVAL) {
            if (!c.removalByApplication) {
                throw PlatformException.conflict("REMOVAL_NOT_BY_APPLICATION",
                        "该理由的列入不能依申请移出（" + c.legalBasis + "）",
                        "A listing for this reason is not removed on application (" + c.legalBasisEn + ")");
            }
            Instant periodEnds = periodEndsAt(c.id);
            if (c.removalAfterPeriod && now().isBefore(periodEnds)) {
                LocalDate from = LocalDate.ofInstant(periodEnds, zone);
                throw new PlatformException(PlatformException.Kind.CONFLICT, "REMOVAL_PERIOD_NOT_OVER",
                        "列入满" + c.periodYears + "年且期间内无新的列入理由后方可申请移出，最早 " + from,
                        "Removal may be applied for once the listing has been in force for " + c.periodYears
                                + " years without a new listing reason: from " + from,
                        Map.of("removableFrom", from.toString()));
            }
        }
        RequestRow r = new RequestRow();
        r.id = UUID.randomUUID().toString();
        r.caseId = c.id;
        r.listingId = listingId;
        r.kind = kind;
        r.filedBy = caller.id();
        r.statement = statement.trim();
        r.status = CreditRequestStatus.PENDING;
        r.filedAt = now();
        mapper.insertRequest(r);
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            int delivered = runtime.createMessageCorrelation(kind == CreditRequestKind.OBJECTION
                            ? MESSAGE_OBJECTION_FILED : MESSAGE_REMOVAL_APPLIED)
                    .processInstanceBusinessKey(c.id).correlateAllWithResult().size();
            if (delivered == 0) {
                throw PlatformException.conflict("LISTING_NOT_IN_FORCE", "该列入记录当前不能受理此申请",
                        "The listing cannot take this request now");
            }
        } finally {
            identity.setAuthentication(previous);
        }
        return r;
    }

    /** Records the official's answer to the pending request of that kind. */
    @Transactional
    public RequestRow decideRequest(String caseId, CreditRequestKind kind, CreditRequestStatus status, String by,
            String comment) {
        RequestRow r = mapper.findPendingRequest(caseId, kind).orElseThrow(() -> PlatformException.conflict(
                "NO_PENDING_REQUEST", "没有待处理的申请", "There is no pending request to decide"));
        r.status = status;
        r.decidedBy = by;
        r.decisionComment = comment;
        r.decidedAt = now();
        mapper.updateRequest(r);
        return r;
    }

    /** Records who confirmed or rejected the proposal, and why. */
    @Transactional
    public void recordDecision(String caseId, String by, String comment) {
        CaseRow c = requireStatus(caseId, CreditCaseStatus.PROPOSED);
        c.decidedBy = by;
        c.decisionComment = comment;
        touch(c);
    }

    @Transactional(readOnly = true)
    public List<RequestRow> requests(String caseId) {
        return mapper.findRequests(caseId);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private CaseRow requireStatus(String caseId, CreditCaseStatus expected) {
        CaseRow c = require(caseId);
        if (c.status != expected) {
            throw PlatformException.conflict("WRONG_CASE_STATE", "案件状态为 " + c.status + "，不能办理此步骤",
                    "The case is " + c.status + "; this step needs " + expected);
        }
        return c;
    }

    private ListingRow requireListing(CaseRow c) {
        if (c.listingId == null) {
            throw PlatformException.conflict("NOT_LISTED", "该案件尚未列入", "The case has no listing yet");
        }
        return mapper.findListing(c.listingId).orElseThrow();
    }

    private void touch(CaseRow c) {
        c.updatedAt = now();
        mapper.updateCase(c);
    }

    private void notice(CaseRow c, String kind, String zh, String en) {
        mapper.insertNotice(c.creditCode, c.id, c.listingId, kind, truncate(zh, 2000), truncate(en, 2000), now());
    }

    private static String removalHintZh(CaseRow c) {
        if (!c.removalByApplication) {
            return "该理由的列入不能依申请移出。";
        }
        return c.removalAfterPeriod ? "列入满" + c.periodYears + "年且期间内无新的列入理由后，可申请移出。"
                : "履行相关义务后，可申请移出。";
    }

    private static String removalHintEn(CaseRow c) {
        if (!c.removalByApplication) {
            return "A listing for this reason is not removed on application.";
        }
        return c.removalAfterPeriod ? "You may apply for removal after " + c.periodYears
                + " years without a new listing reason." : "You may apply for removal once you have complied.";
    }

    static String listZh(CreditList list) {
        return list == CreditList.ABNORMAL_ACTIVITY ? "活动异常名录" : "严重违法失信名单";
    }

    static String listEn(CreditList list) {
        return list == CreditList.ABNORMAL_ACTIVITY ? "abnormal-activity list" : "serious-dishonesty list";
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }
}
