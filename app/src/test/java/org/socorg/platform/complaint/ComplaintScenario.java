package org.socorg.platform.complaint;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.socorg.platform.complaint.internal.ComplaintMapper;
import org.socorg.platform.complaint.internal.ComplaintRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;

/** Organizations, callers and steps the complaint tests share. */
public final class ComplaintScenario {

    public static final Caller ENFORCER = new Caller("enforcer1", "冯执", Set.of(Groups.ENFORCEMENT_OFFICERS), "110000");
    public static final Caller SHANGHAI_ENFORCER = new Caller("enforcer-sh", "沪执",
            Set.of(Groups.ENFORCEMENT_OFFICERS), "310000");
    public static final Caller DIRECTOR = RegistrationScenario.DIRECTOR;
    public static final Caller SUPERVISOR = RegistrationScenario.SUPERVISOR;

    private ComplaintScenario() {
    }

    /** A fresh active foundation in Beijing (110000). */
    public static Organization organization(OrganizationRegistry registry) {
        String name = "北京市被举报" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "基金会";
        return registry.register(new NewOrganization(name, OrganizationType.FOUNDATION, OrganizationScope.LOCAL,
                "110000", "北京市民政局", "李某", new BigDecimal("4000000"), "北京市东城区1号", "资助",
                UUID.randomUUID().toString(), "applicant1", "director1"));
    }

    public static ComplaintRequest about(Organization org, ComplaintCategory category) {
        return new ComplaintRequest(org.creditCode(), null, category, "该组织在街头以救助名义向路人募捐，未出示备案。",
                false, "13800000000");
    }

    /** Files as an anonymous member of the public and returns the stored row (id, process instance). */
    public static ComplaintRow file(ComplaintService complaints, ComplaintMapper mapper, ComplaintRequest request) {
        ComplaintReceipt receipt = complaints.file(Optional.empty(), request);
        return mapper.findByTrackingCode(receipt.trackingCode()).orElseThrow();
    }

    public static void complete(TaskInbox inbox, Caller caller, String processInstanceId, String taskKey,
            String outcome, String comment, Map<String, Object> data) {
        RegistrationScenario.complete(inbox, caller, processInstanceId, taskKey,
                new TaskDecision(outcome, comment, data));
    }

    /** The proposal data of an investigation. */
    public static Map<String, Object> proposal(EnforcementOutcome outcome, String fineAmount) {
        Map<String, Object> data = new HashMap<>();
        data.put("proposedOutcome", outcome.name());
        if (fineAmount != null) {
            data.put("fineAmount", new BigDecimal(fineAmount));
        }
        if (outcome.isPenalty()) {
            data.put("reason", "未经备案开展公开募捐");
            data.put("legalBasis", "《慈善法》第一百零一条");
        }
        return data;
    }
}
