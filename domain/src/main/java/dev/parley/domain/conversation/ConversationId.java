package dev.parley.domain.conversation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a conversation between a visitor and the store. */
public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "conversation id");
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    /**
     * Reads a conversation id from its text form.
     *
     * @throws ConversationNotFoundException when the text is not an id at all: such a conversation cannot exist
     */
    public static ConversationId parse(String value) {
        try {
            return new ConversationId(UUID.fromString(Objects.requireNonNull(value, "conversation id")));
        } catch (IllegalArgumentException notAnId) {
            throw new ConversationNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
