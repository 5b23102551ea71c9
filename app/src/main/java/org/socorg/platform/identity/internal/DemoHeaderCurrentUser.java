package org.socorg.platform.identity.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.shared.PlatformException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * DEMO identity: the caller names a configured demo user in the {@code X-Demo-User} header. An unknown name is
 * refused rather than treated as anonymous, so a typo never silently drops a caller's rights.
 */
@Component
@EnableConfigurationProperties(DemoUsersProperties.class)
class DemoHeaderCurrentUser implements CurrentUser {

    static final String HEADER = "X-Demo-User";

    private final Map<String, Caller> users;

    DemoHeaderCurrentUser(DemoUsersProperties properties) {
        this.users = properties.demoUsers().stream()
                .map(u -> new Caller(u.id(), u.name(), u.groups(), u.divisionCode()))
                .collect(Collectors.toUnmodifiableMap(Caller::id, Function.identity()));
    }

    @Override
    public Optional<Caller> get() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        String name = attributes.getRequest().getHeader(HEADER);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Caller caller = users.get(name.trim());
        if (caller == null) {
            throw new PlatformException(PlatformException.Kind.NOT_AUTHENTICATED, "UNKNOWN_USER",
                    "未知的演示用户：" + name + "；可用：" + String.join(", ", users.keySet()),
                    "Unknown demo user: " + name + "; known users: " + String.join(", ", users.keySet()));
        }
        return Optional.of(caller);
    }
}
