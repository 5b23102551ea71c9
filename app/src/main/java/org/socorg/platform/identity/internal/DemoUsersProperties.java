package org.socorg.platform.identity.internal;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** DEMO users, configured in application.yml, standing in for Keycloak until sign-on lands. */
@ConfigurationProperties("platform.identity")
public record DemoUsersProperties(List<DemoUser> demoUsers) {

    public DemoUsersProperties {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    public record DemoUser(String id, String name, Set<String> groups, String divisionCode) {
    }
}
