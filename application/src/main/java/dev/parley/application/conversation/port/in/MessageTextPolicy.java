package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.MessageText;

/**
 * The longest text a message may carry in this installation ({@code PARLEY_MESSAGE_MAX_LENGTH}), at most the
 * {@value MessageText#MAX_LENGTH} characters Parley can store.
 *
 * @param maxLength characters accepted after trimming (1 to {@value MessageText#MAX_LENGTH})
 */
public record MessageTextPolicy(int maxLength) {

    public MessageTextPolicy {
        if (maxLength < 1 || maxLength > MessageText.MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "The message length limit is 1 to " + MessageText.MAX_LENGTH + " characters, not " + maxLength);
        }
    }

    /** What Parley can store: {@value MessageText#MAX_LENGTH} characters. */
    public static MessageTextPolicy storable() {
        return new MessageTextPolicy(MessageText.MAX_LENGTH);
    }
}
