package org.socorg.platform.credit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.credit.internal.CaseRow;
import org.socorg.platform.credit.internal.CreditCaseMapper;
import org.socorg.platform.credit.internal.CreditCases;
import org.socorg.platform.credit.internal.Opening;
import org.socorg.platform.credit.internal.RequestRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit sanction (信用惩戒) as people use it: officials propose listings and follow their cases, an organization's
 * account holder objects to a listing, applies for its removal and reads its notices, and anyone reads the public
 * lists and an organization's credit record (joint punishment, 联合惩戒: the lists are public).
 */
@Service
public class CreditSanction {

    /** Who may propose listings and see credit cases of their jurisdiction. */
    static final Set<String> OFFICIAL_GROUPS = Set.of(Groups.ENFORCEMENT_OFFICERS, Groups.REGISTRATION_OFFICIALS,
            Groups.REGISTRATION_DIRECTORS, Groups.REGISTRATION_SUPERVISORS);
    static final Set<String> PROPOSING_GROUPS = Set.of(Groups.ENFORCEMENT_OFFICERS, Groups.REGISTRATION_OFFICIALS);
    /** A partner department's bulk export is capped so one request cannot hold the database for long. */
    public static final int EXPORT_LIMIT = 50_000;
    static final int MAX_PAGE_SIZE = 200;

    private final CreditCases cases;
    private final CreditCaseMapper mapper;
    private final OrganizationRegistry registry;
    private final StatutoryClocks clocks;
    private final ZoneId zone;

    CreditSanction(CreditCases cases, CreditCaseMapper mapper, OrganizationRegistry registry, StatutoryClocks clocks,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.cases = cases;
        this.mapper = mapper;
        this.registry = registry;
        this.clocks = clocks;
        this.zone = ZoneId.of(zone);
    }

    /**
     * An official proposes a listing of an organization of their jurisdiction; its process starts.
     *
     * @throws PlatformException 403 unless an enforcement officer or registration official of the organization's
     *     authority; 400 for a malformed code, an unknown reason or a reason date in the future; 404 unknown code
     */
    @Transactional
    public CreditCase propose(Caller caller, ListingProposal proposal) {
        if (!caller.inAnyGroup(PROPOSING_GROUPS)) {
            throw PlatformException.forbidden("只有执法监察人员或登记管理机关工作人员可以提出列入",
                    "Only enforcement officers and registration officials may propose a listing");
        }
        Organization org = registry.getByCreditCode(proposal.creditCode());
        if (!org.divisionCode().equals(caller.divisionCode())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "OUTSIDE_JURISDICTION",
                    "该组织不由您所在的登记管理机关管辖（" + org.divisionCode() + "）",
                    "The organization is registered with another authority (" + org.divisionCode() + ")");
        }
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        if (proposal.reasonAroseOn() != null && proposal.reasonAroseOn().isAfter(today)) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "REASON_DATE_IN_FUTURE",
                    "列入理由发生日期不能晚于今天", "The day the reason arose cannot be in the future",
                    Map.of("field", "reasonAroseOn"));
        }
        CaseRow row = cases.open(new Opening(org, proposal.reasonCode(), proposal.detail(), proposal.reasonAroseOn(),
                org.divisionCode(), "official", blankToNull(proposal.sourceReference()), caller.id(), false,
                caller));
        return view(row);
    }

    /** One case, for an official of its jurisdiction or the organization's account holder; 404 for anyone else. */
    @Transactional(readOnly = true)
    public CreditCase get(Caller caller, String caseId) {
        CaseRow row = cases.require(caseId);
        boolean official = caller.inAnyGroup(OFFICIAL_GROUPS) && row.divisionCode.equals(caller.divisionCode());
        if (!official && !registry.isAccountHolder(row.creditCode, caller.id())) {
            throw PlatformException.notFound("信用惩戒案件", "credit case", caseId);
        }
        return view(row);
    }

    /** The account holder objects to a listing (异议); an official reviews it. */
    @Transactional
    public CreditRequest object(Caller caller, long listingId, RequestStatement statement) {
        return cases.fileRequest(caller, listingId, CreditRequestKind.OBJECTION, statement.statement()).toRequest();
    }

    /** The account holder applies for removal (移出申请) once the organization has complied; an official confirms. */
    @Transactional
    public CreditRequest applyForRemoval(Caller caller, long listingId, RequestStatement statement) {
        return cases.fileRequest(caller, listingId, CreditRequestKind.REMOVAL, statement.statement()).toRequest();
    }

    /** The objections and removal applications of a case, for those who may see the case. */
    @Transactional(readOnly = true)
    public List<CreditRequest> requests(Caller caller, String caseId) {
        get(caller, caseId);
        return cases.requests(caseId).stream().map(RequestRow::toRequest).toList();
    }

    /**
     * The notices the organization received, newest first: for its account holder and the officials of its
     * authority.
     */
    @Transactional(readOnly = true)
    public List<CreditNotice> notices(Caller caller, String creditCode) {
        Organization org = registry.getByCreditCode(creditCode);
        boolean official = caller.inAnyGroup(OFFICIAL_GROUPS) && org.divisionCode().equals(caller.divisionCode());
        if (!official && !registry.isAccountHolder(org.creditCode(), caller.id())) {
            throw PlatformException.forbidden("只有该组织的账号持有人和主管登记管理机关可以查看告知书",
                    "Only the organization's account holder and its registration authority may read its notices");
        }
        return mapper.findNotices(org.creditCode());
    }

    /**
     * A page of a public list (no sign-in): listings in force, newest first.
     *
     * @param region an administrative division code or its prefix: {@code 440000} or {@code 44} is Guangdong and
     *        its cities, {@code 440100} Guangzhou; null for all
     */
    @Transactional(readOnly = true)
    public PublicListPage publicList(String list, String region, int page, int size) {
        CreditList parsed = parseList(list);
        String prefix = regionPrefix(region);
        if (page < 0) {
            throw invalidField("INVALID_PAGE", "page", "页码不能为负数", "page cannot be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw invalidField("INVALID_PAGE_SIZE", "size", "每页条数须在1到" + MAX_PAGE_SIZE + "之间",
                    "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        long total = mapper.countPublicListings(parsed, prefix);
        List<PublicListing> items = mapper.findPublicListings(parsed, prefix, null, true, size, page * size);
        return new PublicListPage(parsed, prefix, page, size, total, items);
    }

    /** Every listing in force on a list (up to {@link #EXPORT_LIMIT}), for partner departments' bulk fetch. */
    @Transactional(readOnly = true)
    public List<PublicListing> export(String list, String region) {
        return mapper.findPublicListings(parseList(list), regionPrefix(region), null, true, EXPORT_LIMIT, 0);
    }

    /** An organization's public credit record (no sign-in): every listing, removed ones included, oldest first. */
    @Transactional(readOnly = true)
    public CreditHistory history(String creditCode) {
        Organization org = registry.getByCreditCode(creditCode);
        List<PublicListing> listings = mapper.findPublicListings(null, null, org.creditCode(), false, 1000, 0);
        return new CreditHistory(org.creditCode(), org.name(),
                listings.stream().anyMatch(l -> l.inForce() && l.list() == CreditList.ABNORMAL_ACTIVITY),
                listings.stream().anyMatch(l -> l.inForce() && l.list() == CreditList.SERIOUS_DISHONESTY),
                listings);
    }

    static CreditList parseList(String list) {
        try {
            return CreditList.valueOf(list);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalidField("UNKNOWN_LIST", "list", "没有名录 " + list + "；可选：ABNORMAL_ACTIVITY（活动异常名录）、"
                    + "SERIOUS_DISHONESTY（严重违法失信名单）", "No list " + list
                    + "; choose ABNORMAL_ACTIVITY or SERIOUS_DISHONESTY");
        }
    }

    /** A division code's meaningful prefix: trailing "00" pairs name the whole province or city. */
    static String regionPrefix(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!region.matches("\\d{2,6}")) {
            throw invalidField("INVALID_REGION", "region", "地区须为2至6位行政区划代码（如 440000 或 4401）",
                    "region must be an administrative division code or prefix of 2 to 6 digits (e.g. 440000 or 4401)");
        }
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private static PlatformException invalidField(String code, String field, String zh, String en) {
        return new PlatformException(PlatformException.Kind.INVALID_INPUT, code, zh, en, Map.of("field", field));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private CreditCase view(CaseRow r) {
        return new CreditCase(r.id, r.creditCode, r.organizationName, r.listType, r.reasonCode, r.reason,
                r.legalBasis, r.legalBasisEn, r.removalByApplication, r.removalAfterPeriod, r.periodYears,
                r.divisionCode, r.reasonAroseOn, r.source, r.sourceReference, r.proposedBy, r.status, r.listingId,
                r.processInstanceId, r.decidedBy, r.decisionComment, r.createdAt, r.updatedAt,
                r.processInstanceId == null ? List.of() : clocks.forProcessInstance(r.processInstanceId));
    }
}
