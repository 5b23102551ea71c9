package org.socorg.platform.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditListing;
import org.socorg.platform.credit.CreditStanding;
import org.socorg.platform.disclosure.internal.CertificateDocument;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.RegistrySearch;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public query (一网通查): search, an organization's public page gathered from the registry, the credit lists
 * and every feature's {@link PublicRecordSource}, the public credit lists, and the registration certificate with
 * its verification. Everything here is read-only and open to anyone; it returns only what the law makes public.
 */
@Service
@Transactional(readOnly = true)
public class PublicQueryService {

    /** The tabs of an organization's page, in DOMAIN.md's order. */
    public static final List<String> SECTION_ORDER = List.of(PublicSections.REGISTRATION_NOTICES,
            PublicSections.ANNUAL_REPORTS, PublicSections.EVALUATION, PublicSections.COMMENDATIONS,
            PublicSections.PENALTIES, PublicSections.CREDIT_LISTINGS, PublicSections.FUNDRAISING_QUALIFICATION,
            PublicSections.FUNDRAISING_PLANS);

    private static final Logger log = LoggerFactory.getLogger(PublicQueryService.class);
    private static final Pattern REGION = Pattern.compile("\\d{1,6}");
    private static final Pattern CODE_LIKE = Pattern.compile("[0-9A-Za-z]{18}");
    private static final int MAX_TEXT = 100;
    private static final int LIST_BATCH = 500;

    private final OrganizationRegistry registry;
    private final CreditStanding credit;
    private final List<PublicRecordSource> sources;
    private final CertificateDocument certificates;
    private final ZoneId zone;
    private final Clock clock;

    PublicQueryService(OrganizationRegistry registry, CreditStanding credit, List<PublicRecordSource> sources,
            CertificateDocument certificates, @Value("${platform.calendar.zone:Asia/Shanghai}") String zone,
            Optional<Clock> clock) {
        this.registry = registry;
        this.credit = credit;
        this.sources = List.copyOf(sources);
        this.certificates = certificates;
        this.zone = ZoneId.of(zone);
        this.clock = clock.orElse(Clock.system(this.zone));
    }

    /**
     * Searches by name fragment or full code with every filter of the public query.
     *
     * @throws PlatformException 400 naming {@code q} or {@code region} when they are not a search the registry can
     *     answer
     */
    public PublicSearchResult search(PublicQuery query) {
        String text = query.text() == null ? null : query.text().strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw invalidParameter("q", "查询词不能超过 " + MAX_TEXT + " 个字符",
                    "The search text must not be longer than " + MAX_TEXT + " characters");
        }
        if (text != null && CODE_LIKE.matcher(text).matches()) {
            text = text.toUpperCase(java.util.Locale.ROOT);
        }
        String region = region(query.region());
        Collection<String> only = null;
        Collection<String> except = null;
        if (query.credit() == CreditFilter.ABNORMAL_ACTIVITY) {
            only = codesInForce(CreditList.ABNORMAL_ACTIVITY, region);
        } else if (query.credit() == CreditFilter.SERIOUS_DISHONESTY) {
            only = codesInForce(CreditList.SERIOUS_DISHONESTY, region);
        } else if (query.credit() == CreditFilter.CLEAR) {
            Set<String> listed = new HashSet<>(codesInForce(CreditList.ABNORMAL_ACTIVITY, region));
            listed.addAll(codesInForce(CreditList.SERIOUS_DISHONESTY, region));
            except = listed;
        }
        RegistrySearch search = new RegistrySearch(text, query.type(), query.status(), region, query.charity(),
                query.fundraising(), only, except, query.page() * query.size(), query.size());
        List<Organization> found = registry.search(search);
        long total = found.size() < query.size() && query.page() == 0 ? found.size() : registry.count(search);
        return new PublicSearchResult(found.stream().map(this::summary).toList(), total, query.page(), query.size());
    }

    /**
     * An organization's whole public page.
     *
     * @throws PlatformException 400 for a malformed code (saying what is wrong), 404 for an unknown one
     */
    public PublicOrganization organization(String creditCode) {
        Organization o = registry.getByCreditCode(creditCode);
        List<PublicStatusChange> history = registry.statusHistory(o.id()).stream()
                .map(c -> new PublicStatusChange(c.fromStatus(), c.toStatus(), c.reason(), c.changedAt(),
                        c.applicationId()))
                .toList();
        List<PublicCreditListing> listings = credit.history(o.creditCode()).stream()
                .map(l -> listing(l, o.name())).toList();
        return new PublicOrganization(basicInfo(o), history, listings, sections(o.creditCode()));
    }

    /**
     * A public credit list (活动异常名录 / 严重违法失信名单): the listings in force, newest first.
     *
     * @param region division-code prefix, or null for every authority
     */
    public List<PublicCreditListing> creditList(CreditList list, String region, int page, int size) {
        int pageSize = size <= 0 ? 20 : Math.min(size, PublicQuery.MAX_SIZE);
        List<CreditListing> listings = credit.inForce(list, region(region), pageSize, Math.max(0, page) * pageSize);
        Set<String> codes = listings.stream().map(CreditListing::creditCode).collect(Collectors.toSet());
        Map<String, String> names = codes.isEmpty() ? Map.of()
                : registry.search(new RegistrySearch(null, null, null, null, null, null, codes, null, 0, 200))
                        .stream().collect(Collectors.toMap(Organization::creditCode, Organization::name));
        return listings.stream().map(l -> listing(l, names.get(l.creditCode()))).toList();
    }

    /** What the certificate's verification page says: valid while active and within its validity. */
    public CertificateCheck checkCertificate(String creditCode) {
        Organization o = registry.getByCreditCode(creditCode);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        boolean active = o.status() == OrganizationStatus.ACTIVE;
        boolean inTime = !today.isBefore(o.certificateValidFrom()) && !today.isAfter(o.certificateValidTo());
        String zh;
        String en;
        if (!active) {
            zh = o.status() == OrganizationStatus.REVOKED ? "登记证书已被撤销" : "该组织已注销，登记证书失效";
            en = o.status() == OrganizationStatus.REVOKED ? "The registration certificate has been revoked"
                    : "The organization is deregistered; its certificate is no longer valid";
        } else if (!inTime) {
            zh = "登记证书不在有效期内";
            en = "The registration certificate is outside its period of validity";
        } else {
            zh = "登记证书有效";
            en = "The registration certificate is valid";
        }
        return new CertificateCheck(o.creditCode(), o.name(), o.orgType(), o.certificateNumber(), o.status(),
                o.certificateValidFrom(), o.certificateValidTo(), today, active && inTime, zh, en);
    }

    /**
     * The registration certificate (登记证书) as PDF, with a QR code of {@code verifyUrl}.
     *
     * @throws PlatformException 409 {@code CERTIFICATE_NOT_VALID} when the organization is no longer active
     */
    public byte[] certificatePdf(String creditCode, String verifyBaseUrl) {
        Organization o = registry.getByCreditCode(creditCode);
        if (o.status() != OrganizationStatus.ACTIVE) {
            throw PlatformException.conflict("CERTIFICATE_NOT_VALID", "该组织已不在正常状态，不再出具登记证书",
                    "The organization is no longer active; no registration certificate is issued");
        }
        String base = verifyBaseUrl.endsWith("/") ? verifyBaseUrl.substring(0, verifyBaseUrl.length() - 1)
                : verifyBaseUrl;
        return certificates.render(o, base + "/verify/" + o.creditCode());
    }

    private List<PublicSection> sections(String creditCode) {
        Map<String, List<PublicRecord>> records = new LinkedHashMap<>();
        Map<String, Boolean> complete = new LinkedHashMap<>();
        SECTION_ORDER.forEach(key -> {
            records.put(key, new ArrayList<>());
            complete.put(key, true);
        });
        for (PublicRecordSource source : sources) {
            String key = source.section();
            records.computeIfAbsent(key, k -> new ArrayList<>());
            complete.putIfAbsent(key, true);
            try {
                records.get(key).addAll(source.publicRecords(creditCode));
            } catch (RuntimeException e) {
                // one feature failing must not take the whole public page down; the tab says it is incomplete
                log.warn("public record source {} failed for {}", source.getClass().getName(), creditCode, e);
                complete.put(key, false);
            }
        }
        Comparator<PublicRecord> newestFirst = Comparator.comparing(PublicRecord::date,
                Comparator.nullsLast(Comparator.reverseOrder()));
        return records.entrySet().stream()
                .map(e -> new PublicSection(e.getKey(), e.getValue().stream().sorted(newestFirst).toList(),
                        complete.get(e.getKey())))
                .toList();
    }

    private PublicOrganizationSummary summary(Organization o) {
        List<CreditList> lists = credit.listingsInForce(o.creditCode()).stream().map(CreditListing::list).distinct()
                .toList();
        return new PublicOrganizationSummary(o.creditCode(), o.name(), o.orgType(), o.status(),
                o.registrationAuthority(), o.divisionCode(), o.foundedOn(), o.charity(), o.publicFundraising(),
                lists);
    }

    private static PublicBasicInfo basicInfo(Organization o) {
        return new PublicBasicInfo(o.name(), o.creditCode(), o.certificateNumber(), o.orgType(), o.scope(),
                o.status(), o.foundedOn(), o.registrationAuthority(), o.divisionCode(), o.supervisingUnit(),
                o.legalRepresentative(), o.activityFunds(), o.address(), o.businessScope(),
                o.certificateValidFrom(), o.certificateValidTo(), o.charity(), o.publicFundraising(),
                o.applicationId());
    }

    private static PublicCreditListing listing(CreditListing l, String name) {
        return new PublicCreditListing(l.creditCode(), name, l.list(), l.reason(), l.legalBasis(), l.divisionCode(),
                l.listedOn(), l.removedOn(), l.removalReason(), l.sourceReference());
    }

    /** Every code on a list now, read in batches: the lists are small next to the registry. */
    private List<String> codesInForce(CreditList list, String region) {
        List<String> codes = new ArrayList<>();
        for (int offset = 0; ; offset += LIST_BATCH) {
            List<CreditListing> batch = credit.inForce(list, region, LIST_BATCH, offset);
            batch.stream().map(CreditListing::creditCode).forEach(codes::add);
            if (batch.size() < LIST_BATCH) {
                return codes.stream().distinct().toList();
            }
        }
    }

    private static String region(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String r = region.strip();
        if (!REGION.matcher(r).matches()) {
            throw invalidParameter("region", "地区须为行政区划代码的前 1 至 6 位数字，如 44 或 440100",
                    "The region must be the first 1 to 6 digits of a division code, e.g. 44 or 440100");
        }
        return r;
    }

    private static PlatformException invalidParameter(String field, String zh, String en) {
        return new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_PARAMETER", zh, en,
                Map.of("field", field));
    }
}
