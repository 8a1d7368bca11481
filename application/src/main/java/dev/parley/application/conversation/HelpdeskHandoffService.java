package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.HelpdeskHandoffUseCase;
import dev.parley.application.conversation.port.in.TranscriptQuery;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.conversation.port.out.WaitingHandoffsPort;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.HandoffNotWaitingException;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The visitor's address for a handoff to the store's helpdesk, the transcript the helpdesk gets, and the fallback to
 * the inbox when the helpdesk cannot be reached.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class HelpdeskHandoffService implements HelpdeskHandoffUseCase, TranscriptQuery {

    private static final Logger LOG = Logger.getLogger(HelpdeskHandoffService.class.getName());

    /** The most waiting conversations one round hands to the inbox; the rest wait for the next round. */
    static final int MAX_WAITING_PER_ROUND = 50;

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private LoadMessagesPort messages;
    private AppendMessagePort appendedMessages;
    private PublishConversationActivityPort activity;
    private PublishConversationNewsPort news;
    private AssistantBehaviourQuery assistant;
    private HelpdeskHandoffs routes;
    private WaitingHandoffsPort waiting;
    private Clock clock;
    private AssistantHandoff handoff;

    @Inject
    public HelpdeskHandoffService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            LoadMessagesPort messages,
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            PublishConversationNewsPort news,
            ChatBehaviourQuery behaviour,
            AvailabilityQuery availability,
            AssistantBehaviourQuery assistant,
            HelpdeskHandoffs routes,
            WaitingHandoffsPort waiting,
            Clock clock) {
        this.waiting = waiting;
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.messages = messages;
        this.appendedMessages = appendedMessages;
        this.activity = activity;
        this.news = news;
        this.assistant = assistant;
        this.routes = routes;
        this.clock = clock;
        this.handoff = new AssistantHandoff(appendedMessages, activity, behaviour, availability);
        this.handoff.routeToHelpdesks(routes);
    }

    /** For CDI proxies only. */
    protected HelpdeskHandoffService() {}

    @Override
    public ConversationView giveHandoffEmail(
            VisitorId visitor, String clientAddress, ConversationId id, String email, Optional<String> language) {
        Conversation conversation = Posting.ownedForUpdate(conversations, visitor, id);
        if (!conversation.waitsForHandoffEmail()) {
            throw new HandoffNotWaitingException(id);
        }
        // Checked, limited and kept as the visitor's address first: a refusal changes nothing here.
        String given = routes.port().keepEmail(visitor, clientAddress, email);
        Instant now = clock.instant();
        HandoffReason asked = conversation.assistant().emailAskedFor().orElse(HandoffReason.VISITOR_ASKED);
        Optional<Helpdesk> helpdesk = handoff.helpdeskFor(assistant.assistantBehaviour());
        if (helpdesk.isPresent()) {
            handoff.toHelpdesk(conversation, asked, helpdesk.get(), given, language, now);
        } else {
            // The store changed its handoff (or disconnected the helpdesk) meanwhile: the inbox takes it.
            handoff.toInbox(conversation, asked, language, now);
        }
        savedConversations.update(conversation);
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return Posting.view(conversation);
    }

    @Override
    public int handWaitingToInbox(Duration after) {
        Instant now = clock.instant();
        int handed = 0;
        for (ConversationId id : waiting.waitingForHandoffEmail(MAX_WAITING_PER_ROUND)) {
            Conversation conversation = Posting.forUpdate(conversations, id);
            if (!conversation.waitsForHandoffEmail()) {
                continue;
            }
            // The request for the address is the conversation's last message: nothing is posted while it waits.
            Instant asked = messages.after(id, conversation.lastSeq() - 1, 1).stream()
                    .findFirst()
                    .map(Message::sentAt)
                    .orElse(now);
            if (asked.isAfter(now.minus(after))) {
                continue;
            }
            HandoffReason why = conversation.assistant().emailAskedFor().orElse(HandoffReason.VISITOR_ASKED);
            handoff.toInbox(conversation, why, Optional.empty(), now);
            savedConversations.update(conversation);
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
            handed++;
        }
        int count = handed;
        if (count > 0) {
            LOG.info(() -> "event=handoff_email_not_given conversations=" + count + " to=inbox");
        }
        return count;
    }

    @Override
    public void fallBackToInbox(ConversationId id, String email) {
        Conversation conversation = Posting.forUpdate(conversations, id);
        Instant now = clock.instant();
        Message notice = conversation.recordHelpdeskFallback(email, now);
        appendedMessages.append(notice);
        savedConversations.update(conversation);
        activity.publish(MessagePosted.byVisitor(conversation.id(), notice.seq(), conversation.visitor(), now));
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
    }

    @Override
    public List<TranscriptLine> transcript(ConversationId id) {
        Conversation conversation = conversations.find(id).orElseThrow(() -> new ConversationNotFoundException(id));
        List<TranscriptLine> lines = new ArrayList<>();
        long after = Math.max(0, conversation.lastSeq() - MAX_LINES);
        while (true) {
            List<Message> page = messages.after(id, after, 200);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(message -> line(message).ifPresent(lines::add));
            after = page.get(page.size() - 1).seq();
        }
        return lines;
    }

    private static Optional<TranscriptLine> line(Message message) {
        Optional<String> text = message.text().map(value -> value.value());
        Optional<ConversationEvent> event = message.event();
        return switch (message.author().kind()) {
            case VISITOR ->
                Optional.of(new TranscriptLine(
                        "Visitor",
                        true,
                        message.sentAt(),
                        text.orElse(message.image().isPresent() ? "[image]" : "")));
            case AGENT -> text.map(value -> new TranscriptLine("Team", false, message.sentAt(), value));
            case BOT -> text.map(value -> new TranscriptLine("AI agent", false, message.sentAt(), value));
            case SYSTEM ->
                event.flatMap(HelpdeskHandoffService::worded)
                        .map(value -> new TranscriptLine("Parley", false, message.sentAt(), value));
        };
    }

    /** The notices a helpdesk's agent needs; the visitor's address is in the ticket already. */
    private static Optional<String> worded(ConversationEvent event) {
        return switch (event) {
            case HANDOFF_VISITOR_ASKED -> Optional.of("The visitor asked for a person.");
            case HANDOFF_NO_ANSWER -> Optional.of("The store's knowledge had no answer.");
            case HANDOFF_LOW_CONFIDENCE -> Optional.of("The AI agent was not sure of its answers.");
            case HANDOFF_TURN_LIMIT -> Optional.of("The AI agent answered as many questions as it may.");
            case HANDOFF_ERROR -> Optional.of("The AI agent could not answer.");
            default -> Optional.empty();
        };
    }
}
