package org.socorg.platform.credit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.credit.ListingCauseCleared;
import org.socorg.platform.credit.ListingProposed;
import org.socorg.platform.organization.OrganizationRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Other flows' findings, handled synchronously inside the transaction that publishes them (a plain
 * {@code @EventListener}, not an asynchronous {@code @ApplicationModuleListener}): the platform has no event
 * publication registry, so an after-commit listener that failed or was cut off by a restart would lose a proposal
 * and with it the 5-working-day entry limit, silently. In the publisher's transaction the cause and the credit case
 * commit together or not at all — a failure here rolls back the proposing step, which then shows as an incident of
 * its own job or a refused request, and is retried — and the audit log seals both in one transaction.
 */
@Component
class CreditEventListeners {

    private static final Logger log = LoggerFactory.getLogger(CreditEventListeners.class);

    private final CreditCases cases;
    private final OrganizationRegistry registry;

    CreditEventListeners(CreditCases cases, OrganizationRegistry registry) {
        this.cases = cases;
        this.registry = registry;
    }

    @EventListener
    void on(ListingProposed proposed) {
        // the reason code decides the list (DMN credit-listing-reasons); a proposer naming another list is told so
        cases.listOf(proposed.reasonCode()).filter(list -> list != proposed.list()).ifPresent(list -> log.warn(
                "{} proposed {} for the {} list; the rules put it on {}", proposed.source(), proposed.reasonCode(),
                proposed.list(), list));
        cases.open(new Opening(registry.getByCreditCode(proposed.creditCode()), proposed.reasonCode(),
                proposed.reason(), null, proposed.divisionCode(), proposed.source(), proposed.sourceReference(),
                proposed.source(), false, null));
    }

    @EventListener
    void on(ListingCauseCleared cleared) {
        cases.causeCleared(cleared);
    }
}
