package dev.parley.application.ticket;

import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketPage;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Lists tickets as one agent sees them (with their unread marks), a page at a time. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class InboxService implements InboxQuery {

    private TicketSummariesPort summaries;
    private Clock clock;

    @Inject
    public InboxService(TicketSummariesPort summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected InboxService() {}

    @Override
    public TicketPage list(TicketFilter filter, AgentId viewer, Optional<String> cursor, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        Optional<TicketSummariesPort.Position> after = cursor.map(InboxService::decode);
        List<TicketSummary> rows = summaries.page(filter, viewer, clock.instant(), after, size + 1);
        List<TicketSummary> page = rows.size() > size ? rows.subList(0, size) : rows;
        Optional<String> next = rows.size() > size ? Optional.of(encode(page.get(page.size() - 1))) : Optional.empty();
        return new TicketPage(page, next);
    }

    @Override
    public List<TicketSummary> latest(AgentId viewer, int limit) {
        return list(TicketFilter.everything(), viewer, Optional.empty(), limit).tickets();
    }

    @Override
    public Optional<TicketSummary> ofConversation(ConversationId conversation, AgentId viewer) {
        return summaries.ofConversation(conversation, viewer, clock.instant());
    }

    @Override
    public Map<ConversationId, Map<AgentId, TicketSummary>> ofConversations(
            Collection<ConversationId> conversations, Set<AgentId> viewers) {
        return viewers.isEmpty() || conversations.isEmpty()
                ? Map.of()
                : summaries.ofConversations(conversations, viewers, clock.instant());
    }

    @Override
    public TicketSummary ticket(TicketId id, AgentId viewer) {
        return summaries.byId(id, viewer, clock.instant()).orElseThrow(() -> new TicketNotFoundException(id));
    }

    private static String encode(TicketSummary last) {
        Instant at = last.lastActivityAt();
        String position = at.getEpochSecond() + "." + at.getNano() + "." + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static TicketSummariesPort.Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            return new TicketSummariesPort.Position(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    new TicketId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException notOurs) {
            throw new InvalidValueException(
                    "invalid_cursor", "The cursor is not one Parley gave; start again from the first page.");
        }
    }
}
