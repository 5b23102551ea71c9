package org.socorg.platform.identity.internal;

import java.util.List;
import java.util.Optional;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.identity.UserDirectory;
import org.springframework.stereotype.Service;

/**
 * The people Keycloak knows, or — where the DEMO header is switched on (the fast tests) — the configured DEMO users
 * and only those: the same users the header lets sign in, so a test names no one the platform could not meet.
 */
@Service
class PlatformUserDirectory implements UserDirectory {

    private final IdentityProperties properties;
    private final KeycloakRoleAdministration keycloak;

    PlatformUserDirectory(IdentityProperties properties, KeycloakRoleAdministration keycloak) {
        this.properties = properties;
        this.keycloak = keycloak;
    }

    @Override
    public Optional<ManagedUser> find(String username) {
        IdentityProperties.DemoHeader demo = properties.demoHeader();
        if (demo != null && demo.enabled()) {
            return demo.users().stream().filter(u -> u.id().equals(username)).findFirst().map(PlatformUserDirectory::view);
        }
        return keycloak.find(username);
    }

    @Override
    public List<ManagedUser> ofAuthority(String divisionCode) {
        if (divisionCode == null || divisionCode.isBlank()) {
            return List.of();
        }
        IdentityProperties.DemoHeader demo = properties.demoHeader();
        if (demo != null && demo.enabled()) {
            return demo.users().stream().filter(u -> divisionCode.equals(u.divisionCode()))
                    .map(PlatformUserDirectory::view).toList();
        }
        return keycloak.membersOf(divisionCode);
    }

    private static ManagedUser view(IdentityProperties.DemoUser u) {
        return new ManagedUser(u.id(), u.name(), null, null, true, u.divisionCode(), u.roles());
    }
}
