package dev.parley.adapters.rest;

import dev.parley.application.sms.port.in.SmsTicketQuery;
import dev.parley.application.sms.port.in.SmsTicketQuery.TicketSmsView;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The SMS side of an SMS ticket ({@code GET /api/v1/tickets/{id}/sms}), for agents: the customer's number, whether it
 * opted out, and each reply's delivery state. Another channel's ticket is 404 {@code ticket_not_found}. See {@code
 * docs/schemas/rest/ticket-sms.schema.json}.
 */
@Path("tickets/{id}/sms")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class TicketSmsResource {

    private InboxQuery inbox;
    private SmsTicketQuery sms;

    @Inject
    public TicketSmsResource(InboxQuery inbox, SmsTicketQuery sms) {
        this.inbox = inbox;
        this.sms = sms;
    }

    /** For CDI proxies only. */
    protected TicketSmsResource() {}

    /** The ticket's SMS side. */
    public record TicketSms(
            String phone,
            boolean optedOut,
            String optedOutAt,
            boolean enabled,
            int maxLength,
            List<SmsMessageState> messages) {}

    /** One reply's delivery state. */
    public record SmsMessageState(
            long seq, String state, String errorCode, String error, int segments, String updatedAt) {}

    @GET
    public TicketSms read(@PathParam("id") String id, @Context HttpServletRequest http) {
        var ticket = inbox.ticket(
                TicketNotesResource.ticketId(id), AgentSessions.caller(http).id());
        TicketSmsView view = sms.sms(ticket.conversation()).orElseThrow(() -> new TicketNotFoundException(id));
        return new TicketSms(
                view.phone(),
                view.optedOut(),
                view.optedOutAt()
                        .map(at -> at.truncatedTo(ChronoUnit.MILLIS).toString())
                        .orElse(null),
                view.enabled(),
                view.maxLength(),
                view.messages().stream()
                        .map(state -> new SmsMessageState(
                                state.seq(),
                                state.state(),
                                state.errorCode().orElse(null),
                                state.error().orElse(null),
                                state.segments(),
                                state.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString()))
                        .toList());
    }
}
