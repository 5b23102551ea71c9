package org.socorg.platform.ui.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.Map;
import org.socorg.platform.identity.BearerTokenSecurity;
import org.socorg.platform.identity.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-on for everything outside the platform API: the Vaadin UI signs people in with OpenID Connect
 * (authorization code + PKCE) at Keycloak and signs them out there too (RP-initiated logout; Keycloak's
 * back-channel logout ends the platform session). The Camunda engine REST API takes the same bearer tokens as the
 * platform API; the Camunda webapps share the UI's sign-in.
 */
@Configuration
@EnableConfigurationProperties(SignOnProperties.class)
class UiSecurityConfiguration extends VaadinWebSecurity {

    static final String REGISTRATION_ID = "keycloak";

    private final String issuer;

    UiSecurityConfiguration(@Value("${platform.identity.oidc.issuer}") String issuer) {
        this.issuer = issuer;
    }

    /**
     * The client is described here rather than discovered from the issuer, so the platform starts while Keycloak
     * is still starting (the run command starts both side by side) or is down, and needs no restart when it returns.
     * The endpoints are Keycloak's fixed paths under the realm.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(SignOnProperties client) {
        String oidc = issuer + "/protocol/openid-connect";
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(oidc + "/certs")
                .userInfoUri(oidc + "/userinfo")
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** Realm roles (flat {@code roles} claim) become {@code ROLE_<role>} authorities, as on the API. */
    @Bean
    GrantedAuthoritiesMapper realmRoles() {
        return authorities -> {
            var mapped = new java.util.HashSet<org.springframework.security.core.GrantedAuthority>(authorities);
            authorities.stream().filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                    .forEach(a -> {
                        Object roles = a.getIdToken().getClaims().get("roles");
                        if (roles instanceof java.util.Collection<?> values) {
                            values.forEach(r -> mapped.add(new SimpleGrantedAuthority("ROLE_" + r)));
                        }
                    });
            return mapped;
        };
    }

    /** The Camunda engine REST API: bearer tokens of administrators only. */
    @Bean
    @Order(20)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, BearerTokenSecurity bearerTokens) throws Exception {
        // A String matcher never matches Jersey's servlet; a path pattern does (STACK.md).
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> rules.anyRequest().hasRole(Roles.ADMINISTRATOR));
        bearerTokens.apply(http);
        return http.build();
    }

    /** The Camunda webapps: signed in through the UI's sign-on, administrators only; Camunda has its own XSRF filter. */
    @Bean
    @Order(30)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http, ClientRegistrationRepository registrations)
            throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> rules.anyRequest().hasRole(Roles.ADMINISTRATOR))
                .oauth2Login(Customizer.withDefaults())
                // GET or POST /camunda/logout ends the platform and the Keycloak session (Camunda has its own XSRF)
                .logout(logout -> logout.logoutUrl("/camunda/logout")
                        .logoutSuccessHandler(keycloakLogout(registrations)));
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules.requestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher("/api-docs/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/error")).permitAll());
        super.configure(http);
        setOAuth2LoginPage(http, "/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}/");
        http.addFilterBefore(new SignOnAvailability(issuer), OAuth2AuthorizationRequestRedirectFilter.class);
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
    }

    private static OidcClientInitiatedLogoutSuccessHandler keycloakLogout(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }
}
