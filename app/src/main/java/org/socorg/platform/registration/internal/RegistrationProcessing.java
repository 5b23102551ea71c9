package org.socorg.platform.registration.internal;

import java.util.EnumSet;
import java.util.List;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.Reason;
import org.socorg.platform.registration.RegistrationDecided;
import org.socorg.platform.shared.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the establishment process does to an application at each automated step. */
@Component
public class RegistrationProcessing {

    private final ApplicationStore store;
    private final OrganizationRegistry registry;
    private final RegistrationRules rules;
    private final ApplicationEventPublisher events;

    RegistrationProcessing(ApplicationStore store, OrganizationRegistry registry, RegistrationRules rules,
            ApplicationEventPublisher events) {
        this.store = store;
        this.registry = registry;
        this.rules = rules;
        this.events = events;
    }

    /** Runs the DMN rules; records the reasons when there are any. */
    @Transactional
    public List<Reason> checkRequirements(String applicationId) {
        ApplicationRow row = store.require(applicationId);
        EstablishmentRequest details = store.details(row);
        List<Reason> reasons = rules.check(details, registry.isNameTaken(row.getDivisionCode(), details.name()));
        if (!reasons.isEmpty()) {
            store.transition(row, EnumSet.of(ApplicationStatus.ACCEPTED), r -> r.setOutcomeReasons(store.toJson(reasons)));
        }
        return reasons;
    }

    /**
     * Creates the organization with its credit code and certificate number.
     *
     * @throws PlatformException {@code NAME_TAKEN} if the name was registered meanwhile; the reason is recorded
     */
    @Transactional(noRollbackFor = PlatformException.class)
    public Organization approve(String applicationId, String approvedBy) {
        ApplicationRow row = store.require(applicationId);
        EstablishmentRequest d = store.details(row);
        try {
            Organization org = registry.register(new NewOrganization(d.name(), d.orgType(), d.scope(),
                    row.getDivisionCode(), d.supervisingUnit(), d.legalRepresentative(), d.activityFunds(),
                    d.address(), d.businessScope(), applicationId, row.getApplicantId(), approvedBy));
            store.transition(row, EnumSet.of(ApplicationStatus.ACCEPTED), r -> {
                r.setStatus(ApplicationStatus.APPROVED);
                r.setOrganizationId(org.id());
                r.setCreditCode(org.creditCode());
                r.setDecidedAt(ApplicationStore.now());
            });
            events.publishEvent(new RegistrationDecided(applicationId, row.getKind(), ApplicationStatus.APPROVED,
                    row.getDivisionCode(), org.creditCode()));
            return org;
        } catch (PlatformException e) {
            if ("NAME_TAKEN".equals(e.code())) {
                recordReasons(applicationId, List.of(new Reason(e.code(), e.messageZh(), e.messageEn())));
            }
            throw e;
        }
    }

    @Transactional
    public void recordReasons(String applicationId, List<Reason> reasons) {
        store.transition(applicationId, EnumSet.complementOf(EnumSet.of(ApplicationStatus.APPROVED,
                ApplicationStatus.REFUSED, ApplicationStatus.NOT_ACCEPTED)), r -> r.setOutcomeReasons(store.toJson(reasons)));
    }

    /** The final "no": refused (不予登记) or not accepted (不予受理), with the reasons already recorded. */
    @Transactional
    public void finish(String applicationId, ApplicationStatus outcome) {
        ApplicationRow row = store.transition(applicationId,
                EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED), r -> {
                    r.setStatus(outcome);
                    r.setDecidedAt(ApplicationStore.now());
                });
        events.publishEvent(new RegistrationDecided(applicationId, row.getKind(), outcome, row.getDivisionCode(),
                null));
    }
}
