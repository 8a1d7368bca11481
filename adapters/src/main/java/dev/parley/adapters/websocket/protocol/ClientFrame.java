package dev.parley.adapters.websocket.protocol;

import java.util.Optional;

/** A frame a client sends; see {@code docs/protocol.md}. Every variant has been checked for shape already. */
public sealed interface ClientFrame {

    /**
     * Opens the conversation with the server: who the client is, what it already holds (and the history epoch it
     * was told when it got it), and (visitors) the browser's locale, the page it is on and the language the widget reads
     * in; {@code resume} is the token of a reply email's link, which speaks for its visitor in its conversation.
     */
    record Hello(
            Optional<String> token,
            Optional<String> conversationId,
            long afterSeq,
            Optional<String> locale,
            Optional<String> page,
            Optional<String> epoch,
            Optional<String> language,
            Optional<String> resume)
            implements ClientFrame {

        /** A hello without a link from a reply email. */
        public Hello(
                Optional<String> token,
                Optional<String> conversationId,
                long afterSeq,
                Optional<String> locale,
                Optional<String> page,
                Optional<String> epoch,
                Optional<String> language) {
            this(token, conversationId, afterSeq, locale, page, epoch, language, Optional.empty());
        }

        public Hello(Optional<String> token, Optional<String> conversationId, long afterSeq) {
            this(
                    token,
                    conversationId,
                    afterSeq,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
    }

    /**
     * Posts a message: a text, an uploaded image, or both (parsing makes sure there is at least one);
     * {@code linksShown} says the widget showed the store's links before it.
     */
    record Send(
            String clientMessageId,
            Optional<String> text,
            Optional<String> imageId,
            Optional<String> conversationId,
            boolean linksShown)
            implements ClientFrame {}

    /**
     * Subscribes an agent to a conversation, resending what follows {@code afterSeq} (or everything, when the
     * history epoch the inbox was told is not the server's).
     */
    record Open(String conversationId, long afterSeq, Optional<String> epoch) implements ClientFrame {}

    /** Ends an agent's subscription to a conversation. */
    record Close(String conversationId) implements ClientFrame {}

    /** The visitor opens the widget on the FAQs: their open conversation, or a new browsing one. */
    record Browse() implements ClientFrame {}

    /** The visitor asks for a person ("I still need help"), maybe having been shown the store's links. */
    record Live(String conversationId, boolean linksShown) implements ClientFrame {}

    /** The visitor ends the chat for good. */
    record End(String conversationId) implements ClientFrame {}

    /** The visitor rates their ended conversation: {@code good} or {@code bad}, maybe with a comment. */
    record Rate(String conversationId, String score, Optional<String> comment) implements ClientFrame {}

    /** The visitor gives the email address where the team may answer them. */
    record Contact(String email) implements ClientFrame {}

    /** The visitor gives the address the store's helpdesk replies to, while their conversation waits for it. */
    record HandoffEmail(String conversationId, String email) implements ClientFrame {}

    /** The sender is typing in a conversation (visitors may leave the id out: their current conversation). */
    record Typing(Optional<String> conversationId) implements ClientFrame {}

    /** An agent has seen a conversation up to a sequence number. */
    record Seen(String conversationId, long seq) implements ClientFrame {}

    /** Keeps the connection alive. */
    record Ping() implements ClientFrame {}
}
