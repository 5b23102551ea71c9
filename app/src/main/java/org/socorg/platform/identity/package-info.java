/**
 * Who is calling: {@link org.socorg.platform.identity.CurrentUser} is the one small interface every feature asks.
 * Callers sign on with Keycloak: the REST API accepts its bearer JWTs, whose realm roles ({@link
 * org.socorg.platform.identity.Roles}) and authority group ({@code divisionCode}) become a {@link
 * org.socorg.platform.identity.Caller}. Tests may pick a configured DEMO user with the {@code X-Demo-User} header,
 * switched on by {@code platform.identity.demo-header.enabled} in the {@code test} profile only.
 */
package org.socorg.platform.identity;
