package dev.parley.adapters.rest;

import dev.parley.application.profile.port.in.ProfileEventsQuery;
import dev.parley.application.profile.port.in.RecordProfileEventCommand;
import dev.parley.application.profile.port.in.RecordProfileEventUseCase;
import dev.parley.application.profile.port.in.UpsertProfileCommand;
import dev.parley.application.profile.port.in.UpsertProfileUseCase;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.ProfilePolicy;
import dev.parley.domain.profile.StoreUserId;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Profiles ({@code /api/v1/profiles}). The store's servers, with an API key, set a store user's profile and record
 * events in their history (the Events API, see {@code docs/events-api.md}); signed-in agents page through a profile's
 * history.
 */
@Path("profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfilesResource {

    /** The largest profile body read; a full profile of the default limits is about 55 KB. */
    static final int MAX_PROFILE_BODY_BYTES = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(ProfilesResource.class.getName());

    private UpsertProfileUseCase upserting;
    private RecordProfileEventUseCase recording;
    private ProfileEventsQuery history;
    private ProfilePolicy policy;

    @Inject
    public ProfilesResource(
            UpsertProfileUseCase upserting,
            RecordProfileEventUseCase recording,
            ProfileEventsQuery history,
            ProfilePolicy policy) {
        this.upserting = upserting;
        this.recording = recording;
        this.history = history;
        this.policy = policy;
    }

    /** For CDI proxies only. */
    protected ProfilesResource() {}

    /** Sets a store user's profile: 201 when the store user was new to Parley, else 200. */
    @PUT
    @Path("{externalUserId}")
    @ApiKeyAuthenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upsert(
            @PathParam("externalUserId") String externalUserId, InputStream body, @Context HttpServletRequest http) {
        String apiKey = apiKey(http);
        StoreUserId user = new StoreUserId(externalUserId);
        EventsApiBodies.ProfileBody profile = EventsApiBodies.profile(read(body, http, MAX_PROFILE_BODY_BYTES));
        UpsertProfileUseCase.Upserted result =
                upserting.upsert(new UpsertProfileCommand(user, profile.contact(), profile.properties()));
        LOG.info(() -> "event=profile_upserted profile=" + result.profile().id() + " created=" + result.created()
                + " apiKey=" + apiKey);
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ProfileResponse.of(result.profile()))
                .build();
    }

    /** Records an event: 201 when recorded now, 200 with the stored event when it was recorded before. */
    @POST
    @Path("{externalUserId}/events")
    @ApiKeyAuthenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(
            @PathParam("externalUserId") String externalUserId, InputStream body, @Context HttpServletRequest http) {
        String apiKey = apiKey(http);
        StoreUserId user = new StoreUserId(externalUserId);
        EventsApiBodies.EventBody event =
                EventsApiBodies.event(read(body, http, 2 * policy.maxEventPropertiesBytes() + 8 * 1024));
        RecordProfileEventUseCase.Recorded result = recording.record(
                new RecordProfileEventCommand(user, event.id(), event.name(), event.occurredAt(), event.properties()));
        LOG.info(() -> "event=profile_event_received profile=" + result.event().profile() + " created="
                + result.created() + " apiKey=" + apiKey);
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ProfileEventResponse.of(result.event()))
                .build();
    }

    /**
     * A page of a profile's history, newest first.
     *
     * @param before the {@code nextCursor} of the previous page
     * @param limit at most this many events (1–100, default 20)
     */
    @GET
    @Path("{profileId}/events")
    @SignedIn
    public EventPage events(
            @PathParam("profileId") String profileId,
            @QueryParam("before") String before,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > ProfileEventsQuery.MAX_PAGE) {
            throw new InvalidValueException("invalid_limit", "The limit is 1 to " + ProfileEventsQuery.MAX_PAGE + ".");
        }
        ProfileEventsQuery.EventPage page =
                history.events(ProfileId.parse(profileId), Optional.ofNullable(before), limit);
        return new EventPage(
                page.events().stream().map(ProfileEventResponse::of).toList(),
                page.nextCursor().orElse(null));
    }

    /**
     * A page of events.
     *
     * @param events newest first
     * @param nextCursor pass it as {@code before} for the next, older page; absent on the last page
     */
    public record EventPage(List<ProfileEventResponse> events, String nextCursor) {}

    /** The id (never the secret) of the key the request was authenticated with, for the logs. */
    private static String apiKey(HttpServletRequest http) {
        return String.valueOf(http.getAttribute(ApiKeyAuthenticationFilter.API_KEY_PROPERTY));
    }

    /** Reads the body as UTF-8, but never more than one byte past the limit. */
    private static String read(InputStream body, HttpServletRequest http, int maxBytes) {
        if (http.getContentLengthLong() > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        try {
            byte[] data = body.readNBytes(maxBytes + 1);
            if (data.length > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            return new String(data, StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException("The request body could not be read", broken);
        }
    }
}
