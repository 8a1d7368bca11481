package dev.parley.adapters.wire;

import dev.parley.domain.conversation.ConversationEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Words Parley's closing notices for who reads them, in English or Polish (English for any other language), from the
 * adapters' {@code SystemNotices} bundle. An away reply is the store's own text and is not worded here.
 */
public final class SystemNotices {

    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_SERVERS_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Who reads a notice: the visitor reads it about themselves, the team about the visitor. */
    public enum Reader {
        VISITOR,
        AGENT
    }

    private SystemNotices() {}

    /**
     * The notice's words for a message that records {@code event}, if Parley words it: not an away reply (the store's
     * own text), nor a notice whose text is the address the store's helpdesk replies to (clients word it around the
     * address).
     */
    public static Optional<String> text(Optional<ConversationEvent> event, Reader reader, Locale locale) {
        return event.filter(recorded -> recorded != ConversationEvent.AWAY_REPLY
                        && recorded != ConversationEvent.PASSED_TO_HELPDESK
                        && recorded != ConversationEvent.HELPDESK_FALLBACK)
                .map(recorded -> ResourceBundle.getBundle(
                                "dev.parley.adapters.SystemNotices", locale, NO_FALLBACK_TO_THE_SERVERS_LANGUAGE)
                        .getString(reader.name().toLowerCase(Locale.ROOT) + "."
                                + recorded.name().toLowerCase(Locale.ROOT)));
    }
}
