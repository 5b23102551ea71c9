package org.socorg.platform.complaint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.socorg.platform.complaint.Complaint;
import org.socorg.platform.complaint.ComplaintReceipt;
import org.socorg.platform.complaint.ComplaintRequest;
import org.socorg.platform.complaint.ComplaintService;
import org.socorg.platform.complaint.ComplaintStatus;
import org.socorg.platform.complaint.ComplaintTracking;
import org.socorg.platform.complaint.PublicSubmissionLimit;
import org.socorg.platform.complaint.EnforcementCase;
import org.socorg.platform.complaint.EnforcementCaseStatus;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Complaints 投诉举报", description = "Report an organization, follow the report, and the enforcement cases")
class ComplaintController {

    private final ComplaintService complaints;
    private final CurrentUser currentUser;
    private final PublicSubmissionLimit limit;

    ComplaintController(ComplaintService complaints, CurrentUser currentUser, PublicSubmissionLimit limit) {
        this.complaints = complaints;
        this.currentUser = currentUser;
        this.limit = limit;
    }

    @PostMapping("/api/complaints")
    @Operation(summary = "Report an organization (投诉举报); anyone, signed in or not",
            description = "Answers 201 with the tracking code: keep it, it is the only way to follow the report. "
                    + "An anonymous report has no contact and does not record who is signed in. At most "
                    + "platform.complaint.submissions-per-hour (default 10) per remote address per hour, else 429.")
    ResponseEntity<ComplaintReceipt> file(@Valid @RequestBody ComplaintRequest request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(limit.file(http.getRemoteAddr(),
                () -> complaints.file(currentUser.get(), request)));
    }

    @GetMapping("/api/complaints/track/{trackingCode}")
    @Operation(summary = "Follow a report with its tracking code: status and outcome, never who reported it")
    ComplaintTracking track(@PathVariable String trackingCode) {
        return complaints.track(trackingCode);
    }

    @GetMapping("/api/complaints")
    @Operation(summary = "List the complaints filed with the enforcement officer's authority, newest first")
    List<Complaint> list(@RequestParam(required = false) ComplaintStatus status,
            @Parameter(description = "skip this many") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "at most 200") @RequestParam(defaultValue = "20") int limit) {
        return complaints.list(currentUser.require(), status, offset, limit);
    }

    @GetMapping("/api/complaints/{id}")
    @Operation(summary = "Read one complaint, with its suggested duplicate (enforcement officers of its authority)")
    Complaint get(@PathVariable String id) {
        return complaints.get(currentUser.require(), id);
    }

    @GetMapping("/api/enforcement-cases")
    @Operation(summary = "List the enforcement cases (执法监察) of the caller's authority (officers, directors)")
    List<EnforcementCase> cases(@RequestParam(required = false) EnforcementCaseStatus status,
            @Parameter(description = "skip this many") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "at most 200") @RequestParam(defaultValue = "20") int limit) {
        return complaints.listCases(currentUser.require(), status, offset, limit);
    }

    @GetMapping("/api/enforcement-cases/{id}")
    @Operation(summary = "Read one enforcement case with its proposal, decision, penalty and time limits")
    EnforcementCase getCase(@PathVariable String id) {
        return complaints.getCase(currentUser.require(), id);
    }
}
