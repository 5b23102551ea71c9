package org.socorg.platform.identity.internal;

import java.util.List;
import java.util.Optional;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Colleagues;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.identity.UserDirectory;
import org.springframework.stereotype.Service;

/**
 * Colleagues as the platform would see them signed in: the {@link UserDirectory}'s person (Keycloak, or the DEMO
 * users in the fast tests) turned into a caller with the candidate groups their roles stand for.
 */
@Service
class DirectoryColleagues implements Colleagues {

    private final UserDirectory directory;
    private final CallerFactory callers;

    DirectoryColleagues(UserDirectory directory, CallerFactory callers) {
        this.directory = directory;
        this.callers = callers;
    }

    @Override
    public Optional<Caller> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return directory.find(username.strip()).filter(ManagedUser::enabled).map(this::asCaller);
    }

    @Override
    public List<Caller> ofAuthority(String divisionCode) {
        return directory.ofAuthority(divisionCode).stream().filter(ManagedUser::enabled).map(this::asCaller).toList();
    }

    private Caller asCaller(ManagedUser u) {
        return callers.caller(u.username(), u.displayName(), u.roles(), u.divisionCode());
    }
}
