package org.socorg.platform.identity;

import java.util.Set;

/**
 * A person as role administration shows them: their Keycloak user name, whether they may sign in, the authority
 * they work for (its division code, none for applicants) and their realm roles.
 */
public record ManagedUser(String username, String firstName, String lastName, String email, boolean enabled,
        String divisionCode, Set<String> roles) {

    public ManagedUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The name people see (first then last, as the sign-on token's {@code name} has it), or the user name if none is set. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}
