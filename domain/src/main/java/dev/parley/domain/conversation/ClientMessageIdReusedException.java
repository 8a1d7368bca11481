package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** A client message id came again with a different text: that is not a retry, and it is refused. */
public class ClientMessageIdReusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ClientMessageIdReusedException(String clientMessageId) {
        super(
                "client_message_id_reused",
                "The client message id " + clientMessageId
                        + " was already used for a different message; use a new id for a new message.");
    }
}
