package org.socorg.platform.registration.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.ChangeRequest;
import org.socorg.platform.registration.DeregistrationRequest;
import org.socorg.platform.registration.Reason;
import org.socorg.platform.registration.RegistrationDecided;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the change (变更) and deregistration (注销) processes do to an application at each automated step: check the
 * rules, then on approval change or end the organization in the registry.
 */
@Component
public class AmendmentProcessing {

    /** Refusals by the registry at approval that the process turns into a refusal of the application. */
    static final Set<String> REGISTRY_REFUSALS = Set.of("NAME_TAKEN", "ORGANIZATION_NOT_ACTIVE");

    private final ApplicationStore store;
    private final OrganizationRegistry registry;
    private final RegistrationRules rules;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    AmendmentProcessing(ApplicationStore store, OrganizationRegistry registry, RegistrationRules rules,
            ApplicationEventPublisher events, @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.store = store;
        this.registry = registry;
        this.rules = rules;
        this.events = events;
        this.zone = ZoneId.of(zone);
    }

    /** The change's rules (name rules for a new name, funds, change DMN); records the reasons when there are any. */
    @Transactional
    public List<Reason> checkChange(String applicationId) {
        ApplicationRow row = store.require(applicationId);
        ChangeRequest change = store.change(row);
        Organization org = registry.getByCreditCode(row.getCreditCode());
        List<Reason> reasons = org.status() != OrganizationStatus.ACTIVE ? List.of(notActive(org))
                : rules.checkChange(org, change, change.name() != null
                        && registry.isNameTakenByAnother(org.divisionCode(), change.name(), org.creditCode()));
        record(row, reasons);
        return reasons;
    }

    /** The deregistration requirements (DMN); records the reasons when there are any. */
    @Transactional
    public List<Reason> checkDeregistration(String applicationId) {
        ApplicationRow row = store.require(applicationId);
        Organization org = registry.getByCreditCode(row.getCreditCode());
        List<Reason> reasons = org.status() != OrganizationStatus.ACTIVE ? List.of(notActive(org))
                : rules.checkDeregistration(org, store.deregistration(row),
                        LocalDate.ofInstant(ApplicationStore.now(), zone));
        record(row, reasons);
        return reasons;
    }

    /**
     * Writes the approved change into the registry, with its old and new values.
     *
     * @throws PlatformException {@code NAME_TAKEN} when the name was registered meanwhile, {@code
     *     ORGANIZATION_NOT_ACTIVE} when the organization ended meanwhile; the reason is recorded
     */
    @Transactional(noRollbackFor = PlatformException.class)
    public Organization approveChange(String applicationId, String approvedBy) {
        ApplicationRow row = store.require(applicationId);
        try {
            Organization org = registry.applyChange(row.getCreditCode(), store.change(row).changedDetails(),
                    applicationId, approvedBy);
            approved(row);
            return org;
        } catch (PlatformException e) {
            throw recorded(applicationId, e);
        }
    }

    /**
     * Deregisters the organization: status DEREGISTERED, certificate validity ended, code retired.
     *
     * @throws PlatformException {@code ORGANIZATION_NOT_ACTIVE} when it ended meanwhile; the reason is recorded
     */
    @Transactional(noRollbackFor = PlatformException.class)
    public Organization approveDeregistration(String applicationId, String approvedBy) {
        ApplicationRow row = store.require(applicationId);
        try {
            Organization org = registry.deregister(row.getCreditCode(), store.deregistration(row).reason(),
                    applicationId, approvedBy);
            approved(row);
            return org;
        } catch (PlatformException e) {
            throw recorded(applicationId, e);
        }
    }

    private void approved(ApplicationRow row) {
        store.transition(row, EnumSet.of(ApplicationStatus.ACCEPTED), r -> {
            r.setStatus(ApplicationStatus.APPROVED);
            r.setDecidedAt(ApplicationStore.now());
        });
        events.publishEvent(new RegistrationDecided(row.getId(), row.getKind(), ApplicationStatus.APPROVED,
                row.getDivisionCode(), row.getCreditCode()));
    }

    private PlatformException recorded(String applicationId, PlatformException e) {
        if (REGISTRY_REFUSALS.contains(e.code())) {
            store.transition(applicationId, EnumSet.of(ApplicationStatus.ACCEPTED),
                    r -> r.setOutcomeReasons(store.toJson(List.of(new Reason(e.code(), e.messageZh(), e.messageEn())))));
        }
        return e;
    }

    private void record(ApplicationRow row, List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            store.transition(row, EnumSet.of(ApplicationStatus.ACCEPTED), r -> r.setOutcomeReasons(store.toJson(reasons)));
        }
    }

    private static Reason notActive(Organization org) {
        PlatformException e = OrganizationRegistry.notActive(org);
        return new Reason(e.code(), e.messageZh(), e.messageEn());
    }
}
