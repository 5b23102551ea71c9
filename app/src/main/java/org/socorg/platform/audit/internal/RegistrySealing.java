package org.socorg.platform.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.organization.FieldChange;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationChanged;
import org.socorg.platform.organization.OrganizationDeregistered;
import org.socorg.platform.organization.OrganizationRegistered;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationUpdated;
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

    /** A change registration rewrote registered fields: the record's new state is sealed under the same ref. */
    @EventListener
    void on(OrganizationChanged changed) {
        seal("registry.changed", changed.creditCode(), changed.applicationId());
    }

    @EventListener
    void on(OrganizationDeregistered deregistered) {
        seal("registry.deregistered", deregistered.creditCode(), deregistered.applicationId());
    }

    /** Any other later change (charity recognition, fundraising qualification, revocation...). */
    @EventListener
    void on(OrganizationUpdated updated) {
        seal("registry." + updated.change(), updated.creditCode(), updated.reference());
    }

    private void seal(String kind, String creditCode, String applicationId) {
        Organization organization = registry.getByCreditCode(creditCode);
        appender.add(new AuditRecord(kind, null, Instant.now(), null, null, applicationId, creditCode,
                "organization", organization.status().name(), ref(creditCode),
                data(organization, registry.statusHistory(organization.id()),
                        registry.changeHistory(organization.id()))));
    }

    /** A status change (e.g. a revoked certificate): a later seal of the same record, compared with it. */
    @EventListener
    void on(OrganizationStatusChanged changed) {
        seal("registry.status-changed", changed.creditCode(), changed.caseId());
    }

    static String ref(String creditCode) {
        return "registry:" + creditCode;
    }

    /**
     * As {@link #data(Organization, List)}, with the record's change history; an organization never changed has
     * none, so its data is what it was before changes existed and older seals still reconcile.
     */
    static Map<String, Object> data(Organization o, List<StatusChange> history, List<FieldChange> changes) {
        Map<String, Object> data = data(o, history);
        if (!changes.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (FieldChange change : changes) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("field", change.field());
                c.put("oldValue", change.oldValue());
                c.put("newValue", change.newValue());
                c.put("applicationId", change.applicationId());
                c.put("changedBy", change.changedBy());
                c.put("changedAt", change.changedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                list.add(c);
            }
            data.put("changes", list);
        }
        return data;
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
