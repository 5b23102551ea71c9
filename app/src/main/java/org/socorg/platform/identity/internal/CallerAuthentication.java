package org.socorg.platform.identity.internal;

import org.socorg.platform.identity.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authenticated caller, from a verified bearer token (or, in tests, a DEMO header). */
class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final Object credentials;

    CallerAuthentication(Caller caller, Object credentials) {
        super(CallerFactory.authorities(caller));
        this.caller = caller;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public String getName() {
        return caller.id();
    }
}
