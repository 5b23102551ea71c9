package org.socorg.platform.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.IdentityService;
import org.socorg.platform.identity.BearerTokenSecurity;
import org.socorg.platform.shared.web.Problems;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

@Component
class PlatformBearerTokens implements BearerTokenSecurity {

    private static final Logger log = LoggerFactory.getLogger(PlatformBearerTokens.class);

    private final JwtDecoder decoder;
    private final CallerFactory callers;
    private final IdentityProperties properties;
    private final BearerTokenAuthenticationEntryPoint bearerHeader = new BearerTokenAuthenticationEntryPoint();

    private final IdentityService engineIdentity;

    PlatformBearerTokens(JwtDecoder decoder, CallerFactory callers, IdentityProperties properties,
            @Lazy IdentityService engineIdentity) {
        this.decoder = decoder;
        this.callers = callers;
        this.properties = properties;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void apply(HttpSecurity http) throws Exception {
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(
                        token -> new CallerAuthentication(callers.fromClaims(token.getClaims()), token)))
                .authenticationEntryPoint(this::unauthorized)
                .accessDeniedHandler(this::forbidden)
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        // By default a failure to reach the key set escapes the chain and becomes a bare 500.
                        filter.setAuthenticationFailureHandler((request, response, e) -> {
                            if (e instanceof AuthenticationServiceException) {
                                unavailable(request, response, e);
                            } else {
                                unauthorized(request, response, e);
                            }
                        });
                        return filter;
                    }
                }));
        http.exceptionHandling(e -> e.authenticationEntryPoint(this::unauthorized).accessDeniedHandler(this::forbidden));
        http.addFilterAfter(new EngineAuthenticationFilter(engineIdentity), AuthorizationFilter.class);
        if (properties.demoHeader().enabled()) {
            http.addFilterBefore(new DemoHeaderAuthenticationFilter(properties.demoHeader(), callers),
                    BearerTokenAuthenticationFilter.class);
        }
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearerHeader.commence(request, response, e); // the WWW-Authenticate header RFC 6750 asks for
        if (e instanceof InvalidBearerTokenException) {
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, "INVALID_TOKEN",
                    "登录凭证无效或已过期，请重新登录",
                    "The sign-on token is invalid or has expired; sign in again");
        } else {
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED",
                    "请先登录：在请求头 Authorization 中携带统一身份认证（Keycloak）签发的 Bearer 令牌",
                    "Sign in first: send a bearer token issued by the platform's sign-on (Keycloak) in the "
                            + "Authorization header");
        }
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN",
                "您的角色无权进行此操作", "Your role does not allow this operation");
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.warn("Cannot check a bearer token: the sign-on server is unreachable ({})", e.getMessage());
        response.setHeader("Retry-After", "30");
        Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE",
                "统一身份认证服务暂时无法访问，无法核验登录凭证；请稍后重试",
                "The sign-on service cannot be reached to check your token; try again shortly");
    }
}
