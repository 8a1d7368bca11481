package dev.parley.application.settings.port.in;

/**
 * How the chat behaves, for the contexts that follow it: the conversation (the welcome message and the links shown
 * before a first message) and the inbox (the waiting threshold). Read from memory in the steady state: the settings
 * are read again only after they changed.
 */
@FunctionalInterface
public interface ChatBehaviourQuery {

    ChatBehaviour chatBehaviour();
}
