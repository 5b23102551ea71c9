/**
 * The local Keycloak of the run command and the integration tests: started from the distribution the build
 * unpacked, with the realm from {@code config/keycloak}. A deployment points {@code SOCORG_OIDC_ISSUER} at its own
 * Keycloak instead, and nothing here runs.
 */
package org.socorg.platform.keycloak;
