package dev.parley.adapters.rest;

import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.application.conversation.port.in.AssistedConversation;
import dev.parley.application.conversation.port.in.AssistedConversationsQuery;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * The inbox's "AI" view, for admins only: the conversations the store's AI agent resolved on its own
 * ({@code GET /api/v1/assistant/conversations?limit=50}, newest first) and the thread of one of them
 * ({@code GET /api/v1/assistant/conversations/{id}}). Conversations it handed off are tickets and are read as such.
 */
@Path("assistant/conversations")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AssistedConversationsResource {

    private static final int DEFAULT_LIMIT = 50;

    private AssistedConversationsQuery assisted;

    @Inject
    public AssistedConversationsResource(AssistedConversationsQuery assisted) {
        this.assisted = assisted;
    }

    /** For CDI proxies only. */
    protected AssistedConversationsResource() {}

    /**
     * A page of the list.
     *
     * @param conversations newest first
     */
    public record Page(List<Summary> conversations) {}

    /**
     * One conversation of the list.
     *
     * @param id the conversation's id
     * @param startedAt when the visitor first wrote
     * @param status {@code open} or {@code closed}
     * @param answered how many questions the AI agent answered
     * @param firstQuestion the visitor's first message, shortened
     * @param lastSeq its last message's sequence number
     */
    public record Summary(
            String id, String startedAt, String status, int answered, String firstQuestion, long lastSeq) {

        static Summary of(AssistedConversation conversation) {
            return new Summary(
                    conversation.id().toString(),
                    conversation.startedAt().toString(),
                    conversation.open() ? "open" : "closed",
                    conversation.answered(),
                    conversation.firstQuestion(),
                    conversation.lastSeq());
        }
    }

    /**
     * One conversation's thread.
     *
     * @param id the conversation's id
     * @param messages every message, in order
     */
    public record Transcript(String id, List<MessageJson> messages) {}

    @GET
    public Page list(@QueryParam("limit") String limit) {
        return new Page(assisted.resolvedByAssistant(limit(limit)).stream()
                .map(Summary::of)
                .toList());
    }

    @GET
    @Path("{id}")
    public Transcript thread(@PathParam("id") String id) {
        ConversationId conversation = ConversationId.parse(id);
        return new Transcript(
                conversation.toString(),
                assisted.thread(conversation).stream()
                        .map(message -> MessageJson.inThread(message, SystemNotices.Reader.AGENT, Locale.ENGLISH))
                        .toList());
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException(
                    "invalid_parameter",
                    "The limit is a whole number from 1 to " + AssistedConversationsQuery.MAX_PAGE + ".");
        }
    }
}
