package org.socorg.platform.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * DEMO identity for tests: the caller names a configured demo user in the {@code X-Demo-User} header. Switched on
 * only by {@code platform.identity.demo-header.enabled} (the {@code test} profile), never in a running platform.
 * An unknown name is refused rather than treated as anonymous, so a typo never silently drops a caller's rights.
 */
class DemoHeaderAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Demo-User";

    private final Map<String, Caller> users;

    DemoHeaderAuthenticationFilter(IdentityProperties.DemoHeader demo, CallerFactory callers) {
        this.users = demo.users().stream()
                .map(u -> callers.caller(u.id(), u.name(), u.roles(), u.divisionCode()))
                .collect(Collectors.toUnmodifiableMap(Caller::id, Function.identity()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = request.getHeader(HEADER);
        if (name != null && !name.isBlank()) {
            Caller caller = users.get(name.trim());
            if (caller == null) {
                Problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNKNOWN_USER",
                        "未知的演示用户：" + name + "；可用：" + String.join(", ", users.keySet()),
                        "Unknown demo user: " + name + "; known users: " + String.join(", ", users.keySet()));
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new CallerAuthentication(caller, "demo"));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
