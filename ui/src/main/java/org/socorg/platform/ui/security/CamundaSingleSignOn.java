package org.socorg.platform.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Camunda webapps take the person Spring Security signed in (through Keycloak) instead of asking for a Camunda
 * password: there is no separate demo/demo user. Realm roles become Camunda groups; administrators also join
 * {@code camunda-admin}. Spring Security's chain for {@code /camunda/**} lets only administrators through.
 */
@Configuration
class CamundaSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SignedInUser.class.getName()));
        // after Spring Security's chain, which has put the signed-in person in the security context
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

    /** Instantiated by Camunda's filter from its class name. */
    public static class SignedInUser extends ContainerBasedAuthenticationProvider {

        static final String CAMUNDA_ADMIN = "camunda-admin";

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
                return AuthenticationResult.unsuccessful();
            }
            List<String> groups = new ArrayList<>();
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null && name.startsWith("ROLE_")) {
                    groups.add(name.substring("ROLE_".length()));
                }
            }
            boolean administrator = groups.contains("administrator");
            if (administrator) {
                groups.add(CAMUNDA_ADMIN);
            }
            knowUser(engine, authentication.getName(), administrator);
            AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
            result.setGroups(groups);
            return result;
        }

        /**
         * The webapps only accept a user the engine's identity service knows; Keycloak stays the one place where
         * people and passwords are managed, so a signed-in person is recorded there on first visit (no password).
         */
        private static void knowUser(ProcessEngine engine, String id, boolean administrator) {
            IdentityService identity = engine.getIdentityService();
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName(id);
                user.setLastName("(Keycloak)");
                identity.saveUser(user);
            }
            // Without a member of camunda-admin the webapps send everyone to their "create the first admin" page.
            if (administrator && identity.createUserQuery().userId(id).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
                if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
                    Group group = identity.newGroup(CAMUNDA_ADMIN);
                    group.setName("Camunda administrators (Keycloak administrators)");
                    group.setType("SYSTEM");
                    identity.saveGroup(group);
                }
                identity.createMembership(id, CAMUNDA_ADMIN);
            }
        }
    }
}
