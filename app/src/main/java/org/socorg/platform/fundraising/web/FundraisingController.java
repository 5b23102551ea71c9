package org.socorg.platform.fundraising.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.socorg.platform.fundraising.FundraisingPlan;
import org.socorg.platform.fundraising.FundraisingPlanService;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.PlanRequest;
import org.socorg.platform.fundraising.ProgressRequest;
import org.socorg.platform.fundraising.Qualification;
import org.socorg.platform.fundraising.QualificationApplication;
import org.socorg.platform.fundraising.QualificationRequest;
import org.socorg.platform.fundraising.RevocationRequest;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.organization.Organization;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/fundraising")
@Tag(name = "Fundraising 公开募捐", description = "Public-fundraising qualification, charity recognition and "
        + "fundraising plan filing; the public sees qualifications and filed plans on the organization's page")
class FundraisingController {

    private final FundraisingService qualifications;
    private final FundraisingPlanService plans;
    private final CurrentUser currentUser;

    FundraisingController(FundraisingService qualifications, FundraisingPlanService plans, CurrentUser currentUser) {
        this.qualifications = qualifications;
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @PostMapping("/charities/{creditCode}")
    @Operation(summary = "Recognize an organization as a charity organization (慈善组织认定)",
            description = "Registration officials and directors of the organization's authority only (403 "
                    + "OUTSIDE_JURISDICTION otherwise). 409 ALREADY_CHARITY or NOT_ACTIVE.")
    Organization recognizeCharity(@PathVariable String creditCode) {
        return qualifications.recognizeCharity(currentUser.require(), creditCode);
    }

    @PostMapping("/qualifications/applications")
    @Operation(summary = "Apply for public-fundraising qualification (公开募捐资格) and start its process",
            description = "The charity's account holder only. 409 NOT_A_CHARITY, ALREADY_QUALIFIED, "
                    + "APPLICATION_PENDING. Eligibility (years registered, credit lists, annual reports) is checked "
                    + "by DMN after acceptance; an ineligible application is refused with the reasons.")
    ResponseEntity<QualificationApplication> apply(@Valid @RequestBody QualificationRequest request) {
        QualificationApplication created = qualifications.apply(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/fundraising/qualifications/applications/" + created.id()))
                .body(created);
    }

    @GetMapping("/qualifications/applications/{id}")
    @Operation(summary = "Read a qualification application with its outcome reasons and statutory deadlines")
    QualificationApplication application(@PathVariable String id) {
        return qualifications.get(currentUser.require(), id);
    }

    @PostMapping("/qualifications/{certificateNumber}/revocation")
    @Operation(summary = "Revoke a qualification (撤销公开募捐资格) with a public reason",
            description = "Directors of the authority that granted it. Clears the organization's "
                    + "public-fundraising flag.")
    Qualification revoke(@PathVariable String certificateNumber, @Valid @RequestBody RevocationRequest request) {
        return qualifications.revoke(currentUser.require(), certificateNumber, request);
    }

    @PostMapping("/plans")
    @Operation(summary = "File a fundraising plan (募捐方案备案) and start its process",
            description = "The account holder of a charity with a valid qualification. At least 10 calendar days "
                    + "before the start, or within 10 days after an emergency start (DMN fundraising-filing-dates): "
                    + "409 FILING_TOO_LATE otherwise; 409 NO_QUALIFICATION, CREDIT_LISTED.")
    ResponseEntity<FundraisingPlan> file(@Valid @RequestBody PlanRequest request) {
        FundraisingPlan created = plans.file(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/fundraising/plans/" + created.id())).body(created);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "Read a plan filing with its progress reports (account holder or officials)")
    FundraisingPlan plan(@PathVariable String id) {
        return plans.get(currentUser.require(), id);
    }

    @PostMapping("/plans/{id}/progress-reports")
    @Operation(summary = "Report the amount raised so far on a filed plan (募捐进展); it becomes public")
    ResponseEntity<FundraisingPlan> progress(@PathVariable String id, @Valid @RequestBody ProgressRequest request) {
        FundraisingPlan updated = plans.reportProgress(currentUser.require(), id, request);
        return ResponseEntity.created(URI.create("/api/fundraising/plans/" + id)).body(updated);
    }
}
