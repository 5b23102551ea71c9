package org.socorg.platform.complaint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.socorg.platform.complaint.IllegalOrganization;
import org.socorg.platform.complaint.IllegalOrganizationRequest;
import org.socorg.platform.complaint.IllegalOrganizations;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/illegal-organizations")
@Tag(name = "Illegal organizations 非法社会组织", description = "The public list of known illegal social organizations")
class IllegalOrganizationController {

    private final IllegalOrganizations list;
    private final CurrentUser currentUser;

    IllegalOrganizationController(IllegalOrganizations list, CurrentUser currentUser) {
        this.list = list;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The list of known illegal social organizations (public), newest first")
    List<IllegalOrganization> published(
            @Parameter(description = "division code prefix, e.g. 44 for Guangdong") @RequestParam(required = false)
            String division,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return list.published(division, offset, limit);
    }

    @PostMapping
    @Operation(summary = "Publish an entry (enforcement officers, for their authority)")
    ResponseEntity<IllegalOrganization> publish(@Valid @RequestBody IllegalOrganizationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(list.publish(currentUser.require(), request));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an entry of the officer's authority")
    IllegalOrganization withdraw(@PathVariable long id) {
        return list.withdraw(currentUser.require(), id);
    }
}
