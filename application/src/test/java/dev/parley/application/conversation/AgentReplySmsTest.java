package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.RecordingSmsChannel.Checked;
import dev.parley.application.conversation.RecordingSmsChannel.Queued;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.sms.SmsReplyRefusedException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Agents' replies on SMS conversations: checked with the SMS channel before anything is stored, queued for the phone
 * once stored; a refused reply is not kept, and chats never reach the SMS channel.
 */
class AgentReplySmsTest extends ConversationFixture {

    private final InMemoryUploads uploads = new InMemoryUploads(conversations);
    private final RecordingSmsChannel phone = new RecordingSmsChannel(conversations);
    private final AgentReplyService bySms = new AgentReplyService(
            conversations,
            conversations,
            conversations,
            conversations,
            activity,
            published::add,
            Clock.fixed(NOW, ZoneOffset.UTC),
            uploads,
            MessageTextPolicy.storable());

    {
        bySms.sendBySms(phone);
    }

    /** A conversation of {@code channel}, live, holding the customer's first message. */
    private ConversationId conversationWithAQuestion(Channel channel) {
        Conversation conversation = Conversation.start(ConversationId.random(), visitor, channel, NOW);
        conversations.create(conversation);
        Message question =
                conversation.post(Author.visitor(), Optional.empty(), new MessageText("Where is order 1042?"), NOW);
        conversations.append(question);
        conversations.update(conversation);
        return conversation.id();
    }

    private static ReplyAsAgentCommand says(AgentId agent, ConversationId id, String clientId, String text) {
        return new ReplyAsAgentCommand(agent, id, new ClientMessageId(clientId), new MessageText(text));
    }

    @Test
    void a_reply_on_an_sms_conversation_is_checked_before_it_is_stored_and_queued_with_its_seq_after() {
        ConversationId id = conversationWithAQuestion(Channel.SMS);

        MessageReceipt receipt = bySms.reply(says(ada, id, "a-1", "It left the warehouse today."));

        assertThat(receipt.seq()).isEqualTo(2);
        assertThat(phone.calls())
                .containsExactly(
                        new Checked(id, "It left the warehouse today.", false, 1, 1),
                        new Queued(id, 2, "It left the warehouse today.", 2, 2));
        assertThat(activity.all()).containsExactly(MessagePosted.byAgent(id, 2, visitor, ada, NOW));
        assertThat(published).containsExactly(new ConversationNews(id, 2));
    }

    @Test
    void a_reply_with_an_image_is_checked_as_one() {
        ConversationId id = conversationWithAQuestion(Channel.SMS);
        UploadId image = UploadId.random();
        uploads.store(
                new Upload(image, UploadOwner.agent(ada), ImageType.PNG, 8, "0".repeat(64), NOW),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

        bySms.reply(new ReplyAsAgentCommand(
                ada, id, new ClientMessageId("a-1"), Optional.of(new MessageText("Here it is")), Optional.of(image)));

        assertThat(phone.calls()).first().isEqualTo(new Checked(id, "Here it is", true, 1, 1));
    }

    @Test
    void a_reply_the_sms_channel_refuses_stores_nothing_publishes_nothing_and_queues_nothing() {
        ConversationId id = conversationWithAQuestion(Channel.SMS);
        phone.refuseWith(SmsReplyRefusedException.optedOut());

        assertThatThrownBy(() -> bySms.reply(says(ada, id, "a-1", "Are you still there?")))
                .isInstanceOf(SmsReplyRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "sms_opted_out");

        assertThat(conversations.after(id, 0, 10)).hasSize(1);
        assertThat(conversations.find(id).orElseThrow().lastSeq()).isEqualTo(1);
        assertThat(conversations.find(id).orElseThrow().agentSeenSeq()).isZero();
        assertThat(activity.all()).isEmpty();
        assertThat(published).isEmpty();
        assertThat(phone.calls()).singleElement().isInstanceOf(Checked.class);
        assertThat(phone.queued()).isEmpty();
    }

    @Test
    void a_reply_refused_once_goes_out_when_retried_after_the_refusal_is_gone() {
        ConversationId id = conversationWithAQuestion(Channel.SMS);
        RecordingSmsChannel refusing = new RecordingSmsChannel(conversations);
        refusing.refuseWith(SmsReplyRefusedException.disabled());
        AgentReplyService whileOff = replies(MessageTextPolicy.storable());
        whileOff.sendBySms(refusing);
        assertThatThrownBy(() -> whileOff.reply(says(ada, id, "a-1", "Hello")))
                .isInstanceOf(SmsReplyRefusedException.class);

        MessageReceipt receipt = bySms.reply(says(ada, id, "a-1", "Hello"));

        assertThat(receipt.seq()).isEqualTo(2);
        assertThat(phone.queued()).containsExactly(new Queued(id, 2, "Hello", 2, 2));
    }

    @Test
    void a_retried_reply_on_an_sms_conversation_is_queued_once() {
        ConversationId id = conversationWithAQuestion(Channel.SMS);
        MessageReceipt first = bySms.reply(says(ada, id, "a-1", "On its way."));

        MessageReceipt retried = bySms.reply(says(ada, id, "a-1", "On its way."));

        assertThat(retried).isEqualTo(first);
        assertThat(phone.queued()).containsExactly(new Queued(id, 2, "On its way.", 2, 2));
        assertThat(phone.calls()).hasSize(2);
        assertThat(conversations.after(id, 0, 10)).hasSize(2);
    }

    @Test
    void a_reply_on_a_chat_never_touches_the_sms_channel() {
        ConversationId id = conversationWithAQuestion(Channel.CHAT);

        MessageReceipt receipt = bySms.reply(says(ada, id, "a-1", "It left today."));

        assertThat(receipt.seq()).isEqualTo(2);
        assertThat(phone.calls()).isEmpty();
        assertThat(activity.all()).containsExactly(MessagePosted.byAgent(id, 2, visitor, ada, NOW));
    }

    @Test
    void a_reply_on_an_sms_conversation_without_an_sms_channel_fails_loudly_and_stores_nothing() {
        ConversationId id = conversationWithAQuestion(Channel.SMS);

        assertThatThrownBy(() -> replies.reply(says(ada, id, "a-1", "Hello?")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SMS");

        assertThat(conversations.after(id, 0, 10)).hasSize(1);
        assertThat(conversations.find(id).orElseThrow().lastSeq()).isEqualTo(1);
        assertThat(activity.all()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void a_chat_reply_needs_no_sms_channel() {
        ConversationId id = conversationWithAQuestion(Channel.CHAT);

        assertThat(replies.reply(says(ada, id, "a-1", "Hello")).seq()).isEqualTo(2);
    }
}
