package dev.parley.adapters.rest;

import dev.parley.adapters.wire.ImageJson;
import dev.parley.application.conversation.port.in.UploadImageCommand;
import dev.parley.application.conversation.port.in.UploadImageUseCase;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.conversation.port.in.UploadView;
import dev.parley.application.conversation.port.in.UploadedImage;
import dev.parley.application.conversation.port.in.UploadedImageQuery;
import dev.parley.application.team.port.in.AgentQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadNotFoundException;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.conversation.UploadTooLargeException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * Images for messages ({@code /api/v1/uploads}). A visitor uploads with their token ({@code Authorization: Bearer}),
 * an agent with their session and its CSRF token. The body is the image itself, declared by its
 * {@code Content-Type}. An image is served to its uploader and to the participants of a conversation that shows it;
 * to anyone else it answers exactly like one that does not exist. A visitor over an hourly upload limit gets 429
 * {@code rate_limited} with {@code Retry-After}; one whose stored images would pass their quota gets 413
 * {@code upload_quota_exceeded}.
 */
@Path("uploads")
@RequestScoped
public class UploadResource {

    /** How long a browser may keep an image: uploads never change. */
    static final String CACHE_CONTROL = "private, max-age=86400";

    private UploadImageUseCase uploading;
    private UploadedImageQuery images;
    private UploadPolicy policy;
    private VisitorBearer visitors;
    private AgentQuery agents;

    @Inject
    public UploadResource(
            UploadImageUseCase uploading,
            UploadedImageQuery images,
            UploadPolicy policy,
            VisitorBearer visitors,
            AgentQuery agents) {
        this.uploading = uploading;
        this.images = images;
        this.policy = policy;
        this.visitors = visitors;
        this.agents = agents;
    }

    /** For CDI proxies only. */
    protected UploadResource() {}

    /** Stores the image in the body; 201 with its id, media type and size. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(InputStream body, @Context HttpHeaders headers, @Context HttpServletRequest http) {
        UploadOwner owner;
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            Optional<UploadOwner> visitor = visitors.visitor(authorization).map(UploadOwner::visitor);
            if (visitor.isEmpty()) {
                return Response.fromResponse(
                                Problem.response(
                                        Response.Status.UNAUTHORIZED,
                                        "visitor_unknown",
                                        "Send the visitor token from POST /api/v1/visitor/session as 'Authorization: Bearer <token>'."))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .build();
            }
            owner = visitor.get();
        } else {
            Optional<AgentView> agent = signedInAgent(http);
            if (agent.isEmpty()) {
                return Problem.response(
                        Response.Status.UNAUTHORIZED,
                        "not_signed_in",
                        "Upload as a visitor (Authorization: Bearer <visitor token>) or as a signed-in agent.");
            }
            if (!AgentSessions.carriesCsrfToken(http)) {
                return Problem.response(
                        Response.Status.FORBIDDEN,
                        "csrf_token_invalid",
                        "This request must repeat the session's CSRF token in the " + AgentSessions.CSRF_HEADER
                                + " header.");
            }
            owner = UploadOwner.agent(agent.get().id());
        }
        if (http.getContentLengthLong() > policy.maxBytes()) {
            throw new UploadTooLargeException(policy.maxBytes());
        }
        UploadView stored = uploading.upload(new UploadImageCommand(
                owner, headers.getHeaderString(HttpHeaders.CONTENT_TYPE), read(body), http.getRemoteAddr()));
        return Response.created(URI.create(ImageJson.PATH + stored.id()))
                .type(MediaType.APPLICATION_JSON)
                .entity(UploadResponse.of(stored))
                .build();
    }

    /** The image's bytes, for those who may see it; 404 {@code upload_not_found} for everyone else. */
    @GET
    @Path("{id}")
    public Response image(@PathParam("id") String id, @Context HttpHeaders headers, @Context HttpServletRequest http) {
        UploadId upload = UploadId.parse(id);
        UploadOwner viewer = viewer(headers, http).orElseThrow(() -> new UploadNotFoundException(upload));
        UploadedImage image = images.image(upload, viewer);
        return Response.ok(image.data(), image.upload().contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    /** The visitor (by token) or signed-in agent who asks for an image, if any. */
    private Optional<UploadOwner> viewer(HttpHeaders headers, HttpServletRequest http) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return visitors.visitor(authorization).map(UploadOwner::visitor);
        }
        return signedInAgent(http).map(agent -> UploadOwner.agent(agent.id()));
    }

    private Optional<AgentView> signedInAgent(HttpServletRequest http) {
        return AgentSessions.agent(http).flatMap(agents::find);
    }

    /** Reads the body, but never more than one byte past the limit. */
    private byte[] read(InputStream body) {
        try {
            byte[] data = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, policy.maxBytes() + 1));
            if (data.length > policy.maxBytes()) {
                throw new UploadTooLargeException(policy.maxBytes());
            }
            return data;
        } catch (IOException broken) {
            throw new UncheckedIOException("The upload could not be read", broken);
        }
    }
}
