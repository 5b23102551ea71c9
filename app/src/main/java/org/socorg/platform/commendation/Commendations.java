package org.socorg.platform.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.commendation.internal.CommendationMapper;
import org.socorg.platform.commendation.internal.CommendationRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.CreditCode;
import org.socorg.platform.organization.CreditCodeCheck;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and withdraws commendations (表彰). Only the directors (登记管理机关负责人) of the organization's
 * registration authority do either: a commendation is an official statement of the authority, like its decisions.
 */
@Service
public class Commendations {

    private final CommendationMapper mapper;
    private final OrganizationRegistry registry;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    Commendations(CommendationMapper mapper, OrganizationRegistry registry, ApplicationEventPublisher events,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.mapper = mapper;
        this.registry = registry;
        this.events = events;
        this.zone = ZoneId.of(zone);
    }

    /**
     * Records a commendation of an organization of the director's authority; it is public at once.
     *
     * @throws PlatformException 403 unless a director of the organization's authority ({@code OUTSIDE_JURISDICTION}
     *     for another authority's director); 400 {@code INVALID_CREDIT_CODE} for a malformed code,
     *     {@code AWARD_DATE_IN_FUTURE}; 404 for an unknown code
     */
    @Transactional
    public Commendation record(Caller caller, CommendationRequest request) {
        requireDirector(caller);
        CreditCodeCheck check = CreditCode.check(request.creditCode().trim());
        if (!check.valid()) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_CREDIT_CODE",
                    check.messageZh(), check.messageEn(), Map.of("field", "creditCode"));
        }
        Organization org = registry.getByCreditCode(request.creditCode().trim());
        if (!org.divisionCode().equals(caller.divisionCode())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "OUTSIDE_JURISDICTION",
                    "该组织不由您所在的登记管理机关管辖（" + org.divisionCode() + "）",
                    "The organization is registered with another authority (" + org.divisionCode() + ")");
        }
        Instant now = now();
        if (request.awardedOn().isAfter(LocalDate.ofInstant(now, zone))) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "AWARD_DATE_IN_FUTURE",
                    "授予日期不能晚于今天", "The date awarded cannot be in the future", Map.of("field", "awardedOn"));
        }
        CommendationRow row = new CommendationRow();
        row.creditCode = org.creditCode();
        row.divisionCode = org.divisionCode();
        row.title = request.title().trim();
        row.awardingBody = request.awardingBody().trim();
        row.awardedOn = request.awardedOn();
        row.documentNumber = request.documentNumber().trim();
        row.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        row.recordedBy = caller.id();
        row.recordedAt = now;
        mapper.insert(row);
        Commendation stored = mapper.find(row.id).orElseThrow().toView();
        events.publishEvent(new CommendationChanged(CommendationChanged.RECORDED, stored));
        return stored;
    }

    /**
     * Withdraws a wrongly entered commendation: it stays on record with the reason, and leaves the public page.
     *
     * @throws PlatformException 403 unless a director; 404 for an unknown id or another authority's commendation;
     *     409 {@code ALREADY_WITHDRAWN}
     */
    @Transactional
    public Commendation withdraw(Caller caller, long id, WithdrawalRequest request) {
        requireDirector(caller);
        mapper.find(id).filter(r -> r.divisionCode.equals(caller.divisionCode()))
                .orElseThrow(() -> PlatformException.notFound("表彰记录", "commendation", id));
        if (mapper.withdraw(id, now(), caller.id(), request.reason().trim()) == 0) {
            throw PlatformException.conflict("ALREADY_WITHDRAWN", "该表彰记录已撤回",
                    "The commendation was already withdrawn");
        }
        Commendation stored = mapper.find(id).orElseThrow().toView();
        events.publishEvent(new CommendationChanged(CommendationChanged.WITHDRAWN, stored));
        return stored;
    }

    /** One commendation as stored now, withdrawn or not (the audit log's reconciliation reads it). */
    @Transactional(readOnly = true)
    public Optional<Commendation> find(long id) {
        return mapper.find(id).map(CommendationRow::toView);
    }

    private static void requireDirector(Caller caller) {
        if (!caller.inGroup(Groups.REGISTRATION_DIRECTORS) || caller.divisionCode() == null) {
            throw PlatformException.forbidden("只有登记管理机关负责人可以登记或撤回表彰",
                    "Only directors of the registration authority may record or withdraw commendations");
        }
    }

    /** The engine's clock, to the millisecond the database keeps. */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
}
