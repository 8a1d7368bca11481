package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.in.ReplyAsAgentUseCase;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.conversation.port.out.SmsChannelPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Posts agents' replies. Each runs in one transaction that locks the conversation, gives the reply its sequence
 * number, stores it, tells who follows conversations that it was posted, and publishes the news.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AgentReplyService implements ReplyAsAgentUseCase {

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private LoadMessagesPort messages;
    private AppendMessagePort appendedMessages;
    private PublishConversationActivityPort activity;
    private PublishConversationNewsPort news;
    private Clock clock;
    private Posting posting;
    private Optional<SmsChannelPort> sms = Optional.empty();

    @Inject
    public AgentReplyService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            LoadMessagesPort messages,
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            PublishConversationNewsPort news,
            Clock clock,
            LoadUploadPort uploads,
            MessageTextPolicy textPolicy) {
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.messages = messages;
        this.appendedMessages = appendedMessages;
        this.activity = activity;
        this.news = news;
        this.clock = clock;
        this.posting = new Posting(uploads, textPolicy);
    }

    /** Sends the replies of SMS conversations to the phone too. */
    @Inject
    void sendBySms(SmsChannelPort channel) {
        this.sms = Optional.of(channel);
    }

    /** For CDI proxies only. */
    protected AgentReplyService() {}

    @Override
    public MessageReceipt reply(ReplyAsAgentCommand command) {
        // A client message id is unique per sender: only this agent's own message under it makes this a retry.
        Optional<Message> earlier =
                messages.findSentByAgent(command.conversation(), command.agent(), command.clientMessageId());
        if (earlier.isPresent()) {
            return Posting.receipt(earlier.get().confirmRetryOf(command.text(), command.image()));
        }
        Instant now = clock.instant();
        posting.requireWithinLimit(command.text());
        // Agents share their uploads: any agent may show an image another agent uploaded.
        Optional<ImageRef> image = command.image()
                .map(id -> posting.image(id, upload -> upload.owner().isAgent()));
        Conversation conversation = Posting.forUpdate(conversations, command.conversation());
        boolean bySms = conversation.channel() == Channel.SMS;
        if (bySms) {
            // Refused before anything is stored: a reply that cannot reach the phone is not kept as if it had.
            smsChannel()
                    .check(
                            conversation.id(),
                            command.text().map(text -> text.value()).orElse(""),
                            image.isPresent());
        }
        Message message = conversation.post(
                Author.agent(command.agent()), Optional.of(command.clientMessageId()), command.text(), image, now);
        // Whoever replies has seen the conversation up to their reply.
        conversation.agentSaw(message.seq());
        appendedMessages.append(message);
        savedConversations.update(conversation);
        if (bySms) {
            smsChannel()
                    .queue(
                            conversation.id(),
                            message.seq(),
                            message.text().map(text -> text.value()).orElse(""));
        }
        activity.publish(
                MessagePosted.byAgent(conversation.id(), message.seq(), conversation.visitor(), command.agent(), now));
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return Posting.receipt(message);
    }

    private SmsChannelPort smsChannel() {
        return sms.orElseThrow(() -> new IllegalStateException("No SMS channel to reply through"));
    }
}
