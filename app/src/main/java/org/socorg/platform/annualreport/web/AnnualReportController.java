package org.socorg.platform.annualreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportFiling;
import org.socorg.platform.annualreport.AnnualReportNotice;
import org.socorg.platform.annualreport.AnnualReportQuery;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.annualreport.PublishedAnnualReport;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/annual-reports")
@Tag(name = "Annual report 年报", description = "File annual reports, follow their review, read published ones")
class AnnualReportController {

    private final AnnualReportService reports;
    private final CurrentUser currentUser;

    AnnualReportController(AnnualReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "File the annual report (年度工作报告) of a past year and start its review",
            description = "The organization's account holder only. Answers 201 with the report; 409 when that year "
                    + "was filed already; 400 naming the field for bad or implausible figures.")
    ResponseEntity<AnnualReport> file(@RequestBody AnnualReportFiling filing) {
        // validated by the service, the filing and its contents together, so one answer names every wrong field
        AnnualReport created = reports.file(currentUser.require(), filing);
        return ResponseEntity.created(URI.create("/api/annual-reports/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "List reports: an account holder's organizations', or those of an official's authority")
    List<AnnualReport> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) AnnualReportStatus status,
            @Parameter(description = "skip this many") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "at most 200") @RequestParam(defaultValue = "20") int limit) {
        return reports.list(currentUser.require(), new AnnualReportQuery(year, status, offset, limit));
    }

    @GetMapping("/reminders")
    @Operation(summary = "The due-date reminders and overdue notices for the organizations the caller holds")
    List<AnnualReportNotice> reminders() {
        return reports.notices(currentUser.require());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one report, with its review and statutory review deadline")
    AnnualReport get(@PathVariable String id) {
        return reports.get(currentUser.require(), id);
    }

    @GetMapping("/public/{creditCode}")
    @Operation(summary = "The published annual reports and inspection results of an organization (public)")
    List<PublishedAnnualReport> published(@PathVariable String creditCode) {
        return reports.published(creditCode);
    }
}
