package dev.parley.application.sms.port.out;

import dev.parley.domain.conversation.ConversationId;

/** Tells the inbox that an SMS conversation's delivery states or opt-out changed (after the commit). Driven. */
public interface PublishSmsNewsPort {

    void smsChanged(ConversationId conversation);

    /** The SMS settings changed: open inboxes read their SMS tickets' side again (after the commit). */
    void settingsChanged();
}
