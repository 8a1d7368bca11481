package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.ConversationView;
import java.util.Locale;

/**
 * A visitor's conversation, as a client needs it to resume.
 *
 * @param id the conversation
 * @param status {@code open} or {@code closed}
 * @param lastSeq the sequence number of its last message
 * @param stage {@code browsing}, {@code live} or {@code closed}
 */
public record VisitorConversationResponse(String id, String status, long lastSeq, String stage) {

    static VisitorConversationResponse of(ConversationView view) {
        return new VisitorConversationResponse(view.id().toString(), view.status().name().toLowerCase(Locale.ROOT),
                view.lastSeq(), view.stage().name().toLowerCase(Locale.ROOT));
    }
}
