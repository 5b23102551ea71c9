package org.socorg.platform.registration.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.organization.FieldChange;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.EstablishmentRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The establishment, change and deregistration notices (成立、变更、注销登记公告) of an organization: one per approved
 * application, with that application's id as business key so its audit trail proves it. A change notice says
 * what changed, from what to what.
 */
@Component
class RegistrationNotices implements PublicRecordSource {

    private static final Map<String, String[]> FIELD_LABELS = Map.of(
            "name", new String[] {"名称", "Name"},
            "address", new String[] {"住所", "Registered address"},
            "legalRepresentative", new String[] {"法定代表人", "Legal representative"},
            "businessScope", new String[] {"业务范围", "Business scope"},
            "supervisingUnit", new String[] {"业务主管单位", "Supervising unit"},
            "activityFunds", new String[] {"活动资金（元）", "Activity funds (CNY)"});

    private final ApplicationMapper applications;
    private final ApplicationStore store;
    private final OrganizationRegistry registry;
    private final ZoneId zone;

    RegistrationNotices(ApplicationMapper applications, ApplicationStore store, OrganizationRegistry registry,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.applications = applications;
        this.store = store;
        this.registry = registry;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public String section() {
        return PublicSections.REGISTRATION_NOTICES;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicRecord> publicRecords(String creditCode) {
        Organization org = registry.find(creditCode).orElse(null);
        if (org == null) {
            return List.of();
        }
        // newest first; on the same instant the later kind of step (a change after its establishment) first
        List<ApplicationRow> approved = applications.findApprovedFor(org.id()).stream()
                .sorted(Comparator.comparing(ApplicationRow::getDecidedAt)
                        .thenComparing(ApplicationRow::getKind).reversed())
                .toList();
        List<FieldChange> changes = approved.stream().anyMatch(r -> r.getKind() == ApplicationKind.CHANGE)
                ? registry.changeHistory(org.id()) : List.of();
        List<PublicRecord> notices = new ArrayList<>();
        for (ApplicationRow row : approved) {
            LocalDate date = LocalDate.ofInstant(row.getDecidedAt(), zone);
            switch (row.getKind()) {
                case ESTABLISHMENT -> notices.add(establishment(row, org, date));
                case CHANGE -> notices.add(change(row, org, date, changes));
                case DEREGISTRATION -> notices.add(deregistration(row, org, date));
            }
        }
        return notices;
    }

    private PublicRecord establishment(ApplicationRow row, Organization org, LocalDate date) {
        EstablishmentRequest d = store.details(row);
        List<PublicField> fields = new ArrayList<>();
        fields.add(new PublicField("名称", "Name", d.name()));
        fields.add(new PublicField("统一社会信用代码", "Unified social credit code", org.creditCode()));
        fields.add(new PublicField("登记证号", "Certificate number", org.certificateNumber()));
        fields.add(new PublicField("法定代表人", "Legal representative", d.legalRepresentative()));
        fields.add(new PublicField("住所", "Registered address", d.address()));
        fields.add(new PublicField("业务范围", "Business scope", d.businessScope()));
        if (d.supervisingUnit() != null) {
            fields.add(new PublicField("业务主管单位", "Supervising unit", d.supervisingUnit()));
        }
        fields.add(new PublicField("登记管理机关", "Registration authority", org.registrationAuthority()));
        return new PublicRecord(section(), row.getId(), date, "成立登记公告：" + d.name(),
                "Establishment registration notice: " + d.name(), fields, row.getId());
    }

    private PublicRecord change(ApplicationRow row, Organization org, LocalDate date, List<FieldChange> all) {
        List<PublicField> fields = new ArrayList<>();
        fields.add(new PublicField("统一社会信用代码", "Unified social credit code", org.creditCode()));
        for (FieldChange c : all) {
            if (row.getId().equals(c.applicationId())) {
                String[] label = FIELD_LABELS.getOrDefault(c.field(), new String[] {c.field(), c.field()});
                fields.add(new PublicField("变更事项：" + label[0], "Changed: " + label[1],
                        (c.oldValue() == null ? "（无）" : c.oldValue()) + " → " + c.newValue()));
            }
        }
        return new PublicRecord(section(), row.getId(), date, "变更登记公告：" + row.getName(),
                "Change registration notice: " + row.getName(), fields, row.getId());
    }

    private PublicRecord deregistration(ApplicationRow row, Organization org, LocalDate date) {
        List<PublicField> fields = List.of(
                new PublicField("名称", "Name", org.name()),
                new PublicField("统一社会信用代码", "Unified social credit code", org.creditCode()),
                new PublicField("登记证号", "Certificate number", org.certificateNumber()),
                new PublicField("注销日期", "Deregistered on", date.toString()),
                new PublicField("登记证书", "Certificate", "自注销之日起失效 / Void from the date of deregistration"),
                new PublicField("注销理由", "Reason", store.deregistration(row).reason()));
        return new PublicRecord(section(), row.getId(), date, "注销登记公告：" + org.name(),
                "Deregistration notice: " + org.name(), fields, row.getId());
    }
}
