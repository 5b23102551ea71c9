package org.socorg.platform.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api-docs (UI at /api-docs/ui). */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI platformOpenApi() {
        return new OpenAPI().info(new Info()
                .title("社会组织登记管理平台 API / Social Organization Registration Platform API")
                .version("0.1")
                .description("Errors are RFC 9457 problem details with detailZh and detailEn. "
                        + "DEMO sign-in until Keycloak: put a demo user (applicant1, official1, director1, supervisor1) "
                        + "in the X-Demo-User header.")
                .license(new License().name("Apache-2.0")));
    }

    /** Every operation offers the demo-user header so the OpenAPI page can act as each persona. */
    @Bean
    OperationCustomizer demoUserHeader() {
        return (operation, handlerMethod) -> operation.addParametersItem(new HeaderParameter()
                .name("X-Demo-User").required(false).schema(new StringSchema()._enum(java.util.List.of(
                        "applicant1", "applicant2", "official1", "director1", "supervisor1", "official-sh")))
                .description("DEMO identity until Keycloak sign-on (see README)"));
    }
}
