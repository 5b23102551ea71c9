package org.socorg.platform.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Brings up the local Keycloak with the platform when the run command names the unpacked distribution
 * ({@code platform.keycloak.local.home}, set by the ui module's {@code spring-boot:run}) and no external issuer is
 * configured ({@code SOCORG_OIDC_ISSUER}). Keycloak starts while Spring builds its context; the platform reports
 * itself started only once Keycloak is ready.
 */
public class LocalKeycloakStarter implements ApplicationListener<ApplicationEvent> {

    private LocalKeycloak keycloak;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            launch(prepared.getEnvironment());
        } else if (event instanceof ApplicationStartedEvent && keycloak != null) {
            Duration took = keycloak.awaitReady(Duration.ofMinutes(3));
            log().info("Keycloak {} at {} (ready {} ms after launch); demo users sign in with password 'demo'",
                    keycloak.startedHere() ? "started" : "already running", keycloak.issuer(), took.toMillis());
        } else if ((event instanceof ApplicationFailedEvent || event instanceof ContextClosedEvent)
                && keycloak != null) {
            keycloak.stop();
        }
    }

    private void launch(ConfigurableEnvironment env) {
        String external = env.getProperty("SOCORG_OIDC_ISSUER");
        String home = env.getProperty("platform.keycloak.local.home");
        if (external != null && !external.isBlank()) {
            log().info("Using the external sign-on server {}", external);
            return;
        }
        if (home == null || home.isBlank()) {
            return;
        }
        keycloak = LocalKeycloak.launch(new LocalKeycloak.Settings(Path.of(home),
                Path.of(env.getProperty("platform.keycloak.local.realm-dir", "config/keycloak")),
                env.getProperty("platform.keycloak.local.http-port", Integer.class, 8180),
                env.getProperty("platform.keycloak.local.management-port", Integer.class, 9180),
                env.getProperty("SOCORG_KEYCLOAK_ADMIN", "admin"),
                env.getProperty("SOCORG_KEYCLOAK_ADMIN_PASSWORD", "admin")));
        env.getPropertySources().addFirst(new MapPropertySource("localKeycloak",
                Map.of("platform.identity.oidc.issuer", keycloak.issuer())));
    }

    private static Logger log() {
        return LoggerFactory.getLogger(LocalKeycloakStarter.class);
    }
}
