package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.PostCustomerSmsUseCase;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.RequestAssistantAnswerPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Customers' text messages in their SMS conversations. One open SMS conversation per customer, beside their chat: a
 * message goes into it or starts one. With the AI agent on, a new conversation is the AI agent's until it hands it off,
 * as a chat is; otherwise it is live at once and its ticket opens.
 */
@ApplicationScoped
public class SmsConversationService implements PostCustomerSmsUseCase {

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private AppendMessagePort appendedMessages;
    private PublishConversationActivityPort activity;
    private PublishConversationNewsPort news;
    private RequestAssistantAnswerPort answers;
    private AssistantBehaviourQuery assistant;
    private Posting posting;
    private Clock clock;

    @Inject
    public SmsConversationService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            PublishConversationNewsPort news,
            RequestAssistantAnswerPort answers,
            AssistantBehaviourQuery assistant,
            LoadUploadPort uploads,
            MessageTextPolicy textPolicy,
            Clock clock) {
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.appendedMessages = appendedMessages;
        this.activity = activity;
        this.news = news;
        this.answers = answers;
        this.assistant = assistant;
        this.posting = new Posting(uploads, textPolicy);
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected SmsConversationService() {}

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    public SmsPosted post(VisitorId customer, String text, boolean answerable) {
        MessageText body = new MessageText(text);
        posting.requireWithinLimit(Optional.of(body));
        Instant now = clock.instant();
        conversations.lockVisitor(customer);
        Optional<Conversation> open = conversations.findOpenForUpdate(customer, Channel.SMS);
        boolean assisted = assistant.assistantBehaviour().enabled();
        Conversation conversation = open.orElseGet(() -> {
            Conversation started = assisted
                    ? Conversation.browse(ConversationId.random(), customer, Channel.SMS, now)
                    : Conversation.start(ConversationId.random(), customer, Channel.SMS, now);
            savedConversations.create(started);
            return started;
        });
        if (conversation.stage() == ConversationStage.BROWSING && assisted) {
            conversation.assist();
        }
        if (conversation.stage() == ConversationStage.ASSISTED) {
            Message message = conversation.post(Author.visitor(), Optional.empty(), body, now);
            appendedMessages.append(message);
            savedConversations.update(conversation);
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
            if (answerable) {
                answers.requestAnswer(conversation.id(), message.seq(), Optional.empty());
            }
            return new SmsPosted(conversation.id(), message.seq(), open.isEmpty());
        }
        Message message = conversation.post(Author.visitor(), Optional.empty(), body, now);
        appendedMessages.append(message);
        savedConversations.update(conversation);
        activity.publish(MessagePosted.byVisitor(conversation.id(), message.seq(), customer, now));
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return new SmsPosted(conversation.id(), message.seq(), open.isEmpty());
    }
}
