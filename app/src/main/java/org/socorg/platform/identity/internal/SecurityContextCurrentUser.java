package org.socorg.platform.identity.internal;

import java.util.Optional;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Component;

/**
 * The caller Spring Security authenticated: a bearer token on the API, or the OpenID Connect sign-in of the UI
 * (whose ID token carries the same claims).
 */
@Component
class SecurityContextCurrentUser implements CurrentUser {

    private final CallerFactory callers;

    SecurityContextCurrentUser(CallerFactory callers) {
        this.callers = callers;
    }

    @Override
    public Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        if (authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
            return Optional.of(callers.fromClaims(principal.getAttributes()));
        }
        return Optional.empty();
    }
}
