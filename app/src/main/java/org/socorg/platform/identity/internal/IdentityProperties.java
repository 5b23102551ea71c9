package org.socorg.platform.identity.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.identity}: how sign-on identities become callers.
 *
 * @param roleGroups  the process candidate groups each Keycloak realm role stands for
 * @param oidc        the token issuer the API trusts
 * @param demoHeader  DEMO identities picked by the {@code X-Demo-User} header, for tests only
 * @param adminClient the Keycloak client role administration uses
 */
@ConfigurationProperties("platform.identity")
public record IdentityProperties(Map<String, Set<String>> roleGroups, Oidc oidc, DemoHeader demoHeader,
        AdminClient adminClient) {

    public IdentityProperties {
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
        demoHeader = demoHeader == null ? new DemoHeader(false, List.of()) : demoHeader;
        adminClient = adminClient == null ? new AdminClient("socorg-admin", null) : adminClient;
    }

    /** The service account role administration acts through (realm-management: view/manage users, groups). */
    public record AdminClient(@DefaultValue("socorg-admin") String clientId, String clientSecret) {
    }

    /**
     * @param issuer     the issuer every token must name (Keycloak: {@code <base>/realms/<realm>})
     * @param jwkSetUri  where the issuer's signing keys are published
     * @param audience   the audience every API token must carry
     * @param clockSkew  tolerance for the token's expiry and issue times
     * @param timeout    connect and read timeout when fetching the keys; beyond it the API answers 503
     */
    public record Oidc(String issuer, String jwkSetUri, @DefaultValue("socorg-api") String audience,
            @DefaultValue("30s") Duration clockSkew, @DefaultValue("3s") Duration timeout) {
    }

    public record DemoHeader(boolean enabled, List<DemoUser> users) {
        public DemoHeader {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /** A DEMO user: id, display name, Keycloak realm roles, division code of their authority. */
    public record DemoUser(String id, String name, Set<String> roles, String divisionCode) {
    }
}
