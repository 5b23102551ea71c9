package org.socorg.platform.identity;

import java.util.List;

/**
 * Role administration (角色管理) through Keycloak: list, create and disable users, grant and revoke realm roles,
 * move users between authorities. Every call is made for an administrator, who acts only inside their own
 * jurisdiction: their authority and the authorities below it (a national administrator: everyone). Each change
 * publishes a {@link RoleChanged} event.
 */
public interface RoleAdministration {

    List<ManagedUser> list(Caller administrator);

    ManagedUser create(Caller administrator, NewUser user);

    ManagedUser disable(Caller administrator, String username);

    ManagedUser grant(Caller administrator, String username, String role);

    ManagedUser revoke(Caller administrator, String username, String role);

    ManagedUser move(Caller administrator, String username, String divisionCode);

    /** The authorities the administrator may put people in: their own and those below it, by division code. */
    List<RegistrationAuthority> authorities(Caller administrator);
}
