package dev.parley.server;

import dev.parley.application.conversation.port.out.SmsChannelPort;
import dev.parley.application.sms.port.in.SmsRepliesUseCase;
import dev.parley.domain.conversation.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands conversations' SMS replies to the SMS channel, in the same transaction; so that neither context knows the other. */
@ApplicationScoped
public class SmsChannelBridge implements SmsChannelPort {

    private SmsRepliesUseCase replies;

    @Inject
    public SmsChannelBridge(SmsRepliesUseCase replies) {
        this.replies = replies;
    }

    /** For CDI proxies only. */
    protected SmsChannelBridge() {}

    @Override
    public void check(ConversationId conversation, String text, boolean image) {
        replies.check(conversation, text, image);
    }

    @Override
    public void queue(ConversationId conversation, long seq, String text) {
        replies.queue(conversation, seq, text);
    }
}
