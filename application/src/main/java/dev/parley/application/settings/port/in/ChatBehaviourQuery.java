package dev.parley.application.settings.port.in;

import java.util.Optional;

/**
 * How the chat behaves, for the contexts that follow it: the conversation (the welcome message and the links shown
 * before a first message) and the inbox (the waiting threshold). Read from memory in the steady state: the settings
 * are read again only after they changed.
 */
@FunctionalInterface
public interface ChatBehaviourQuery {

    /**
     * How the chat behaves for a visitor speaking the language of {@code languageTag} (a BCP 47 tag such as
     * {@code pl-PL}): the welcome message in their language, or the store's when it has none in theirs or none is
     * given.
     */
    ChatBehaviour chatBehaviourFor(Optional<String> languageTag);

    /** How the chat behaves, with the texts in the store's own language. */
    default ChatBehaviour chatBehaviour() {
        return chatBehaviourFor(Optional.empty());
    }
}
