package dev.parley.application.conversation;

import dev.parley.application.conversation.port.out.SmsChannelPort;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.sms.SmsReplyRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SMS channel as conversations see it: records every check and queued reply, in order, with how much of the
 * conversation was stored when the call came, so that tests can tell a call before storing from one after. Refuses
 * checks while a refusal is set.
 */
final class RecordingSmsChannel implements SmsChannelPort {

    /** A check, and the conversation's stored last sequence number and stored messages when it came. */
    record Checked(ConversationId conversation, String text, boolean image, long storedLastSeq, int storedMessages) {}

    /** A queued reply, and the conversation's stored last sequence number and stored messages when it came. */
    record Queued(ConversationId conversation, long seq, String text, long storedLastSeq, int storedMessages) {}

    private final InMemoryConversations conversations;
    private final List<Object> calls = new ArrayList<>();
    private Optional<SmsReplyRefusedException> refusal = Optional.empty();

    RecordingSmsChannel(InMemoryConversations conversations) {
        this.conversations = conversations;
    }

    /** Refuses every check from now on with {@code refused}. */
    void refuseWith(SmsReplyRefusedException refused) {
        this.refusal = Optional.of(refused);
    }

    @Override
    public void check(ConversationId conversation, String text, boolean image) {
        calls.add(new Checked(conversation, text, image, storedLastSeq(conversation), storedMessages(conversation)));
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    @Override
    public void queue(ConversationId conversation, long seq, String text) {
        calls.add(new Queued(conversation, seq, text, storedLastSeq(conversation), storedMessages(conversation)));
    }

    /** Every call, in order. */
    List<Object> calls() {
        return List.copyOf(calls);
    }

    /** The queued replies, in order. */
    List<Queued> queued() {
        return calls.stream()
                .filter(Queued.class::isInstance)
                .map(Queued.class::cast)
                .toList();
    }

    private long storedLastSeq(ConversationId conversation) {
        return conversations.find(conversation).map(Conversation::lastSeq).orElse(-1L);
    }

    private int storedMessages(ConversationId conversation) {
        return conversations.after(conversation, 0, Integer.MAX_VALUE).size();
    }
}
