package org.socorg.platform.credit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.socorg.platform.credit.CreditCase;
import org.socorg.platform.credit.CreditNotice;
import org.socorg.platform.credit.CreditRequest;
import org.socorg.platform.credit.CreditSanction;
import org.socorg.platform.credit.ListingProposal;
import org.socorg.platform.credit.RequestStatement;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/credit")
@Tag(name = "Credit sanction 信用惩戒", description = "Propose listings, object, apply for removal, read notices")
class CreditController {

    private final CreditSanction credit;
    private final CurrentUser currentUser;

    CreditController(CreditSanction credit, CurrentUser currentUser) {
        this.credit = credit;
        this.currentUser = currentUser;
    }

    @PostMapping("/cases")
    @Operation(summary = "Propose a listing (提出列入) of an organization of my authority and start its process",
            description = "Enforcement officers and registration officials. The DMN credit-listing-reasons gives the "
                    + "list and legal basis; an official confirms it within 5 working days of the reason arising.")
    ResponseEntity<CreditCase> propose(@Valid @RequestBody ListingProposal proposal) {
        CreditCase created = credit.propose(currentUser.require(), proposal);
        return ResponseEntity.created(URI.create("/api/credit/cases/" + created.id())).body(created);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One credit case: officials of its authority, or the organization's account holder")
    CreditCase get(@PathVariable String id) {
        return credit.get(currentUser.require(), id);
    }

    @GetMapping("/cases/{id}/requests")
    @Operation(summary = "The objections and removal applications of a case, with their answers")
    List<CreditRequest> requests(@PathVariable String id) {
        return credit.requests(currentUser.require(), id);
    }

    @PostMapping("/listings/{id}/objections")
    @Operation(summary = "Object to a listing (异议): the organization's account holder",
            description = "An official reviews it: upheld → the listing is removed or corrected; rejected → it stays.")
    ResponseEntity<CreditRequest> object(@PathVariable long id, @Valid @RequestBody RequestStatement statement) {
        return ResponseEntity.status(201).body(credit.object(currentUser.require(), id, statement));
    }

    @PostMapping("/listings/{id}/removal-applications")
    @Operation(summary = "Apply for removal (移出申请) once the organization has complied: its account holder",
            description = "An official confirms; the listing is removed at once. A serious-dishonesty listing can be "
                    + "removed only after 2 years without a new listing reason.")
    ResponseEntity<CreditRequest> applyForRemoval(@PathVariable long id,
            @Valid @RequestBody RequestStatement statement) {
        return ResponseEntity.status(201).body(credit.applyForRemoval(currentUser.require(), id, statement));
    }

    @GetMapping("/organizations/{creditCode}/notices")
    @Operation(summary = "The credit notices (告知书) an organization received: its account holder and its authority")
    List<CreditNotice> notices(@PathVariable String creditCode) {
        return credit.notices(currentUser.require(), creditCode);
    }
}
