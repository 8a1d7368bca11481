package dev.parley.adapters.rest;

import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.adapters.wire.TicketJson;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.profile.port.in.TicketProfileQuery;
import dev.parley.application.ticket.port.in.AssignTicketCommand;
import dev.parley.application.ticket.port.in.AssignTicketUseCase;
import dev.parley.application.ticket.port.in.CloseTicketUseCase;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.MarkTicketReadUseCase;
import dev.parley.application.ticket.port.in.MarkTicketUnreadUseCase;
import dev.parley.application.ticket.port.in.ReopenSnoozedTicketUseCase;
import dev.parley.application.ticket.port.in.SnoozeTicketCommand;
import dev.parley.application.ticket.port.in.SnoozeTicketUseCase;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketPage;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.LinksShown;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The inbox's tickets ({@code /api/v1/tickets}): list with filters and keyset pages, one ticket with its thread, and
 * the changes agents make. Any signed-in agent may do all of it.
 */
@Path("tickets")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    private InboxQuery inbox;
    private ConversationHistoryQuery history;
    private CloseTicketUseCase closing;
    private AssignTicketUseCase assigning;
    private SnoozeTicketUseCase snoozing;
    private ReopenSnoozedTicketUseCase reopening;
    private MarkTicketReadUseCase reading;
    private MarkTicketUnreadUseCase unreading;
    private TicketProfileQuery profiles;

    @Inject
    public TicketResource(
            InboxQuery inbox,
            ConversationHistoryQuery history,
            CloseTicketUseCase closing,
            AssignTicketUseCase assigning,
            SnoozeTicketUseCase snoozing,
            ReopenSnoozedTicketUseCase reopening,
            MarkTicketReadUseCase reading,
            MarkTicketUnreadUseCase unreading,
            TicketProfileQuery profiles) {
        this.profiles = profiles;
        this.inbox = inbox;
        this.history = history;
        this.closing = closing;
        this.assigning = assigning;
        this.snoozing = snoozing;
        this.reopening = reopening;
        this.reading = reading;
        this.unreading = unreading;
    }

    /** For CDI proxies only. */
    protected TicketResource() {}

    /**
     * A page of tickets, newest activity first.
     *
     * @param status {@code open}, {@code snoozed} or {@code closed}; all when absent
     * @param assignee {@code all} (default), {@code mine} or {@code unassigned}
     * @param channel {@code chat} or {@code sms}; all when absent
     * @param unread {@code true} for the caller's unread tickets only
     * @param text only tickets whose messages, or whose visitor's name, email, phone or store user id, contain this
     *     text, in any case; 3 to 200 characters ({@code search_too_short}, {@code search_too_long} otherwise)
     * @param tag only tickets that carry this tag (its id); an unknown id finds none
     * @param cursor the {@code nextCursor} of the previous page
     * @param limit at most this many tickets (1–100, default 50)
     */
    @GET
    public Page list(
            @QueryParam("status") String status,
            @QueryParam("assignee") @DefaultValue("all") String assignee,
            @QueryParam("channel") String channel,
            @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("q") String text,
            @QueryParam("tag") String tag,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @Context HttpServletRequest http) {
        if (limit < 1 || limit > InboxQuery.MAX_PAGE) {
            throw new InvalidValueException("invalid_limit", "The limit is 1 to " + InboxQuery.MAX_PAGE + ".");
        }
        TicketFilter filter = new TicketFilter(
                Optional.ofNullable(status).map(value -> parse(TicketStatus.class, "status", value)),
                parse(TicketFilter.Assignee.class, "assignee", assignee),
                Optional.ofNullable(channel).map(value -> parse(Channel.class, "channel", value)),
                unread,
                Optional.ofNullable(text),
                Optional.ofNullable(tag).filter(value -> !value.isBlank()).map(TicketResource::tagId));
        TicketPage page = inbox.list(filter, caller(http), Optional.ofNullable(cursor), limit);
        return new Page(
                page.tickets().stream().map(TicketJson::of).toList(),
                page.nextCursor().orElse(null));
    }

    /**
     * One ticket and the messages of its conversation after {@code afterSeq} (at most {@code limit}).
     */
    @GET
    @Path("{id}")
    public Detail ticket(
            @PathParam("id") String id,
            @QueryParam("afterSeq") @DefaultValue("0") long afterSeq,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @Context HttpServletRequest http) {
        if (afterSeq < 0 || limit < 1 || limit > ConversationHistoryQuery.MAX_PAGE) {
            throw new InvalidValueException(
                    "invalid_page", "afterSeq is 0 or more and limit 1 to " + ConversationHistoryQuery.MAX_PAGE + ".");
        }
        TicketSummary ticket = inbox.ticket(ticketId(id), caller(http));
        List<MessageJson> messages = history.messagesAfter(ticket.conversation(), afterSeq, limit).stream()
                .map(message -> MessageJson.inThread(message, SystemNotices.Reader.AGENT, Locale.ENGLISH))
                .toList();
        return new Detail(
                TicketJson.of(ticket),
                messages,
                linksShownJson(history.conversation(ticket.conversation()).linksShown()));
    }

    /**
     * The sidebar of a ticket: its visitor's profile and their other tickets (newest activity first, at most 20). The
     * profile's events are paged at {@code /api/v1/profiles/{profileId}/events}.
     */
    @GET
    @Path("{id}/profile")
    public Sidebar profile(@PathParam("id") String id, @Context HttpServletRequest http) {
        TicketProfileQuery.TicketProfile sidebar = profiles.profileOfTicket(ticketId(id), caller(http));
        return new Sidebar(
                ProfileResponse.of(sidebar.profile()),
                sidebar.otherTickets().stream().map(TicketJson::of).toList());
    }

    @POST
    @Path("{id}/close")
    public TicketJson close(@PathParam("id") String id, @Context HttpServletRequest http) {
        return act(id, http, closing::close);
    }

    @POST
    @Path("{id}/reopen")
    public TicketJson reopen(@PathParam("id") String id, @Context HttpServletRequest http) {
        return act(id, http, reopening::reopen);
    }

    @POST
    @Path("{id}/read")
    public TicketJson read(@PathParam("id") String id, @Context HttpServletRequest http) {
        return act(id, http, reading::markRead);
    }

    @POST
    @Path("{id}/unread")
    public TicketJson unread(@PathParam("id") String id, @Context HttpServletRequest http) {
        return act(id, http, unreading::markUnread);
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson assign(
            @PathParam("id") String id, @Valid @NotNull TicketRequests.Assign body, @Context HttpServletRequest http) {
        Optional<AgentId> assignee = Optional.ofNullable(body.assigneeId()).map(TicketResource::agentId);
        return TicketJson.of(assigning.assign(new AssignTicketCommand(caller(http), ticketId(id), assignee)));
    }

    @POST
    @Path("{id}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson snooze(
            @PathParam("id") String id, @Valid @NotNull TicketRequests.Snooze body, @Context HttpServletRequest http) {
        Instant until;
        try {
            until = Instant.parse(body.until());
        } catch (DateTimeException notATime) {
            throw new InvalidValueException(
                    "invalid_time", "'until' must be an ISO-8601 instant such as" + " 2026-11-26T09:00:00Z.");
        }
        return TicketJson.of(snoozing.snooze(new SnoozeTicketCommand(caller(http), ticketId(id), until)));
    }

    private TicketJson act(String id, HttpServletRequest http, Function<TicketCommand, TicketSummary> action) {
        return TicketJson.of(action.apply(new TicketCommand(caller(http), ticketId(id))));
    }

    private static AgentId caller(HttpServletRequest http) {
        return AgentSessions.caller(http).id();
    }

    private static TagId tagId(String id) {
        try {
            return new TagId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValueException("invalid_tag", "The tag filter is a tag's id.");
        }
    }

    private static TicketId ticketId(String id) {
        try {
            return new TicketId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new TicketNotFoundException(id);
        }
    }

    private static AgentId agentId(String id) {
        try {
            return AgentId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw new dev.parley.domain.team.AgentNotFoundException(id);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("invalid_" + name, "'" + value + "' is not a " + name + " Parley knows.");
        }
    }

    /**
     * A page of tickets.
     *
     * @param tickets the tickets
     * @param nextCursor pass it as {@code cursor} for the next page; absent on the last page
     */
    public record Page(List<TicketJson> tickets, String nextCursor) {}

    /**
     * What the inbox shows beside a ticket.
     *
     * @param profile the ticket's visitor's profile
     * @param otherTickets the visitor's other tickets, newest activity first, at most 20
     */
    public record Sidebar(ProfileResponse profile, List<TicketJson> otherTickets) {}

    /**
     * A ticket and a page of its thread.
     *
     * @param ticket the ticket
     * @param messages the messages after the requested sequence number, in order
     * @param linksShown when and which of the store's links the visitor was first shown: {@code at}, and
     *     {@code privacyPolicyUrl} and {@code termsUrl} when the store had them; JSON {@code null} when never. A JSON
     *     value, because JSON-B leaves out a {@code null} object even where it is declared nillable.
     */
    public record Detail(TicketJson ticket, List<MessageJson> messages, JsonValue linksShown) {}

    static JsonValue linksShownJson(Optional<LinksShown> shown) {
        if (shown.isEmpty()) {
            return JsonValue.NULL;
        }
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("at", shown.get().at().toString());
        shown.get().privacyPolicyUrl().ifPresent(url -> json.add("privacyPolicyUrl", url.toString()));
        shown.get().termsUrl().ifPresent(url -> json.add("termsUrl", url.toString()));
        return json.build();
    }
}
