package org.microblog.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import org.microblog.web.ErrorBody;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The OpenAPI description ({@code /api/openapi}) and its page ({@code /api/docs}). Each
 * operation lists the errors it can answer with, derived from what the handler is: one that
 * needs a token can answer 401, one with an id 404, one with a body 400, 413 and 415.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static final String BEARER = "token";
    static final String BASIC = "password";

    @Bean
    OpenAPI microblogApi() {
        return new OpenAPI()
                .info(new Info().title("Microblog API").version("1")
                        .description("""
                                The original Microblog's API (tokens, users, followers, following) with the same \
                                JSON and status codes, plus posts, timelines, follows, messages and notifications. \
                                Get a token with POST /api/tokens (HTTP Basic), then send \
                                `Authorization: Bearer <token>`. Collections take `page` and `per_page` (default 10, \
                                at most 100). Every error is `{"error": "<HTTP reason>", "message"?: "…"}`."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .schemas(new java.util.TreeMap<>(ModelConverters.getInstance().read(ErrorBody.class))));
    }

    @Bean
    OperationCustomizer errorResponses() {
        return (operation, handler) -> {
            boolean tokenRequired = !handler.hasMethodAnnotation(PublicEndpoint.class);
            if (tokenRequired && operation.getSecurity() == null) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
            if (handler.hasMethodAnnotation(PublicEndpoint.class) && operation.getSecurity() == null) {
                operation.setSecurity(java.util.List.of());
            }
            boolean hasId = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
            boolean hasBody = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
            if (hasBody) {
                error(operation, "400", "Missing or invalid fields, malformed JSON or wrong types");
                error(operation, "413", "Body larger than 64 KB");
                error(operation, "415", "Body not sent as application/json");
            }
            if (tokenRequired || operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                error(operation, "401", "Missing, expired or revoked token (or wrong password for /api/tokens)");
            }
            if (hasId) {
                error(operation, "404", "No such id");
            }
            return operation;
        };
    }

    private static void error(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse existing = responses.get(status);
        ApiResponse response = existing == null ? new ApiResponse().description(description) : existing;
        response.setContent(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<ErrorBody>().$ref("#/components/schemas/ErrorBody"))));
        responses.addApiResponse(status, response);
    }
}
