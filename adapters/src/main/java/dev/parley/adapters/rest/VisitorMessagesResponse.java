package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.MessageView;
import java.util.List;
import java.util.Locale;

/**
 * One page of a visitor's conversation, in sequence order.
 *
 * @param conversation the conversation as it is now
 * @param messages the messages after the {@code afterSeq} asked for; page on with the last one's {@code seq}
 */
public record VisitorMessagesResponse(VisitorConversationResponse conversation, List<Message> messages) {

    /**
     * A committed message; fields without a value are left out.
     *
     * @param seq its sequence number
     * @param clientMessageId its sender's client id (system messages have none)
     * @param author {@code visitor}, {@code agent} or {@code system}
     * @param authorName the name to show
     * @param text plain text, never markup; absent for an image alone
     * @param image the image it shows, if any
     * @param sentAt when it was committed
     * @param event what a system message records, such as {@code ended_by_visitor}
     */
    public record Message(long seq, String clientMessageId, String author, String authorName, String text,
            ImageResponse image, String sentAt, String event) {

        /** The message as its visitor reads it: Parley's notices in {@code language}. */
        static Message of(MessageView view, Locale language) {
            return new Message(view.seq(), view.clientMessageId().orElse(null), lower(view.author()),
                    view.authorName().orElse(null),
                    SystemNotices.text(view.event(), SystemNotices.Reader.VISITOR, language).or(view::text)
                            .orElse(null), view.image().map(ImageResponse::of).orElse(null),
                    view.sentAt().toString(),
                    view.event().map(VisitorMessagesResponse::lower).orElse(null));
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
