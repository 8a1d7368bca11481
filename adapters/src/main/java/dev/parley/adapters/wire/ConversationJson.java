package dev.parley.adapters.wire;

import dev.parley.application.conversation.port.in.ConversationView;

/**
 * A visitor's conversation, as a client needs it to resume ({@code docs/schemas/conversation.schema.json}): the
 * visitor REST API's answers and the {@code ready} and {@code conversation} frames.
 *
 * @param id the conversation
 * @param status {@code open} or {@code closed}
 * @param stage {@code browsing}, {@code live} or {@code closed}
 * @param lastSeq the sequence number of its last message
 */
public record ConversationJson(String id, String status, String stage, long lastSeq) {

    public static ConversationJson of(ConversationView view) {
        return new ConversationJson(
                view.id().toString(), Wire.lower(view.status()), Wire.lower(view.stage()), view.lastSeq());
    }
}
