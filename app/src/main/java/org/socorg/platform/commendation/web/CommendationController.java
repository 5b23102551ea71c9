package org.socorg.platform.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.socorg.platform.commendation.Commendation;
import org.socorg.platform.commendation.CommendationRequest;
import org.socorg.platform.commendation.Commendations;
import org.socorg.platform.commendation.WithdrawalRequest;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commendations")
@Tag(name = "Commendations 表彰", description = "Commendations of organizations, public on the organization page "
        + "(GET /api/public/organizations/{creditCode}, section commendations)")
class CommendationController {

    private final Commendations commendations;
    private final CurrentUser currentUser;

    CommendationController(Commendations commendations, CurrentUser currentUser) {
        this.commendations = commendations;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Record a commendation (directors of the organization's registration authority)",
            description = "403 FORBIDDEN for anyone but a director, OUTSIDE_JURISDICTION for another authority's; "
                    + "400 INVALID_CREDIT_CODE, AWARD_DATE_IN_FUTURE or INVALID_INPUT naming the fields; "
                    + "404 for an unknown credit code.")
    ResponseEntity<Commendation> record(@Valid @RequestBody CommendationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(commendations.record(currentUser.require(), request));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a wrongly entered commendation, with the reason (directors of its authority)",
            description = "It stays on record and leaves the public page. 404 for another authority's; "
                    + "409 ALREADY_WITHDRAWN.")
    Commendation withdraw(@PathVariable long id, @Valid @RequestBody WithdrawalRequest request) {
        return commendations.withdraw(currentUser.require(), id, request);
    }
}
