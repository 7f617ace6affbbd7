/**
 * The parts of the OpenAPI document that belong to no single resource: how callers sign in, the
 * tags, and one response per problem status that {@link ApiContract} attaches to the operations
 * that can answer with it (docs/api.md, "Problem types", says which type each status carries).
 */
@OpenAPIDefinition(
        info = @Info(title = "CNMM Assess API", version = "1",
                description = "Cloud-native capability maturity assessments: facts in, levels, gaps, advice and rule trace out.",
                contact = @Contact(name = "CNMM Assess", url = "https://cnmm.io"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The service that serves this document"),
        tags = {
                @Tag(name = ApiTags.MODEL, description = "The maturity model: parts, domains, indicators and the facts they read"),
                @Tag(name = ApiTags.ENTERPRISES, description = "Enterprises that are assessed"),
                @Tag(name = ApiTags.ASSESSMENTS, description = "Submitting facts, reading, replaying, re-evaluating and comparing assessments"),
                @Tag(name = ApiTags.REPORTS, description = "Exports, reports and the verification of sealed assessments"),
                @Tag(name = ApiTags.AUDIT, description = "The audit log and the keys that sign seals"),
                @Tag(name = ApiTags.RULESETS, description = "Published ruleset versions: publishing, activation, scenario runs, re-scoring"),
                @Tag(name = ApiTags.USERS, description = "Users, roles and the enterprises each may see")},
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = ApiContract.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "A user name and password stored by the service (docs/security.md)"),
                        @SecurityScheme(securitySchemeName = ApiContract.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
                                bearerFormat = "JWT", description = "An access token of the OpenID Connect provider, where one "
                                        + "is configured (quarkus.oidc.*, docs/security.md)")},
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400", description = "malformed-json, invalid-json, "
                                + "invalid-query-parameter or invalid-header: the request is not of the form the operation accepts",
                                content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Unauthenticated", responseCode = "401", description = "unauthenticated: no user, or a wrong "
                                + "password or token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403", description = "forbidden: the caller's roles do not allow it",
                                content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "not-found: no such resource, or one the "
                                + "caller is not assigned to", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Conflict", responseCode = "409", description = "conflict or idempotency-key-in-use",
                                content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "json-limit, or the body is past "
                                + "quarkus.http.limits.max-body-size", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "http-415: the body is not "
                                + "of the media type the operation consumes", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Unprocessable", responseCode = "422", description = "invalid-request, invalid-facts, "
                                + "invalid-ruleset, failing-scenarios, evaluation-limit or idempotency-key-reused: `errors` or "
                                + "`problems` name what is wrong and where", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "InternalError", responseCode = "500", description = "internal-error: a fault of the service; "
                                + "`detail` names an incident id found in its log", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Unavailable", responseCode = "503", description = "database-unavailable or busy: send the "
                                + "request again after Retry-After seconds", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))}))
package io.cnmm.openapi;

import io.cnmm.problem.ProblemDetail;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
