package org.socorg.platform.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.identity.NewUser;
import org.socorg.platform.identity.RegistrationAuthority;
import org.socorg.platform.identity.RoleAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators only (the API's security rules keep /api/admin to the administrator role). */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Role administration 角色管理",
        description = "Users, roles and authorities in Keycloak, within the administrator's own jurisdiction")
class RoleAdministrationController {

    private final RoleAdministration administration;
    private final CurrentUser currentUser;

    RoleAdministrationController(RoleAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    record Authority(@NotBlank @Pattern(regexp = "\\d{6}") String divisionCode) {
    }

    @GetMapping("/authorities")
    @Operation(summary = "The authorities I may put people in: mine and those below it, with their names")
    List<RegistrationAuthority> authorities() {
        return administration.authorities(currentUser.require());
    }

    @GetMapping
    @Operation(summary = "The users of my authority and the authorities below it")
    List<ManagedUser> list() {
        return administration.list(currentUser.require());
    }

    @PostMapping
    @Operation(summary = "Create a user in an authority of my jurisdiction, with roles")
    ResponseEntity<ManagedUser> create(@Valid @RequestBody NewUser user) {
        ManagedUser created = administration.create(currentUser.require(), user);
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable a user: they can no longer sign in")
    ManagedUser disable(@PathVariable String username) {
        return administration.disable(currentUser.require(), username);
    }

    @PutMapping("/{username}/roles/{role}")
    @Operation(summary = "Grant a realm role")
    ManagedUser grant(@PathVariable String username, @PathVariable String role) {
        return administration.grant(currentUser.require(), username, role);
    }

    @DeleteMapping("/{username}/roles/{role}")
    @Operation(summary = "Revoke a realm role")
    ManagedUser revoke(@PathVariable String username, @PathVariable String role) {
        return administration.revoke(currentUser.require(), username, role);
    }

    @PutMapping("/{username}/authority")
    @Operation(summary = "Move a user to another authority of my jurisdiction")
    ManagedUser move(@PathVariable String username, @Valid @RequestBody Authority authority) {
        return administration.move(currentUser.require(), username, authority.divisionCode());
    }
}
