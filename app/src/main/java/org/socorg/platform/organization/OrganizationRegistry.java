package org.socorg.platform.organization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

    /**
     * Applies an approved change registration (变更登记): sets the fields {@code change} names, keeps each field's old
     * and new value in the change history, and answers the organization as it is now. A field set to its current
     * value is no change and leaves no record.
     *
     * @throws PlatformException 404 for an unknown code; {@code ORGANIZATION_NOT_ACTIVE} (409) once it is
     *     deregistered or revoked; {@code NAME_TAKEN} (409) when another active organization of the jurisdiction
     *     has the new name; in each case nothing is written and the surrounding transaction stays usable
     */
    @Transactional(noRollbackFor = PlatformException.class)
    public Organization applyChange(String creditCode, ChangedDetails change, String applicationId, String changedBy) {
        OrganizationRow row = lockActive(creditCode);
        Instant now = clock.instant();
        List<FieldChange> changes = new ArrayList<>();
        if (change.name() != null && !change.name().trim().equals(row.getName())) {
            changes.add(new FieldChange("name", row.getName(), change.name().trim(), applicationId, changedBy, now));
            row.setName(change.name().trim());
            row.setActiveName(OrganizationNames.normalize(row.getName()));
        }
        if (change.address() != null && !change.address().trim().equals(row.getAddress())) {
            changes.add(new FieldChange("address", row.getAddress(), change.address().trim(), applicationId,
                    changedBy, now));
            row.setAddress(change.address().trim());
        }
        if (change.legalRepresentative() != null
                && !change.legalRepresentative().trim().equals(row.getLegalRepresentative())) {
            changes.add(new FieldChange("legalRepresentative", row.getLegalRepresentative(),
                    change.legalRepresentative().trim(), applicationId, changedBy, now));
            row.setLegalRepresentative(change.legalRepresentative().trim());
        }
        if (change.businessScope() != null && !change.businessScope().trim().equals(row.getBusinessScope())) {
            changes.add(new FieldChange("businessScope", row.getBusinessScope(), change.businessScope().trim(),
                    applicationId, changedBy, now));
            row.setBusinessScope(change.businessScope().trim());
        }
        if (change.supervisingUnit() != null && !change.supervisingUnit().isBlank()
                && !change.supervisingUnit().trim().equals(row.getSupervisingUnit())) {
            changes.add(new FieldChange("supervisingUnit", row.getSupervisingUnit(), change.supervisingUnit().trim(),
                    applicationId, changedBy, now));
            row.setSupervisingUnit(change.supervisingUnit().trim());
        }
        if (change.activityFunds() != null && change.activityFunds().compareTo(row.getActivityFunds()) != 0) {
            changes.add(new FieldChange("activityFunds", plain(row.getActivityFunds()), plain(change.activityFunds()),
                    applicationId, changedBy, now));
            row.setActivityFunds(change.activityFunds());
        }
        if (changes.isEmpty()) {
            return row.toOrganization();
        }
        row.setUpdatedAt(now);
        try {
            mapper.updateRegistered(row);
        } catch (DuplicateKeyException e) {
            // the unique key on (division, active name) settles a race with an approval of the same name
            throw nameTaken(change.name());
        }
        for (FieldChange c : changes) {
            mapper.insertChange(row.getId(), c);
        }
        Organization changed = row.toOrganization();
        events.publishEvent(new OrganizationChanged(changed.id(), changed.creditCode(), applicationId,
                List.copyOf(changes)));
        return changed;
    }

    /**
     * Deregisters an organization (注销登记): its status becomes {@code DEREGISTERED}, its certificate's validity ends
     * today, its name is free again in the jurisdiction. The credit code is retired: it stays in the registry, the
     * public query finds it with its status, and it is never issued again.
     *
     * @throws PlatformException 404 for an unknown code; {@code ORGANIZATION_NOT_ACTIVE} (409) once it is
     *     deregistered or revoked; nothing is written and the surrounding transaction stays usable
     */
    @Transactional(noRollbackFor = PlatformException.class)
    public Organization deregister(String creditCode, String reason, String applicationId, String deregisteredBy) {
        OrganizationRow row = lockActive(creditCode);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        row.setStatus(OrganizationStatus.DEREGISTERED);
        row.setActiveName(null);
        if (row.getCertificateValidTo().isAfter(today)) {
            row.setCertificateValidTo(today);
        }
        row.setUpdatedAt(now);
        mapper.updateRegistered(row);
        mapper.insertStatusChange(row.getId(), OrganizationStatus.ACTIVE, OrganizationStatus.DEREGISTERED,
                reason == null || reason.isBlank() ? "注销登记 / Deregistration" : "注销登记 / Deregistration: "
                        + (reason.length() > 400 ? reason.substring(0, 400) : reason),
                applicationId, deregisteredBy, now);
        Organization ended = row.toOrganization();
        events.publishEvent(new OrganizationDeregistered(ended.id(), ended.creditCode(), applicationId, today));
        return ended;
    }

    /** The organization's approved changes of registered fields, oldest first (变更记录). */
    @Transactional(readOnly = true)
    public List<FieldChange> changeHistory(long organizationId) {
        return mapper.changeHistory(organizationId);
    }

    /**
     * Whether another active organization than the one with {@code creditCode} has this (normalised) name in the
     * jurisdiction: the name check of a change of name.
     */
    @Transactional(readOnly = true)
    public boolean isNameTakenByAnother(String divisionCode, String name, String creditCode) {
        return mapper.countActiveByNameExcept(divisionCode, OrganizationNames.normalize(name), creditCode) > 0;
    }

    private OrganizationRow lockActive(String creditCode) {
        CreditCode valid = parseForQuery(creditCode);
        OrganizationRow row = mapper.lockByCreditCode(valid.toString())
                .orElseThrow(() -> PlatformException.notFound("统一社会信用代码对应的组织", "organization with credit code",
                        valid));
        if (row.getStatus() != OrganizationStatus.ACTIVE) {
            throw notActive(row);
        }
        return row;
    }

    /** The refusal for an organization that is deregistered or revoked: nothing more can be registered for it. */
    public static PlatformException notActive(Organization organization) {
        return notActive(organization.name(), organization.status());
    }

    private static PlatformException notActive(OrganizationRow row) {
        return notActive(row.getName(), row.getStatus());
    }

    private static PlatformException notActive(String name, OrganizationStatus status) {
        String zh = status == OrganizationStatus.DEREGISTERED ? "已注销" : "登记证书已被撤销";
        return PlatformException.conflict("ORGANIZATION_NOT_ACTIVE", name + zh + "，不能再办理登记事项",
                name + " is " + status + "; no further registration is possible for it");
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    /**
     * Revokes an active organization's registration certificate (撤销登记证书), the outcome of an enforcement case:
     * its status becomes REVOKED, its name is free again, its code stays queryable and is never reused.
     *
     * @param caseId the enforcement case that decided it, recorded in the status history
     * @throws PlatformException 404 for an unknown code, 409 {@code ORGANIZATION_NOT_ACTIVE} when it is not active
     */
    @Transactional
    public Organization revokeCertificate(String creditCode, String reason, String caseId, String revokedBy) {
        Organization current = getByCreditCode(creditCode);
        Instant now = clock.instant();
        if (current.status() != OrganizationStatus.ACTIVE
                || mapper.updateStatus(current.id(), OrganizationStatus.ACTIVE, OrganizationStatus.REVOKED, now) == 0) {
            throw PlatformException.conflict("ORGANIZATION_NOT_ACTIVE",
                    "该组织不是正常状态，无法撤销登记证书：" + current.name(),
                    "The organization is not active, so its certificate cannot be revoked: " + current.name());
        }
        mapper.insertStatusChange(current.id(), OrganizationStatus.ACTIVE, OrganizationStatus.REVOKED, reason, caseId,
                revokedBy, now);
        events.publishEvent(new OrganizationStatusChanged(current.id(), current.creditCode(), OrganizationStatus.ACTIVE,
                OrganizationStatus.REVOKED, caseId));
        return getByCreditCode(creditCode);
    }

    /**
     * Recognizes an active organization as a charity organization (慈善组织认定, Charity Law Art. 10): the
     * precondition for public fundraising. The caller (the fundraising feature) checks the official's role and
     * jurisdiction.
     *
     * @throws PlatformException 404 for an unknown code; 409 {@code NOT_ACTIVE} or {@code ALREADY_CHARITY}
     */
    @Transactional
    public Organization recognizeAsCharity(String creditCode) {
        Organization org = getByCreditCode(creditCode);
        if (org.status() != OrganizationStatus.ACTIVE) {
            throw PlatformException.conflict("NOT_ACTIVE", "只有正常状态的组织可以认定为慈善组织",
                    "Only an active organization can be recognized as a charity organization");
        }
        if (org.charity()) {
            throw PlatformException.conflict("ALREADY_CHARITY", "该组织已认定为慈善组织",
                    "The organization is already recognized as a charity organization");
        }
        mapper.updateCharity(org.creditCode(), true, clock.instant());
        events.publishEvent(new OrganizationUpdated(org.creditCode(), "charity-recognized", null));
        return getByCreditCode(org.creditCode());
    }

    /**
     * Sets or clears the organization's public-fundraising flag (具有公开募捐资格), which the public query shows:
     * set when a qualification is granted, cleared when it is revoked.
     */
    @Transactional
    public Organization setPublicFundraising(String creditCode, boolean qualified) {
        Organization org = getByCreditCode(creditCode);
        mapper.updatePublicFundraising(org.creditCode(), qualified, clock.instant());
        events.publishEvent(new OrganizationUpdated(org.creditCode(),
                qualified ? "fundraising-qualified" : "fundraising-revoked", null));
        return getByCreditCode(org.creditCode());
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

    /**
     * The organization with this code, or empty for an unknown or malformed code: for readers that must not fail
     * (a thrown refusal would spoil the caller's transaction).
     */
    @Transactional(readOnly = true)
    public Optional<Organization> find(String code) {
        if (!CreditCode.check(code).valid()) {
            return Optional.empty();
        }
        return mapper.findByCreditCode(CreditCode.parse(code).toString()).map(OrganizationRow::toOrganization);
    }

    /** Who acts for the organization online (its account holder), when anyone does. */
    @Transactional(readOnly = true)
    public Optional<String> accountHolder(String creditCode) {
        return mapper.findAccountHolder(creditCode);
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
