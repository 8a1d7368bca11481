package dev.parley.adapters.rest;

import dev.parley.adapters.wire.ConversationJson;
import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.application.conversation.port.in.BrowseUseCase;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.EndConversationCommand;
import dev.parley.application.conversation.port.in.EndConversationUseCase;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.GoLiveUseCase;
import dev.parley.application.notification.port.in.SendTranscriptCommand;
import dev.parley.application.notification.port.in.SendTranscriptUseCase;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Locale;
import java.util.Optional;

/**
 * A visitor's own conversations over HTTP ({@code /api/v1/visitor/conversations}), for integrations and clients that
 * cannot keep a WebSocket open. Every call carries the visitor's token; another visitor's conversation answers
 * exactly like one that does not exist.
 */
@Path("visitor/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@VisitorAuthenticated
public class VisitorConversationResource {

    private static final int DEFAULT_PAGE = 100;

    private ConversationHistoryQuery history;
    private EndConversationUseCase endings;
    private BrowseUseCase browsing;
    private GoLiveUseCase goingLive;
    private SendTranscriptUseCase transcripts;

    @Inject
    public VisitorConversationResource(
            ConversationHistoryQuery history,
            EndConversationUseCase endings,
            BrowseUseCase browsing,
            GoLiveUseCase goingLive,
            SendTranscriptUseCase transcripts) {
        this.history = history;
        this.endings = endings;
        this.browsing = browsing;
        this.goingLive = goingLive;
        this.transcripts = transcripts;
    }

    /** For CDI proxies only. */
    protected VisitorConversationResource() {}

    /** The visitor's open conversation; 404 {@code conversation_not_found} when they have none. */
    @GET
    @Path("current")
    public Response current(@Context HttpServletRequest request) {
        return history.visitorConversation(visitor(request), Optional.empty())
                .map(found -> Response.ok(ConversationJson.of(found)).build())
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND, "conversation_not_found", "You have no open conversation."));
    }

    /** The messages after {@code afterSeq} (default 0), at most {@code limit} (1–200, default 100). */
    @GET
    @Path("{id}/messages")
    public VisitorMessagesResponse messages(
            @PathParam("id") String id,
            @QueryParam("afterSeq") String afterSeq,
            @QueryParam("limit") String limit,
            @Context HttpServletRequest request) {
        long after = number(afterSeq, 0, 0, Long.MAX_VALUE, "afterSeq");
        int max = (int) number(limit, DEFAULT_PAGE, 1, ConversationHistoryQuery.MAX_PAGE, "limit");
        ConversationView conversation = history.visitorConversation(
                        visitor(request), Optional.of(ConversationId.parse(id)))
                .orElseThrow();
        return new VisitorMessagesResponse(
                ConversationJson.of(conversation),
                history.messagesAfter(conversation.id(), after, max).stream()
                        .map(message -> MessageJson.inThread(message, SystemNotices.Reader.VISITOR, language(request)))
                        .toList());
    }

    /** The visitor's open conversation, or a new one in which they browse the FAQs (no message, no ticket). */
    @POST
    public ConversationJson browse(@Context HttpServletRequest request) {
        return ConversationJson.of(browsing.browse(visitor(request), request.getRemoteAddr()));
    }

    /** The visitor asks for a person: a browsing conversation goes live with the welcome message. */
    @POST
    @Path("{id}/live")
    public ConversationJson live(@PathParam("id") String id, @Context HttpServletRequest request) {
        // The widget asks with its own language first, so that the welcome message is in it.
        Optional<String> language = Optional.ofNullable(request.getHeader("Accept-Language"))
                .map(header -> request.getLocale().toLanguageTag());
        return ConversationJson.of(
                goingLive.goLive(new GoLiveCommand(visitor(request), ConversationId.parse(id), false, language)));
    }

    /** Ends the conversation for good, as the widget's "end chat" does. */
    @POST
    @Path("{id}/end")
    public ConversationJson end(@PathParam("id") String id, @Context HttpServletRequest request) {
        return ConversationJson.of(endings.end(new EndConversationCommand(visitor(request), ConversationId.parse(id))));
    }

    /**
     * Emails the ended conversation to the visitor, at once: to {@code email} (kept as the visitor's address), or
     * without a body to the address Parley has for them. Refused with 409 {@code conversation_open}, 400
     * {@code email_required} or {@code invalid_email}, 409 {@code smtp_not_configured}, 502 {@code email_not_sent},
     * 429 {@code rate_limited}, 404 {@code conversation_not_found}; a refusal sends nothing.
     */
    @POST
    @Path("{id}/transcript")
    @Consumes(MediaType.APPLICATION_JSON)
    public TranscriptResponse transcript(
            @PathParam("id") String id, TranscriptRequest body, @Context HttpServletRequest request) {
        ConversationId conversation = ConversationId.parse(id);
        Optional<String> email = Optional.ofNullable(body).map(TranscriptRequest::email);
        String sentTo = transcripts.sendTranscript(
                new SendTranscriptCommand(visitor(request), request.getRemoteAddr(), conversation, email));
        return new TranscriptResponse(conversation.toString(), sentTo);
    }

    /**
     * The body of a transcript request.
     *
     * @param email where to send it; left out for the address Parley has for the visitor
     */
    public record TranscriptRequest(String email) {}

    /**
     * The answer to a transcript request.
     *
     * @param conversationId the conversation
     * @param sentTo the address it went to
     */
    public record TranscriptResponse(String conversationId, String sentTo) {}

    /** The visitor's language, from their browser's {@code Accept-Language}; English when it names none. */
    private static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }

    private static VisitorId visitor(HttpServletRequest request) {
        return (VisitorId) request.getAttribute(VisitorAuthenticationFilter.VISITOR_PROPERTY);
    }

    private static long number(String text, long absent, long min, long max, String name) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        String rule =
                name + " must be a whole number from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max) + ".";
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("invalid_parameter", rule);
        }
        if (value < min || value > max) {
            throw new InvalidValueException("invalid_parameter", rule);
        }
        return value;
    }
}
