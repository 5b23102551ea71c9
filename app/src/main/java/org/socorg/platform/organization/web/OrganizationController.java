package org.socorg.platform.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socorg.platform.organization.CreditCode;
import org.socorg.platform.organization.CreditCodeCheck;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationQuery;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.organization.StatusChange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry's public face: anyone may read registered organizations without signing in (一网通查). */
@RestController
@RequestMapping("/api")
@Tag(name = "Organizations 法人库", description = "Public query of registered organizations; no sign-in needed")
class OrganizationController {

    private final OrganizationRegistry registry;

    OrganizationController(OrganizationRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/organizations/{creditCode}")
    @Operation(summary = "Read an organization by its unified social credit code",
            description = "A malformed code answers 400 saying exactly what is wrong; an unknown valid code 404.")
    Organization get(@PathVariable String creditCode) {
        return registry.getByCreditCode(creditCode);
    }

    @GetMapping("/organizations/{creditCode}/status-history")
    @Operation(summary = "The organization's status history")
    List<StatusChange> history(@PathVariable String creditCode) {
        return registry.statusHistory(registry.getByCreditCode(creditCode).id());
    }

    @GetMapping("/organizations")
    @Operation(summary = "Search organizations by name fragment or code, type, status and division")
    List<Organization> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) String division,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "20") int limit) {
        return registry.search(new OrganizationQuery(q == null ? null : q.trim(), type, status, division, offset,
                limit));
    }

    @GetMapping("/credit-codes/{code}/check")
    @Operation(summary = "Check a unified social credit code (GB 32100) and say precisely what is wrong with it")
    CreditCodeCheck check(@PathVariable String code) {
        return CreditCode.check(code);
    }
}
