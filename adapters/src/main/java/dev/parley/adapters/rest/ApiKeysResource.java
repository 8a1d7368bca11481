package dev.parley.adapters.rest;

import dev.parley.application.apikey.port.in.CreateApiKeyCommand;
import dev.parley.application.apikey.port.in.CreateApiKeyUseCase;
import dev.parley.application.apikey.port.in.CreatedApiKey;
import dev.parley.application.apikey.port.in.ListApiKeysQuery;
import dev.parley.application.apikey.port.in.RevokeApiKeyUseCase;
import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.apikey.ApiKeyName;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The store's API keys ({@code /api/v1/api-keys}), for admins only: create one (its secret is in that answer and
 * nowhere else), list them, revoke one. See {@code docs/events-api.md}.
 */
@Path("api-keys")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    private CreateApiKeyUseCase creating;
    private ListApiKeysQuery keys;
    private RevokeApiKeyUseCase revoking;

    @Inject
    public ApiKeysResource(CreateApiKeyUseCase creating, ListApiKeysQuery keys, RevokeApiKeyUseCase revoking) {
        this.creating = creating;
        this.keys = keys;
        this.revoking = revoking;
    }

    /** For CDI proxies only. */
    protected ApiKeysResource() {}

    @GET
    public List<ApiKeyResponse> list() {
        return keys.list().stream().map(ApiKeyResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Request request, @Context HttpServletRequest http, @Context UriInfo uri) {
        if (request == null || request.name() == null) {
            throw new InvalidValueException("missing_field", "The body needs a 'name' field.");
        }
        CreatedApiKey created = creating.create(
                new CreateApiKeyCommand(AgentSessions.caller(http).id(), new ApiKeyName(request.name())));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.key().id().toString())
                        .build())
                .cacheControl(noStore)
                .entity(ApiKeyResponse.withSecret(
                        created.key(), created.secret().value()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public ApiKeyResponse revoke(@PathParam("id") String id, @Context HttpServletRequest http) {
        return ApiKeyResponse.of(revoking.revoke(AgentSessions.caller(http).id(), ApiKeyId.parse(id)));
    }

    /**
     * A new key.
     *
     * @param name what to call it, 1–100 characters
     */
    public record Request(String name) {}
}
