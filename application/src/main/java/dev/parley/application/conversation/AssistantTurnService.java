package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.AssistantReplyCommand;
import dev.parley.application.conversation.port.in.AssistantTurn;
import dev.parley.application.conversation.port.in.AssistantTurnUseCase;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.conversation.port.out.SmsChannelPort;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Citation;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.HandoffReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store's AI agent's turns in a conversation: what it is due to answer, its answers and its handoffs. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AssistantTurnService implements AssistantTurnUseCase {

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private LoadMessagesPort messages;
    private AppendMessagePort appendedMessages;
    private PublishConversationNewsPort news;
    private AssistantBehaviourQuery assistant;
    private Clock clock;
    private AssistantHandoff handoff;
    private Optional<SmsChannelPort> sms = Optional.empty();

    @Inject
    public AssistantTurnService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            LoadMessagesPort messages,
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            PublishConversationNewsPort news,
            ChatBehaviourQuery behaviour,
            AvailabilityQuery availability,
            AssistantBehaviourQuery assistant,
            Clock clock) {
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.messages = messages;
        this.appendedMessages = appendedMessages;
        this.news = news;
        this.assistant = assistant;
        this.clock = clock;
        this.handoff = new AssistantHandoff(appendedMessages, activity, behaviour, availability);
    }

    /** Hands off to the store's external helpdesk too, when one is chosen and connected. */
    @Inject
    void routeToHelpdesks(HelpdeskHandoffs routes) {
        handoff.routeToHelpdesks(routes);
    }

    /** Sends the AI agent's answers in SMS conversations to the phone too. */
    @Inject
    void sendBySms(SmsChannelPort channel) {
        this.sms = Optional.of(channel);
    }

    /** For CDI proxies only. */
    protected AssistantTurnService() {}

    @Override
    public Optional<AssistantTurn> turn(ConversationId id, long seq) {
        Optional<Conversation> found = conversations.find(id).filter(conversation -> due(conversation, seq));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Conversation conversation = found.get();
        List<Message> recent =
                messages.after(id, Math.max(0, seq - 1 - AssistantTurn.EARLIER), AssistantTurn.EARLIER + 1);
        List<AssistantTurn.Earlier> earlier = recent.stream()
                .filter(message -> message.seq() < seq)
                .flatMap(message -> earlier(message).stream())
                .toList();
        return recent.stream()
                .filter(message -> message.seq() == seq && message.author().kind() == AuthorKind.VISITOR)
                .flatMap(message -> message.text().stream())
                .findFirst()
                .map(text -> new AssistantTurn(
                        id,
                        seq,
                        text.value(),
                        conversation.assistant().answered(),
                        conversation.assistant().unsure(),
                        earlier));
    }

    /** A message as the AI agent may read it: a text of the visitor's, the team's or its own; none of Parley's. */
    private static Optional<AssistantTurn.Earlier> earlier(Message message) {
        Optional<AssistantTurn.Speaker> speaker = switch (message.author().kind()) {
            case VISITOR -> Optional.of(AssistantTurn.Speaker.VISITOR);
            case AGENT -> Optional.of(AssistantTurn.Speaker.TEAM);
            case BOT -> Optional.of(AssistantTurn.Speaker.AI);
            case SYSTEM -> Optional.empty();
        };
        return speaker.flatMap(who -> message.text().map(text -> new AssistantTurn.Earlier(who, text.value())));
    }

    @Override
    public boolean reply(AssistantReplyCommand command) {
        Optional<Conversation> held = conversations
                .findForUpdate(command.conversation())
                .filter(conversation -> due(conversation, command.seq()));
        if (held.isEmpty()) {
            return false;
        }
        Conversation conversation = held.get();
        List<Citation> citations = command.citations().stream()
                .map(cited ->
                        cited.choice() ? Citation.choice(cited.title()) : Citation.source(cited.title(), cited.link()))
                .toList();
        Message answer = command.inKind()
                ? conversation.replyInKindAsAssistant(new MessageText(command.text()), clock.instant())
                : conversation.answerAsAssistant(
                        new MessageText(command.text()), citations, command.unsure(), clock.instant());
        appendedMessages.append(answer);
        savedConversations.update(conversation);
        if (conversation.channel() == Channel.SMS) {
            sms.orElseThrow(() -> new IllegalStateException("No SMS channel to answer through"))
                    .queue(conversation.id(), answer.seq(), smsText(command.text(), citations));
        }
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return true;
    }

    @Override
    public boolean handOff(ConversationId id, long seq, HandoffReason reason, Optional<String> language) {
        Optional<Conversation> held = conversations.findForUpdate(id).filter(conversation -> due(conversation, seq));
        if (held.isEmpty()) {
            return false;
        }
        Conversation conversation = held.get();
        Instant now = clock.instant();
        List<Message> told = handoff.handOff(conversation, reason, assistant.assistantBehaviour(), language, now);
        savedConversations.update(conversation);
        if (conversation.channel() == Channel.SMS) {
            // What the customer is told beyond the welcome (the away message, the store's handoff message) reaches
            // the phone too; the welcome and the notices that only record the handoff do not.
            SmsChannelPort channel =
                    sms.orElseThrow(() -> new IllegalStateException("No SMS channel to hand off through"));
            told.forEach(message -> channel.queue(
                    conversation.id(),
                    message.seq(),
                    message.text().map(MessageText::value).orElse("")));
        }
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return true;
    }

    /** An answer as a phone shows it: its source's link, or its "did you mean" choices, written out below it. */
    static String smsText(String answer, List<Citation> citations) {
        StringBuilder text = new StringBuilder(answer);
        for (Citation citation : citations) {
            if (citation.kind() == Citation.Kind.CHOICE) {
                text.append("\n- ").append(citation.title());
            } else {
                citation.link().ifPresent(link -> text.append("\n").append(link));
            }
        }
        return text.toString();
    }

    /** Whether the AI agent answers the conversation and {@code seq} is still its last message. */
    private static boolean due(Conversation conversation, long seq) {
        return conversation.stage() == ConversationStage.ASSISTED && conversation.lastSeq() == seq;
    }
}
