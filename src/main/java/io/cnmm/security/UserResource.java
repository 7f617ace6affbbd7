package io.cnmm.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users and their enterprise assignments: for administrators only. */
@Path("/api/users")
@RolesAllowed(Role.ADMIN)
@Tag(name = ApiTags.USERS)
public class UserResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    @Inject
    UserService service;

    @GET
    @Operation(operationId = "listUsers", summary = "List the users who sign in with a password, with their roles and assignments")
    public List<UserView> list() {
        return service.list();
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a user", description = "Roles: assessor, auditor, rule-author, admin. "
            + "The password (12 to 72 characters, no control characters) is stored only as a salted bcrypt hash.")
    @APIResponse(responseCode = "201", description = "The user", headers = @Header(name = "Location", required = true, description = "where it can be read again", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    public Response create(@NotNull(message = BODY_REQUIRED) @Valid UserRequest request, @Context UriInfo uri) {
        UserView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    @Path("/{username}")
    @Operation(operationId = "getUser", summary = "Read one user")
    public UserView get(@PathParam("username") String username) {
        return service.get(username);
    }

    @PUT
    @Path("/{username}")
    @Operation(operationId = "changeUser", summary = "Change a user's roles or password", description = "The last administrator keeps the role.")
    public UserView change(@PathParam("username") String username,
                           @NotNull(message = BODY_REQUIRED) @Valid UserChange change) {
        return service.change(username, change);
    }

    @DELETE
    @Path("/{username}")
    @Operation(operationId = "deleteUser", summary = "Delete a user and their assignments", description = "The last administrator cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("username") String username) {
        service.delete(username);
        return Response.noContent().build();
    }

    @GET
    @Path("/{username}/assignments")
    @Operation(operationId = "getAssignments", summary = "The enterprises a user (stored, or from the OpenID Connect provider) may see")
    public AssignmentsView assignments(@PathParam("username") String username) {
        return service.assignmentsOf(username);
    }

    @PUT
    @Path("/{username}/assignments")
    @Operation(operationId = "replaceAssignments", summary = "Replace the enterprises a user may see", description = "allEnterprises grants every "
            + "enterprise, for auditors of the whole service. Admins see every enterprise anyway.")
    public AssignmentsView assign(@PathParam("username") String username,
                                  @NotNull(message = BODY_REQUIRED) @Valid AssignmentsRequest request) {
        return service.assign(username, request);
    }
}
