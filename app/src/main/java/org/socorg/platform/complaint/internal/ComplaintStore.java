package org.socorg.platform.complaint.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.complaint.AdministrativePenalty;
import org.socorg.platform.complaint.Complaint;
import org.socorg.platform.complaint.EnforcementCase;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads and writes complaints and cases; "now" is the engine's clock so process tests can move time. */
@Component
public class ComplaintStore {

    private final ComplaintMapper mapper;
    private final StatutoryClocks clocks;
    private final ZoneId zone;

    ComplaintStore(ComplaintMapper mapper, StatutoryClocks clocks,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.mapper = mapper;
        this.clocks = clocks;
        this.zone = ZoneId.of(zone);
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ComplaintMapper mapper() {
        return mapper;
    }

    public ComplaintRow requireComplaint(String id) {
        return mapper.findComplaint(id).orElseThrow(() -> PlatformException.notFound("投诉举报", "complaint", id));
    }

    public CaseRow requireCase(String id) {
        return mapper.findCase(id).orElseThrow(() -> PlatformException.notFound("执法监察案件", "enforcement case", id));
    }

    public void update(ComplaintRow row) {
        row.updatedAt = now();
        mapper.updateComplaint(row);
    }

    public void update(CaseRow row) {
        row.updatedAt = now();
        mapper.updateCase(row);
    }

    public Complaint view(ComplaintRow r) {
        return new Complaint(r.id, r.status, r.divisionCode, r.creditCode, r.organizationName, r.category,
                r.description, r.anonymousReport, r.anonymousReport ? null : r.contact, r.suggestedDuplicate,
                r.mergedInto, r.caseId, r.outcomeReason, r.triagedBy, r.processInstanceId, r.receivedAt,
                r.updatedAt);
    }

    public EnforcementCase view(CaseRow r) {
        AdministrativePenalty penalty = r.penaltyId == null ? null
                : mapper.findPenalty(r.penaltyId).map(PenaltyRow::toPenalty).orElse(null);
        return new EnforcementCase(r.id, r.complaintId, r.status, r.divisionCode, r.creditCode, r.organizationName,
                r.proposedOutcome, r.fineAmount, r.findings, r.reason, r.legalBasis, r.proposedBy, r.outcome,
                r.decidedBy, penalty, r.openedBy, r.processInstanceId, r.openedAt, r.closedAt,
                r.processInstanceId == null ? List.of() : clocks.forProcessInstance(r.processInstanceId));
    }
}
