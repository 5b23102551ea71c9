/**
 * Who is calling: {@link org.socorg.platform.identity.CurrentUser} is the one small interface every feature asks.
 * Until Keycloak sign-on lands, a demo implementation picks a configured user by the {@code X-Demo-User} header;
 * the sign-on issue swaps only that implementation.
 */
package org.socorg.platform.identity;
