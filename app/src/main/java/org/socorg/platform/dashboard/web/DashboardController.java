package org.socorg.platform.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socorg.platform.dashboard.Dashboard;
import org.socorg.platform.dashboard.DashboardService;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard 统计分析", description = "Caseload, deadlines, throughput, organizations and credit lists of "
        + "the caller's jurisdiction")
class DashboardController {

    private final DashboardService dashboards;
    private final CurrentUser currentUser;

    DashboardController(DashboardService dashboards, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The figures of my authority and the authorities below it (the Ministry: the country)",
            description = "Registration officials, directors, supervisors, enforcement officers and auditors; others "
                    + "get 403. Six grouped queries, whatever the number of cases.")
    Dashboard dashboard() {
        return dashboards.dashboard(currentUser.require());
    }
}
