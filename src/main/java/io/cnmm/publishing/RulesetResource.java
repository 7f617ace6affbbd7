package io.cnmm.publishing;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.problem.QueryParameters;
import io.cnmm.scenario.ScenarioReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Published ruleset versions: publish, list, download, activate, roll back. */
@Path("/api/rulesets")
@Authenticated // reading versions is for everyone signed in: auditors check which rules produced a result
@Tag(name = ApiTags.RULESETS)
public class RulesetResource {

    static final String ZIP = "application/zip";

    @Inject
    RulesetPublisher publisher;
    @Inject
    VersionRepository versions;
    @Inject
    VersionStore store;
    @Inject
    EvaluationEngine engine;
    @Inject
    DevelopmentSaves developmentSaves;
    @Inject
    CompiledRulesets compiled;

    @GET
    @Operation(operationId = "listRulesets", summary = "Published ruleset versions, newest first")
    public List<VersionView> list() {
        return QuarkusTransaction.requiringNew().call(() -> {
            String active = activeDigest();
            return versions.newestFirst().stream().map(v -> VersionView.of(v, active)).toList();
        });
    }

    @POST
    @RolesAllowed({Role.RULE_AUTHOR, Role.ADMIN})
    @Consumes(ZIP)
    @Operation(operationId = "publishRuleset", summary = "Publish an uploaded bundle",
            description = "A zip with rules/ and model-data/ at its top. It is validated and its scenarios run; only a "
                    + "valid bundle is stored, as an immutable version addressed by its content digest. 201 when new, "
                    + "200 when the same content was published before.")
    @APIResponse(responseCode = "201", description = "The version, published now", headers = @Header(name = "Location", required = true, description = "where it can be read again", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "200", description = "The version, published before with the same content",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VersionView.class)))
    public Response publish(byte[] zip, @QueryParam("author") String author, @QueryParam("message") String message,
                            @Context UriInfo uri) {
        return created(publisher.publish(zip == null ? new byte[0] : zip, author, message), uri);
    }

    @POST
    @RolesAllowed({Role.RULE_AUTHOR, Role.ADMIN})
    @Path("/folders")
    @Operation(operationId = "publishFolders", summary = "Publish the server's rules and model-data folders as they are now")
    @APIResponse(responseCode = "201", description = "The version, published now", headers = @Header(name = "Location", required = true, description = "where it can be read again", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "200", description = "The version, published before with the same content",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VersionView.class)))
    public Response publishFolders(PublishRequest request, @Context UriInfo uri) {
        PublishRequest given = request == null ? new PublishRequest(null, null) : request;
        return created(publisher.publishFolders(given.author(), given.message()), uri);
    }

    @POST
    @RolesAllowed({Role.RULE_AUTHOR, Role.ADMIN})
    @Path("/scenario-runs")
    @Consumes(ZIP)
    @Operation(operationId = "runBundleScenarios", summary = "Run an unpublished bundle's scenarios",
            description = "Validates the zip and runs its scenarios with the report bin/cnmm test prints; stores nothing "
                    + "but the run's record in the audit log.")
    public ScenarioReport testBundle(byte[] zip) {
        return publisher.runScenarios(zip == null ? new byte[0] : zip);
    }

    @POST
    @RolesAllowed({Role.RULE_AUTHOR, Role.ADMIN})
    @Path("/{ref}/scenario-runs")
    @Operation(operationId = "runVersionScenarios", summary = "Run a published version's scenarios", description = "The report bin/cnmm test prints, as JSON.")
    public ScenarioReport testVersion(@PathParam("ref") String ref) {
        return publisher.runScenarios(ref);
    }

    @GET
    @Path("/active")
    @Operation(operationId = "getActiveRuleset", summary = "The active version, and the one this replica has loaded")
    public ActiveView active() {
        ActiveRuleset loaded = engine.current();
        ActivationView active = store.currentActivation().map(ActivationView::of).orElse(null);
        return new ActiveView(active, loaded.version(), loaded.loadedAt(), loaded.compileMillis(),
                developmentSaves.last().orElse(null));
    }

    @GET
    @Path("/activations")
    @Operation(operationId = "listActivations", summary = "Activation history, newest first")
    public List<ActivationView> activations(@QueryParam("limit") @Parameter(description = "at most this many, 1 to 1000 "
            + "(default 100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) String limit) {
        return store.history((int) QueryParameters.wholeNumber("limit", limit, 100, 1, 1_000)).stream()
                .map(ActivationView::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Path("/rollback")
    @Operation(operationId = "rollbackRuleset", summary = "Activate the version that was active before the current one")
    public ActivationView rollback(ActivationRequest request) {
        return ActivationView.of(publisher.rollback(request == null ? null : request.author()));
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getRuleset", summary = "One version, by digest or a unique prefix of at least 7 hex digits")
    public VersionView get(@PathParam("ref") String ref) {
        return QuarkusTransaction.requiringNew().call(() -> VersionView.of(versions.resolve(ref), activeDigest()));
    }

    @GET
    @Path("/{ref}/bundle")
    @Produces(ZIP)
    @Operation(operationId = "getRulesetBundle", summary = "Download a version's bundle: the exact files it was published with")
    @APIResponse(responseCode = "200", description = "The bundle as a zip", headers = @Header(name = "Content-Disposition", description = "the file name to save it as", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response bundle(@PathParam("ref") String ref) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RulesetVersion version = versions.resolve(ref);
            String name = "cnmm-ruleset-" + version.digest.substring("sha256:".length(), "sha256:".length() + 12) + ".zip";
            return Response.ok(version.content, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
        });
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Path("/{ref}/activation")
    @Operation(operationId = "activateRuleset", summary = "Activate a published version",
            description = "Compiles it on this replica if needed (evaluations carry on meanwhile), then switches "
                    + "atomically. Other replicas follow within their poll interval.")
    public ActivationView activate(@PathParam("ref") String ref, ActivationRequest request) {
        return ActivationView.of(publisher.activate(ref, request == null ? null : request.author(),
                RulesetActivation.Kind.activate));
    }

    private String activeDigest() {
        return store.currentActivation().map(a -> a.digest).orElse(null);
    }

    private Response created(VersionStore.Stored stored, UriInfo uri) {
        // Kept compiled at publication, so reading its warnings compiles nothing again. A version published
        // before is not compiled for them (it may be long evicted): its answer has none.
        List<String> warnings = !stored.created() && !compiled.isKept(stored.version().digest) ? List.of()
                : compiled.get(stored.version().digest).evaluator().ruleset().warnings().stream().map(Object::toString).toList();
        VersionView view = VersionView.of(stored.version(), activeDigest(), warnings);
        if (!stored.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/rulesets/{ref}").build(stored.version().digest))
                .entity(view).build();
    }

}
