package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.BrowseUseCase;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.GoLiveUseCase;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.in.SendVisitorMessageUseCase;
import dev.parley.application.conversation.port.in.VisitorWritingLimits;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.RequestAssistantAnswerPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviour;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.LinksShown;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The visitor's side of the chat: browsing the store's answers, asking for a person, and writing. Every message runs
 * in one transaction that locks the conversation, gives the message its sequence number, stores it, tells who follows
 * conversations that it was posted (the helpdesk keeps the ticket in step) and publishes the news; the caller
 * acknowledges only after that transaction committed. New conversations and messages count against the
 * {@link VisitorWritingLimits}, per visitor and per client address, before anything is stored.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ConversationService implements SendVisitorMessageUseCase, BrowseUseCase, GoLiveUseCase {

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private LoadMessagesPort messages;
    private AppendMessagePort appendedMessages;
    private PublishConversationActivityPort activity;
    private ChatBehaviourQuery behaviour;
    private AvailabilityQuery availability;
    private PublishConversationNewsPort news;
    private Clock clock;
    private AdmitUseCase admission;
    private VisitorWritingLimits limits;
    private Posting posting;
    private AssistantBehaviourQuery assistant;
    private RequestAssistantAnswerPort answers;
    private AssistantHandoff handoff;

    /** A chat without the store's AI agent: every conversation goes to the team. */
    public ConversationService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            LoadMessagesPort messages,
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            ChatBehaviourQuery behaviour,
            AvailabilityQuery availability,
            PublishConversationNewsPort news,
            Clock clock,
            AdmitUseCase admission,
            VisitorWritingLimits limits,
            LoadUploadPort uploads,
            MessageTextPolicy textPolicy) {
        this(
                conversations,
                savedConversations,
                messages,
                appendedMessages,
                activity,
                behaviour,
                availability,
                news,
                clock,
                admission,
                limits,
                uploads,
                textPolicy,
                () -> new AssistantBehaviour(
                        false, Optional.empty(), Optional.empty(), 1, Optional.empty(), Optional.empty()),
                (conversation, seq, language) -> {
                    throw new IllegalStateException("No AI agent answers this chat");
                });
    }

    @Inject
    public ConversationService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            LoadMessagesPort messages,
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            ChatBehaviourQuery behaviour,
            AvailabilityQuery availability,
            PublishConversationNewsPort news,
            Clock clock,
            AdmitUseCase admission,
            VisitorWritingLimits limits,
            LoadUploadPort uploads,
            MessageTextPolicy textPolicy,
            AssistantBehaviourQuery assistant,
            RequestAssistantAnswerPort answers) {
        this.assistant = assistant;
        this.answers = answers;
        this.handoff = new AssistantHandoff(appendedMessages, activity, behaviour, availability);
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.messages = messages;
        this.appendedMessages = appendedMessages;
        this.activity = activity;
        this.behaviour = behaviour;
        this.availability = availability;
        this.news = news;
        this.clock = clock;
        this.admission = admission;
        this.limits = limits;
        this.posting = new Posting(uploads, textPolicy);
    }

    /** Hands off to the store's external helpdesk too, when one is chosen and connected. */
    @Inject
    void routeToHelpdesks(HelpdeskHandoffs routes) {
        handoff.routeToHelpdesks(routes);
    }

    /** For CDI proxies only. */
    protected ConversationService() {}

    @Override
    public MessageReceipt send(SendVisitorMessageCommand command) {
        conversations.lockVisitor(command.visitor());
        Optional<Message> earlier = messages.findSentByVisitor(command.visitor(), command.clientMessageId());
        if (earlier.isPresent()) {
            // A retry of a stored message is answered even when the visitor is over the limit.
            return Posting.receipt(earlier.get().confirmRetryOf(command.text(), command.image()));
        }
        Instant now = clock.instant();
        posting.requireWithinLimit(command.text());
        Optional<ImageRef> image = command.image()
                .map(id -> posting.image(id, upload -> upload.uploadedBy(UploadOwner.visitor(command.visitor()))));
        // The visitor's own limit first: a visitor over it takes nothing from the others behind their address.
        admission.admitInTurn(List.of(
                LimitedUse.of(limits.messagesPerVisitor(), command.visitor().toString()),
                LimitedUse.of(limits.messagesPerAddress(), command.clientAddress())));
        Optional<Conversation> held = command.conversation().isPresent()
                ? Optional.of(Posting.ownedForUpdate(
                        conversations, command.visitor(), command.conversation().get()))
                : conversations.findOpenForUpdate(command.visitor(), Channel.CHAT);
        Conversation conversation = held.orElseGet(() -> start(command.visitor(), command.clientAddress(), now));
        ChatBehaviour chat = behaviour.chatBehaviourFor(command.language());
        if (conversation.stage() == ConversationStage.BROWSING
                && assistant.assistantBehaviour().enabled()) {
            // With the AI agent on, writing is asking it: the team sees the conversation once it hands it off.
            conversation.assist();
        }
        if (conversation.stage() == ConversationStage.ASSISTED) {
            return ask(command, conversation, chat, image, now);
        }
        // Writing is asking for a person: a browsing conversation goes live first, with its welcome message.
        conversation.goLive(new MessageText(chat.welcomeMessage()), now).ifPresent(appendedMessages::append);
        Message message =
                conversation.post(Author.visitor(), Optional.of(command.clientMessageId()), command.text(), image, now);
        appendedMessages.append(message);
        if (command.linksShown()) {
            recordLinksShown(conversation, chat, now);
        }
        Availability hours = availability.availabilityAt(now, command.language());
        if (!hours.open()) {
            conversation.replyAway(new MessageText(hours.awayMessage()), now).ifPresent(appendedMessages::append);
        }
        savedConversations.update(conversation);
        activity.publish(MessagePosted.byVisitor(conversation.id(), message.seq(), command.visitor(), now));
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return Posting.receipt(message);
    }

    /** The visitor asks the AI agent: their message is stored, and the AI agent answers once it is committed. */
    private MessageReceipt ask(
            SendVisitorMessageCommand command,
            Conversation conversation,
            ChatBehaviour chat,
            Optional<ImageRef> image,
            Instant now) {
        Message message =
                conversation.post(Author.visitor(), Optional.of(command.clientMessageId()), command.text(), image, now);
        appendedMessages.append(message);
        if (command.linksShown()) {
            recordLinksShown(conversation, chat, now);
        }
        savedConversations.update(conversation);
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        answers.requestAnswer(conversation.id(), message.seq(), command.language());
        return Posting.receipt(message);
    }

    @Override
    public ConversationView browse(VisitorId visitor, String clientAddress) {
        conversations.lockVisitor(visitor);
        return Posting.view(conversations
                .findOpenForUpdate(visitor, Channel.CHAT)
                .orElseGet(() -> start(visitor, clientAddress, clock.instant())));
    }

    @Override
    public ConversationView goLive(GoLiveCommand command) {
        Conversation conversation = Posting.ownedForUpdate(conversations, command.visitor(), command.conversation());
        Instant now = clock.instant();
        if (conversation.stage() == ConversationStage.ASSISTED) {
            // "Talk to a person" while the AI agent answers: it hands the conversation off at once.
            handoff.handOff(
                    conversation, HandoffReason.VISITOR_ASKED, assistant.assistantBehaviour(), command.language(), now);
            savedConversations.update(conversation);
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
            return Posting.view(conversation);
        }
        if (conversation.stage() == ConversationStage.HANDOFF_EMAIL) {
            // "Chat here instead" of giving an address for the store's helpdesk: the inbox takes the conversation.
            HandoffReason asked = conversation.assistant().emailAskedFor().orElse(HandoffReason.VISITOR_ASKED);
            handoff.toInbox(conversation, asked, command.language(), now);
            savedConversations.update(conversation);
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
            return Posting.view(conversation);
        }
        ChatBehaviour chat = behaviour.chatBehaviourFor(command.language());
        Optional<Message> welcome = conversation.goLive(new MessageText(chat.welcomeMessage()), now);
        boolean recorded = command.linksShown() && recordLinksShown(conversation, chat, now);
        welcome.ifPresent(appendedMessages::append);
        if (welcome.isPresent() || recorded) {
            savedConversations.update(conversation);
        }
        if (welcome.isPresent()) {
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        }
        return Posting.view(conversation);
    }

    /** A new conversation, once the visitor and their address may start one more; a refusal stores nothing. */
    private Conversation start(VisitorId visitor, String clientAddress, Instant now) {
        admission.admitInTurn(List.of(
                LimitedUse.of(limits.conversationsPerVisitor(), visitor.toString()),
                LimitedUse.of(limits.conversationsPerAddress(), clientAddress)));
        Conversation conversation = Conversation.browse(ConversationId.random(), visitor, Channel.CHAT, now);
        savedConversations.create(conversation);
        return conversation;
    }

    /**
     * Records the store's links as they are now, the first time the client says it showed them; a store without
     * links showed nothing.
     */
    private static boolean recordLinksShown(Conversation conversation, ChatBehaviour chat, Instant now) {
        return LinksShown.of(now, chat.privacyPolicyUrl(), chat.termsUrl())
                .map(conversation::linksWereShown)
                .orElse(false);
    }
}
