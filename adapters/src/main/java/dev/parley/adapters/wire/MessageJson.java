package dev.parley.adapters.wire;

import dev.parley.application.conversation.port.in.CitationView;
import dev.parley.application.conversation.port.in.MessageView;
import java.util.List;
import java.util.Locale;

/**
 * A committed message. In a thread (the visitor REST API's pages, a ticket's detail) it is
 * {@code docs/schemas/message.schema.json}; as a WebSocket frame it also says its {@code type} and its
 * {@code conversationId} ({@code docs/schemas/frames/server/message.schema.json}). Fields without a value are left
 * out.
 *
 * @param type {@code message} in a frame; absent in a thread
 * @param conversationId its conversation in a frame; absent in a thread, which is of one conversation
 * @param seq its sequence number
 * @param clientMessageId its sender's client id (system messages have none)
 * @param author {@code visitor}, {@code agent}, {@code system} or {@code bot}
 * @param authorName the name to show; absent for the visitor, whom each client names itself
 * @param text plain text, never markup; absent for an image alone; Parley's notices in its reader's words
 * @param image the image it shows, if any
 * @param sentAt when it was committed
 * @param event what a system message records, such as {@code ended_by_visitor}
 * @param citations what an AI agent's message cites; absent for none
 */
public record MessageJson(
        String type,
        String conversationId,
        long seq,
        String clientMessageId,
        String author,
        String authorName,
        String text,
        ImageJson image,
        String sentAt,
        String event,
        List<CitationJson> citations) {

    /**
     * What an AI agent's message cites.
     *
     * @param kind {@code source} or {@code choice}
     * @param title the FAQ's question or the article's title
     * @param link an http(s) link to read more; absent for none
     */
    public record CitationJson(String kind, String title, String link) {

        static CitationJson of(CitationView view) {
            return new CitationJson(
                    view.choice() ? "choice" : "source",
                    view.title(),
                    view.link().orElse(null));
        }
    }

    /** The message as one entry of a conversation's thread, Parley's notices worded for {@code reader}. */
    public static MessageJson inThread(MessageView view, SystemNotices.Reader reader, Locale language) {
        return of(null, null, view, reader, language);
    }

    /** The message as a {@code message} frame, Parley's notices worded for {@code reader}. */
    public static MessageJson frame(MessageView view, SystemNotices.Reader reader, Locale language) {
        return of("message", view.conversation().toString(), view, reader, language);
    }

    private static MessageJson of(
            String type, String conversationId, MessageView view, SystemNotices.Reader reader, Locale language) {
        return new MessageJson(
                type,
                conversationId,
                view.seq(),
                view.clientMessageId().orElse(null),
                Wire.lower(view.author()),
                view.authorName().orElse(null),
                SystemNotices.text(view.event(), reader, language)
                        .or(view::text)
                        .orElse(null),
                view.image().map(ImageJson::of).orElse(null),
                view.sentAt().toString(),
                view.event().map(Wire::lower).orElse(null),
                view.citations().isEmpty()
                        ? null
                        : view.citations().stream().map(CitationJson::of).toList());
    }
}
