package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.BrowseUseCase;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.GoLiveUseCase;
import dev.parley.application.conversation.port.in.EndConversationCommand;
import dev.parley.application.conversation.port.in.EndConversationUseCase;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.in.RecordVisitorSeenUseCase;
import dev.parley.application.conversation.port.in.VisitorSeenCommand;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.in.ReplyAsAgentUseCase;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.in.SendVisitorMessageUseCase;
import dev.parley.application.conversation.port.in.VisitorMessageRatePolicy;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.RecordConversationActivityPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviour;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.ImageNotFoundException;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.LinksShown;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.Visitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Posts visitors' messages and agents' replies, ends conversations, and reads them back. Every post runs in one
 * transaction that locks the conversation, gives the message its sequence number, stores it, tells the helpdesk
 * (which keeps the ticket in step) and publishes the news; the caller acknowledges only after that transaction
 * committed.
 */
@ApplicationScoped
@Transactional
public class ConversationService implements SendVisitorMessageUseCase, ReplyAsAgentUseCase, EndConversationUseCase,
        RecordVisitorSeenUseCase, BrowseUseCase, GoLiveUseCase, ConversationHistoryQuery {

    /** The name agents' and visitors' clients show for messages Parley posts itself. */
    static final String SYSTEM_AUTHOR_NAME = "Parley";
    /** The name clients show for the AI agent's answers. */
    static final String BOT_AUTHOR_NAME = "Assistant";

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private LoadMessagesPort messages;
    private AppendMessagePort appendedMessages;
    private RecordConversationActivityPort activity;
    private MessageTextPolicy textPolicy;
    private LoadAgentPort agents;
    private ChatBehaviourQuery behaviour;
    private AvailabilityQuery availability;
    private PublishConversationNewsPort news;
    private Clock clock;
    private VisitorMessageRateLimiter rate;
    private LoadUploadPort uploads;

    @Inject
    public ConversationService(LoadConversationPort conversations, SaveConversationPort savedConversations,
            LoadMessagesPort messages, AppendMessagePort appendedMessages, RecordConversationActivityPort activity,
            LoadAgentPort agents, ChatBehaviourQuery behaviour, AvailabilityQuery availability,
            PublishConversationNewsPort news, Clock clock,
            VisitorMessageRatePolicy ratePolicy, LoadUploadPort uploads, MessageTextPolicy textPolicy) {
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.messages = messages;
        this.appendedMessages = appendedMessages;
        this.textPolicy = textPolicy;
        this.activity = activity;
        this.agents = agents;
        this.behaviour = behaviour;
        this.availability = availability;
        this.news = news;
        this.clock = clock;
        this.rate = new VisitorMessageRateLimiter(ratePolicy);
        this.uploads = uploads;
    }

    /** For CDI proxies only. */
    protected ConversationService() {
    }

    @Override
    public MessageReceipt send(SendVisitorMessageCommand command) {
        conversations.lockVisitor(command.visitor());
        Optional<Message> earlier = messages.findSentByVisitor(command.visitor(), command.clientMessageId());
        if (earlier.isPresent()) {
            // A retry of a stored message is answered even when the visitor is over the limit.
            return receipt(earlier.get().confirmRetryOf(command.text(), command.image()));
        }
        Instant now = clock.instant();
        requireWithinLimit(command.text());
        Optional<ImageRef> image = command.image().map(id -> image(id, upload -> upload.uploadedBy(
                UploadOwner.visitor(command.visitor()))));
        rate.admit(command.visitor(), now);
        Optional<Conversation> held = command.conversation().isPresent()
                ? Optional.of(ownedForUpdate(command.visitor(), command.conversation().get()))
                : conversations.findOpenForUpdate(command.visitor(), Channel.CHAT);
        Conversation conversation = held.orElseGet(() -> start(command.visitor(), now));
        ChatBehaviour chat = behaviour.chatBehaviour();
        // Writing is asking for a person: a browsing conversation goes live first, with its welcome message.
        conversation.goLive(new MessageText(chat.welcomeMessage()), now).ifPresent(appendedMessages::append);
        Message message = conversation.post(Author.visitor(), Optional.of(command.clientMessageId()), command.text(),
                image, now);
        appendedMessages.append(message);
        if (command.linksShown()) {
            recordLinksShown(conversation, chat, now);
        }
        Availability hours = availability.availabilityAt(now);
        if (!hours.open()) {
            conversation.replyAway(new MessageText(hours.awayMessage()), now).ifPresent(appendedMessages::append);
        }
        savedConversations.update(conversation);
        activity.visitorWrote(conversation.id(), command.visitor(), now);
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return receipt(message);
    }

    @Override
    public MessageReceipt reply(ReplyAsAgentCommand command) {
        Optional<Message> earlier = messages.findInConversation(command.conversation(), command.clientMessageId());
        if (earlier.isPresent()) {
            return receipt(earlier.get().confirmRetryOf(command.text(), command.image()));
        }
        Instant now = clock.instant();
        requireWithinLimit(command.text());
        // Agents share their uploads: any agent may show an image another agent uploaded.
        Optional<ImageRef> image = command.image().map(id -> image(id, upload -> upload.owner().isAgent()));
        Conversation conversation = conversations.findForUpdate(command.conversation())
                .orElseThrow(() -> new ConversationNotFoundException(command.conversation()));
        Message message = conversation.post(Author.agent(command.agent()), Optional.of(command.clientMessageId()),
                command.text(), image, now);
        // Whoever replies has seen the conversation up to their reply.
        conversation.agentSaw(message.seq());
        appendedMessages.append(message);
        savedConversations.update(conversation);
        activity.agentReplied(conversation.id(), command.agent(), message.seq(), now);
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return receipt(message);
    }

    @Override
    public ConversationView browse(VisitorId visitor) {
        conversations.lockVisitor(visitor);
        return view(conversations.findOpenForUpdate(visitor, Channel.CHAT).orElseGet(() -> {
            Conversation browsing = Conversation.browse(ConversationId.random(), visitor, Channel.CHAT,
                    clock.instant());
            savedConversations.create(browsing);
            return browsing;
        }));
    }

    @Override
    public ConversationView goLive(GoLiveCommand command) {
        Conversation conversation = ownedForUpdate(command.visitor(), command.conversation());
        Instant now = clock.instant();
        ChatBehaviour chat = behaviour.chatBehaviour();
        Optional<Message> welcome = conversation.goLive(new MessageText(chat.welcomeMessage()), now);
        boolean recorded = command.linksShown() && recordLinksShown(conversation, chat, now);
        welcome.ifPresent(appendedMessages::append);
        if (welcome.isPresent() || recorded) {
            savedConversations.update(conversation);
        }
        if (welcome.isPresent()) {
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        }
        return view(conversation);
    }

    @Override
    public ConversationView seen(VisitorSeenCommand command) {
        Conversation conversation = ownedForUpdate(command.visitor(), command.conversation());
        if (conversation.visitorSaw(command.seq())) {
            savedConversations.update(conversation);
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        }
        return view(conversation);
    }

    @Override
    public ConversationView end(EndConversationCommand command) {
        Conversation conversation = ownedForUpdate(command.visitor(), command.conversation());
        Instant now = clock.instant();
        appendedMessages.append(conversation.close(ConversationEvent.ENDED_BY_VISITOR, now));
        savedConversations.update(conversation);
        activity.conversationEnded(conversation.id(), now);
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return view(conversation);
    }

    @Override
    public Optional<ConversationView> visitorConversation(VisitorId visitor, Optional<ConversationId> named) {
        if (named.isPresent()) {
            return Optional.of(view(conversations.find(named.get())
                    .filter(conversation -> conversation.belongsTo(visitor))
                    .orElseThrow(() -> new ConversationNotFoundException(named.get()))));
        }
        return conversations.findOpenForUpdate(visitor, Channel.CHAT).map(ConversationService::view);
    }

    @Override
    public ConversationView conversation(ConversationId id) {
        return conversations.find(id).map(ConversationService::view)
                .orElseThrow(() -> new ConversationNotFoundException(id));
    }

    @Override
    public List<MessageView> messagesAfter(ConversationId conversation, long afterSeq, int limit) {
        List<Message> page = messages.after(conversation, Math.max(0, afterSeq), Math.max(1, Math.min(limit, MAX_PAGE)));
        Set<AgentId> authors = page.stream().flatMap(message -> message.author().agent().stream())
                .collect(Collectors.toSet());
        Map<AgentId, String> names = authors.isEmpty() ? Map.of() : agents.displayNames(authors);
        String visitorName = page.isEmpty() ? "" : conversations.find(conversation)
                .map(found -> Visitor.displayNameOf(found.visitor())).orElse("");
        return page.stream().map(message -> new MessageView(message.conversationId(), message.seq(),
                message.clientMessageId().map(ClientMessageId::value), message.author().kind(),
                switch (message.author().kind()) {
                    case VISITOR -> visitorName;
                    case AGENT -> names.getOrDefault(message.author().agent().orElseThrow(), "Agent");
                    case SYSTEM -> SYSTEM_AUTHOR_NAME;
                    case BOT -> BOT_AUTHOR_NAME;
                },
                message.text().map(MessageText::value), message.image(), message.sentAt(), message.event())).toList();
    }

    private ImageRef image(UploadId id, Predicate<Upload> senderMayShow) {
        return uploads.find(id).filter(senderMayShow).map(Upload::ref)
                .orElseThrow(() -> new ImageNotFoundException(id));
    }

    private void requireWithinLimit(Optional<MessageText> text) {
        text.filter(given -> given.value().length() > textPolicy.maxLength()).ifPresent(given -> {
            throw new InvalidValueException("message_too_long", "A message can be at most "
                    + textPolicy.maxLength() + " characters long; this one has " + given.value().length() + ".");
        });
    }

    private Conversation ownedForUpdate(VisitorId visitor, ConversationId id) {
        // Another visitor's conversation answers exactly like one that does not exist.
        return conversations.findForUpdate(id).filter(conversation -> conversation.belongsTo(visitor))
                .orElseThrow(() -> new ConversationNotFoundException(id));
    }

    private Conversation start(VisitorId visitor, Instant now) {
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
                .map(conversation::linksWereShown).orElse(false);
    }

    private static MessageReceipt receipt(Message message) {
        return new MessageReceipt(message.conversationId(), message.seq(), message.clientMessageId().orElseThrow());
    }

    private static ConversationView view(Conversation conversation) {
        return new ConversationView(conversation.id(), conversation.status(), conversation.lastSeq(),
                conversation.visitorSeenSeq(), conversation.agentSeenSeq(), conversation.stage(),
                conversation.linksShown());
    }
}
