package org.socorg.platform.ui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.ui.sign-on}: the UI's OpenID Connect client at the platform's issuer.
 *
 * @param clientId     the confidential client of the UI (and of the Camunda webapps) in the realm
 * @param clientSecret from the environment; the DEMO default matches the realm export
 */
@ConfigurationProperties("platform.ui.sign-on")
record SignOnProperties(@DefaultValue("socorg-ui") String clientId, String clientSecret) {
}
