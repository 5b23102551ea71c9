package org.socorg.platform.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A user to create in Keycloak. {@code initialPassword} is temporary: Keycloak asks for a new one at first sign-in.
 */
public record NewUser(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "lower-case letters, digits, '.', '_' and '-'") @Schema(example = "official-gz2") String username,
        @Size(max = 64) @Schema(example = "林") String firstName,
        @Size(max = 64) @Schema(example = "晓") String lastName,
        @Email String email,
        @Pattern(regexp = "\\d{6}") @Schema(description = "the authority to join; none for an applicant",
                example = "440100") String divisionCode,
        Set<String> roles,
        @Size(min = 8, max = 128) String initialPassword) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
