package org.socorg.platform.registration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.ApplicationQuery;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.ChangeRequest;
import org.socorg.platform.registration.DeregistrationRequest;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registrations")
@Tag(name = "Registration 登记", description = "File and follow registration applications")
class RegistrationController {

    private final RegistrationService registrations;
    private final CurrentUser currentUser;

    RegistrationController(RegistrationService registrations, CurrentUser currentUser) {
        this.registrations = registrations;
        this.currentUser = currentUser;
    }

    @PostMapping("/establishments")
    @Operation(summary = "File an establishment application (成立登记) and start its process",
            description = "Applicants only. Answers 201 with the application; its statutory clock starts now.")
    ResponseEntity<RegistrationApplication> submit(@Valid @RequestBody EstablishmentRequest request) {
        RegistrationApplication created = registrations.submitEstablishment(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/registrations/" + created.id())).body(created);
    }

    @PostMapping("/changes")
    @Operation(summary = "File a change registration (变更登记) for an organization you hold, and start its process",
            description = "Applicants who hold the organization (its account holder) only; the body names it by "
                    + "credit code and gives the fields to change. 403 for anyone else, 404 for an unknown code, 409 "
                    + "when the organization is deregistered or revoked or already has a change or deregistration "
                    + "open, 400 when nothing would change.")
    ResponseEntity<RegistrationApplication> submitChange(@Valid @RequestBody ChangeRequest request) {
        RegistrationApplication created = registrations.submitChange(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/registrations/" + created.id())).body(created);
    }

    @PostMapping("/deregistrations")
    @Operation(summary = "File a deregistration (注销登记) for an organization you hold, after liquidation",
            description = "Same callers and refusals as changes. On approval the organization's status becomes "
                    + "DEREGISTERED, its certificate's validity ends and its credit code is retired: still "
                    + "queryable at /api/organizations/{creditCode}, never issued again.")
    ResponseEntity<RegistrationApplication> submitDeregistration(@Valid @RequestBody DeregistrationRequest request) {
        RegistrationApplication created = registrations.submitDeregistration(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/registrations/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "List applications: an applicant's own, or those filed with an official's authority")
    List<RegistrationApplication> list(@RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) ApplicationKind kind,
            @Parameter(description = "skip this many") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "at most 200") @RequestParam(defaultValue = "20") int limit) {
        return registrations.list(currentUser.require(), new ApplicationQuery(status, kind, offset, limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one application, with its outcome reasons and statutory deadlines")
    RegistrationApplication get(@Parameter(description = "the application's id, or its number (申请编号) as the "
            + "receipt prints it, e.g. 110100-2026-000042") @PathVariable String id) {
        return registrations.get(currentUser.require(), id);
    }
}
