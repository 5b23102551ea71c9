package org.socorg.platform.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api-docs (UI at /api-docs/ui). */
@Configuration
class OpenApiConfiguration {

    static final String KEYCLOAK = "keycloak";

    /** "Authorize" on the OpenAPI page takes a Keycloak access token (README: the DEMO {@code socorg-cli} client). */
    @Bean
    OpenAPI platformOpenApi() {
        return new OpenAPI().info(new Info()
                        .title("社会组织登记管理平台 API / Social Organization Registration Platform API")
                        .version("0.1")
                        .description("Errors are RFC 9457 problem details with detailZh and detailEn. "
                                + "Send a Keycloak access token as 'Authorization: Bearer ...'; the registry query "
                                + "needs none.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(KEYCLOAK, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token of the platform's Keycloak realm")))
                .addSecurityItem(new SecurityRequirement().addList(KEYCLOAK));
    }
}
