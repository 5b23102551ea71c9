package org.socorg.platform.identity.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.identity.Caller;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns sign-on claims into a {@link Caller}. The user name ({@code preferred_username}) is the caller id, so task
 * assignees, applicants and audit entries name a person rather than a UUID; realm roles (flat {@code roles} claim)
 * plus the candidate groups they map to are the caller's groups; {@code divisionCode} comes from the user's
 * authority group in Keycloak.
 */
@Component
class CallerFactory {

    static final String ROLES_CLAIM = "roles";
    static final String DIVISION_CLAIM = "divisionCode";

    private final Map<String, Set<String>> roleGroups;

    CallerFactory(IdentityProperties properties) {
        this.roleGroups = properties.roleGroups();
    }

    Caller fromClaims(Map<String, Object> claims) {
        String id = text(claims.get("preferred_username"));
        if (id == null) {
            id = text(claims.get("sub"));
        }
        String name = text(claims.get("name"));
        return caller(id, name == null ? id : name, roles(claims.get(ROLES_CLAIM)), text(claims.get(DIVISION_CLAIM)));
    }

    Caller caller(String id, String name, Collection<String> roles, String divisionCode) {
        Set<String> groups = new HashSet<>(roles);
        roles.forEach(role -> groups.addAll(roleGroups.getOrDefault(role, Set.of())));
        return new Caller(id, name, groups, divisionCode);
    }

    /** Spring Security authorities for URL rules: {@code ROLE_<realm role>} for each of the caller's groups. */
    static List<GrantedAuthority> authorities(Caller caller) {
        return caller.groups().stream().sorted().<GrantedAuthority>map(g -> new SimpleGrantedAuthority("ROLE_" + g))
                .toList();
    }

    private static Set<String> roles(Object claim) {
        if (claim instanceof Collection<?> values) {
            Set<String> roles = new HashSet<>();
            values.forEach(v -> roles.add(String.valueOf(v)));
            return roles;
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }
}
