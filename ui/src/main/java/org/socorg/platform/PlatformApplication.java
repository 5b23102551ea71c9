package org.socorg.platform;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import org.socorg.platform.keycloak.LocalKeycloakStarter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the whole platform: the features of {@code app}, the Vaadin UI at {@code /}, the platform REST API at
 * {@code /api} (OpenAPI UI at {@code /api-docs/ui}), the Camunda REST API at {@code /engine-rest} and its webapps at
 * {@code /camunda}.
 */
@SpringBootApplication
@PWA(name = "社会组织登记管理平台 Social Organization Registration Platform", shortName = "社会组织")
@Meta(name = "description", content = "社会组织登记管理平台 / Social organization registration platform")
public class PlatformApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PlatformApplication.class);
        // the run command's Keycloak (see LocalKeycloakStarter); tests start their own and never pass through here
        application.addListeners(new LocalKeycloakStarter());
        application.run(args);
    }
}
