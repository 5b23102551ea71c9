package org.socorg.platform.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Makes a security filter chain accept the platform's bearer tokens (Keycloak JWTs) and answer its refusals as
 * problem details: 401 for a missing, expired or forged token, 403 for a caller without the role, 503 when the
 * sign-on server cannot be reached to check a token. The platform API's chain uses it; so does the UI module's
 * chain for the Camunda engine REST API, so both trust the same identities.
 */
public interface BearerTokenSecurity {

    void apply(HttpSecurity http) throws Exception;
}
