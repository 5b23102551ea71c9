package org.socorg.platform.identity.internal;

import java.util.List;
import org.socorg.platform.identity.BearerTokenSecurity;
import org.socorg.platform.identity.Roles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

/**
 * The platform REST API ({@code /api/**}) is stateless: every request carries a Keycloak bearer JWT, except the
 * public registry query (一网通查) and the public audit log. Features still check roles and jurisdiction on the
 * objects themselves (an official of one city never sees another city's case); the URL rules here only keep
 * whole areas to the roles they belong to.
 */
@Configuration
@EnableConfigurationProperties(IdentityProperties.class)
class ApiSecurityConfiguration {

    /**
     * Keys are fetched from the issuer when the first token arrives, not at start-up, so the platform starts while
     * Keycloak is still starting or down, and recovers by itself when it comes back.
     */
    @Bean
    JwtDecoder platformJwtDecoder(IdentityProperties properties) {
        IdentityProperties.Oidc oidc = properties.oidc();
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(oidc.timeout());
        http.setReadTimeout(oidc.timeout());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri())
                .restOperations(new RestTemplate(http)).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(oidc.clockSkew()),
                new JwtIssuerValidator(oidc.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(oidc.audience()))));
        return decoder;
    }

    /** Only in a servlet web application: slices without a web server (e.g. repository ITs) have no HttpSecurity. */
    @Configuration
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ApiFilterChain {

        @Bean
        @Order(10)
        SecurityFilterChain apiSecurity(HttpSecurity http, BearerTokenSecurity bearerTokens) throws Exception {
            http.securityMatcher("/api/**")
                    .csrf(AbstractHttpConfigurer::disable)
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(rules -> rules
                            .requestMatchers(HttpMethod.GET, "/api/organizations", "/api/organizations/**",
                                    "/api/credit-codes/**", "/api/annual-reports/public/**", "/api/credit/lists/**",
                                    "/api/public/**")
                            .permitAll()
                            // an organization's credit record is public; its notices need the account holder
                            .requestMatchers(HttpMethod.GET, "/api/credit/organizations/*").permitAll()
                            // anyone may report an organization and follow the report (投诉举报)
                            .requestMatchers(HttpMethod.POST, "/api/complaints").permitAll()
                            .requestMatchers(HttpMethod.GET, "/api/complaints/track/**", "/api/illegal-organizations")
                            .permitAll()
                            // evaluation: the public notices (公示) and objections to them, open to anyone
                            .requestMatchers(HttpMethod.GET, "/api/evaluations/notices").permitAll()
                            .requestMatchers(HttpMethod.POST, "/api/evaluations/*/objections").permitAll()
                            .requestMatchers("/api/audit/export/**").hasRole(Roles.AUDITOR)
                            .requestMatchers("/api/audit/**").permitAll()
                            .requestMatchers("/api/admin/**").hasRole(Roles.ADMINISTRATOR)
                            .requestMatchers("/api/workbench/**").hasRole(Roles.ANALYST)
                            .anyRequest().authenticated());
            bearerTokens.apply(http);
            return http.build();
        }
    }
}
