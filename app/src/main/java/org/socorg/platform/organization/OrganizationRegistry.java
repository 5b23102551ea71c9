package org.socorg.platform.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.organization.internal.OrganizationMapper;
import org.socorg.platform.organization.internal.OrganizationRow;
import org.socorg.platform.organization.internal.RegistrySequences;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization registry (法人库): creates organizations at establishment, issuing their unified social credit
 * code and certificate number, and answers queries by code, name and status.
 */
@Service
public class OrganizationRegistry {

    private final OrganizationMapper mapper;
    private final RegistrySequences sequences;
    private final ApplicationEventPublisher events;
    private final String organizationCodePrefix;
    private final String authorityName;
    private final int certificateValidityYears;
    private final ZoneId zone;
    private final Clock clock;

    OrganizationRegistry(OrganizationMapper mapper, RegistrySequences sequences, ApplicationEventPublisher events,
            @Value("${platform.credit-code.organization-code-prefix:MJ}") String organizationCodePrefix,
            @Value("${platform.authority.name-zh}") String authorityName,
            @Value("${platform.certificate.validity-years:5}") int certificateValidityYears,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone,
            Optional<Clock> clock) {
        this.mapper = mapper;
        this.sequences = sequences;
        this.events = events;
        this.organizationCodePrefix = organizationCodePrefix;
        this.authorityName = authorityName;
        this.certificateValidityYears = certificateValidityYears;
        this.zone = ZoneId.of(zone);
        this.clock = clock.orElse(Clock.system(this.zone));
    }

    /**
     * Creates an active organization with a fresh credit code and certificate number.
     *
     * @throws PlatformException {@code NAME_TAKEN} (409) when an active organization of that name exists in the
     *     jurisdiction; the surrounding transaction stays usable so a process can take its refusal path.
     */
    @Transactional(noRollbackFor = PlatformException.class)
    public Organization register(NewOrganization n) {
        // No name pre-check: the rules already looked, and the unique key on (division, active name) is the
        // authority that also settles a race between two approvals.
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        // One sequence per installation, not per division: the 9-character organization code must be unique on its
        // own, so each installation is given its own prefix (see README, Decisions).
        long orgSeq = sequences.next("orgcode");
        String body = CreditCodes.organizationBody(organizationCodePrefix, orgSeq);
        CreditCode code = CreditCodes.compose(CreditCodes.CIVIL_AFFAIRS, n.orgType(), n.divisionCode(), body);
        // The certificate number reuses the organization sequence: unique by construction, one row lock less.
        String certificateNumber = "%s-%d-%07d".formatted(n.divisionCode(), today.getYear(), orgSeq);

        OrganizationRow row = new OrganizationRow();
        row.setCreditCode(code.toString());
        row.setCertificateNumber(certificateNumber);
        row.setName(n.name().trim());
        row.setActiveName(OrganizationNames.normalize(n.name()));
        row.setSearchName(searchForm(n.name()));
        row.setOrgType(n.orgType());
        row.setScope(n.scope());
        row.setStatus(OrganizationStatus.ACTIVE);
        row.setDivisionCode(n.divisionCode());
        row.setRegistrationAuthority(authorityName);
        row.setSupervisingUnit(n.supervisingUnit());
        row.setLegalRepresentative(n.legalRepresentative());
        row.setActivityFunds(n.activityFunds());
        row.setAddress(n.address());
        row.setBusinessScope(n.businessScope());
        row.setFoundedOn(today);
        row.setCertificateValidFrom(today);
        row.setCertificateValidTo(today.plusYears(certificateValidityYears).minusDays(1));
        row.setApplicationId(n.applicationId());
        row.setAccountHolder(n.accountHolder());
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            // Lost a race with a concurrent approval of the same name: the unique key is the last word.
            throw nameTaken(n.name());
        }
        mapper.insertStatusChange(row.getId(), null, OrganizationStatus.ACTIVE, "成立登记 / Establishment registration",
                n.applicationId(), n.approvedBy(), now);
        Organization created = row.toOrganization();
        events.publishEvent(new OrganizationRegistered(created.id(), created.creditCode(), certificateNumber,
                created.name(), created.orgType(), created.divisionCode(), n.applicationId()));
        return created;
    }

    /** Whether an active organization with this (normalised) name is registered in the jurisdiction. */
    @Transactional(readOnly = true)
    public boolean isNameTaken(String divisionCode, String name) {
        return mapper.countActiveByName(divisionCode, OrganizationNames.normalize(name)) > 0;
    }

    /**
     * The organization with this code.
     *
     * @throws PlatformException 400 naming exactly what is wrong with a malformed code; 404 for a valid but unknown
     *     one
     */
    @Transactional(readOnly = true)
    public Organization getByCreditCode(String code) {
        CreditCode valid = parseForQuery(code);
        return mapper.findByCreditCode(valid.toString()).map(OrganizationRow::toOrganization)
                .orElseThrow(() -> PlatformException.notFound("统一社会信用代码对应的组织", "organization with credit code",
                        valid));
    }

    /** Whether this user acts for the organization online (its account holder): what applicants' requests check. */
    @Transactional(readOnly = true)
    public boolean isAccountHolder(String creditCode, String userId) {
        return userId != null && mapper.countHeldBy(creditCode, userId) > 0;
    }

    /** The organizations this user acts for, oldest first: an applicant's "my organizations". */
    @Transactional(readOnly = true)
    public List<Organization> heldBy(String userId) {
        return mapper.findHeldBy(userId).stream().map(OrganizationRow::toOrganization).toList();
    }

    @Transactional(readOnly = true)
    public List<StatusChange> statusHistory(long organizationId) {
        return mapper.statusHistory(organizationId);
    }

    @Transactional(readOnly = true)
    public List<Organization> search(OrganizationQuery query) {
        String text = query.text() == null || query.text().isBlank() ? null : query.text();
        // A person searching for "100%" or "a_b" means those characters, not LIKE wildcards.
        String pattern = text == null ? null : text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return mapper.search(query, pattern).stream().map(OrganizationRow::toOrganization).toList();
    }

    /** The public query's search (一网通查): name fragment or code, and every filter it offers; see {@link RegistrySearch}. */
    @Transactional(readOnly = true)
    public List<Organization> search(RegistrySearch search) {
        return mapper.searchRegistry(search, namePattern(search)).stream().map(OrganizationRow::toOrganization)
                .toList();
    }

    /** How many organizations {@link #search(RegistrySearch)} finds in all, ignoring offset and limit. */
    @Transactional(readOnly = true)
    public long count(RegistrySearch search) {
        return mapper.countRegistry(search, namePattern(search));
    }

    private static String namePattern(RegistrySearch search) {
        if (search.text() == null) {
            return null;
        }
        String text = searchForm(search.text());
        return text.isEmpty() ? null : text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A name as searches compare it: the registry's normal form, Latin letters in lower case. */
    private static String searchForm(String name) {
        return OrganizationNames.normalize(name).toLowerCase(java.util.Locale.ROOT);
    }

    private static CreditCode parseForQuery(String code) {
        CreditCodeCheck check = CreditCode.check(code);
        if (!check.valid()) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_CREDIT_CODE",
                    check.messageZh(), check.messageEn(),
                    check.position() == null ? Map.of("error", check.error().name())
                            : Map.of("error", check.error().name(), "position", check.position()));
        }
        return CreditCode.parse(code);
    }

    private static PlatformException nameTaken(String name) {
        return PlatformException.conflict("NAME_TAKEN",
                "本登记管理机关辖区内已有同名的正常状态组织：" + name,
                "An active organization named " + name + " is already registered in this jurisdiction");
    }
}
