package org.socorg.platform.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistered;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatusChanged;
import org.socorg.platform.organization.StatusChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals changes to the organization registry (法人库). Listens synchronously, so the seal joins the transaction that
 * changed the registry.
 */
@Component
class RegistrySealing {

    private final OrganizationRegistry registry;
    private final LogAppender appender;

    RegistrySealing(OrganizationRegistry registry, LogAppender appender) {
        this.registry = registry;
        this.appender = appender;
    }

    @EventListener
    void on(OrganizationRegistered registered) {
        Organization organization = registry.getByCreditCode(registered.creditCode());
        appender.add(new AuditRecord("registry.registered", null, Instant.now(), null, null,
                registered.applicationId(), registered.creditCode(), "organization", organization.status().name(),
                ref(registered.creditCode()), data(organization, registry.statusHistory(organization.id()))));
    }

    /** A later seal of the same record: reconciliation compares the record with its latest seal. */
    @EventListener
    void on(OrganizationStatusChanged changed) {
        Organization organization = registry.getByCreditCode(changed.creditCode());
        appender.add(new AuditRecord("registry.status-changed", null, Instant.now(), null, null,
                changed.caseId(), changed.creditCode(), "organization", organization.status().name(),
                ref(changed.creditCode()), data(organization, registry.statusHistory(organization.id()))));
    }

    static String ref(String creditCode) {
        return "registry:" + creditCode;
    }

    /** The registry row and its status history, as the public query shows them. */
    static Map<String, Object> data(Organization o, List<StatusChange> history) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("creditCode", o.creditCode());
        data.put("certificateNumber", o.certificateNumber());
        data.put("name", o.name());
        data.put("orgType", o.orgType().name());
        data.put("scope", o.scope().name());
        data.put("status", o.status().name());
        data.put("divisionCode", o.divisionCode());
        data.put("registrationAuthority", o.registrationAuthority());
        data.put("supervisingUnit", o.supervisingUnit());
        data.put("legalRepresentative", o.legalRepresentative());
        data.put("activityFunds", o.activityFunds().stripTrailingZeros().toPlainString());
        data.put("address", o.address());
        data.put("businessScope", o.businessScope());
        data.put("foundedOn", o.foundedOn().toString());
        data.put("certificateValidFrom", o.certificateValidFrom().toString());
        data.put("certificateValidTo", o.certificateValidTo().toString());
        data.put("charity", o.charity());
        data.put("publicFundraising", o.publicFundraising());
        data.put("applicationId", o.applicationId());
        List<Object> changes = new ArrayList<>();
        for (StatusChange change : history) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("from", change.fromStatus() == null ? null : change.fromStatus().name());
            c.put("to", change.toStatus().name());
            c.put("reason", change.reason());
            c.put("applicationId", change.applicationId());
            c.put("changedBy", change.changedBy());
            c.put("changedAt", change.changedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            changes.add(c);
        }
        data.put("statusHistory", changes);
        return data;
    }
}
