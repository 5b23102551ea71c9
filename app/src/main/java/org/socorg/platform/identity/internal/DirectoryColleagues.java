package org.socorg.platform.identity.internal;

import java.util.Optional;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Colleagues;
import org.springframework.stereotype.Service;

/**
 * Colleagues from Keycloak (the same service account as role administration); where the DEMO header is switched
 * on (fast tests only) its DEMO users are the directory, as they are the only identities those tests know.
 */
@Service
class DirectoryColleagues implements Colleagues {

    private final IdentityProperties properties;
    private final CallerFactory callers;
    private final KeycloakRoleAdministration keycloak;

    DirectoryColleagues(IdentityProperties properties, CallerFactory callers, KeycloakRoleAdministration keycloak) {
        this.properties = properties;
        this.callers = callers;
        this.keycloak = keycloak;
    }

    @Override
    public Optional<Caller> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String name = username.strip();
        if (properties.demoHeader().enabled()) {
            return properties.demoHeader().users().stream().filter(u -> u.id().equals(name)).findFirst()
                    .map(u -> callers.caller(u.id(), u.name(), u.roles(), u.divisionCode()));
        }
        return keycloak.lookup(name).filter(u -> u.enabled())
                .map(u -> callers.caller(u.username(), displayName(u.firstName(), u.lastName(), u.username()),
                        u.roles(), u.divisionCode()));
    }

    private static String displayName(String first, String last, String username) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? username : name;
    }
}
