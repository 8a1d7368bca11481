package dev.parley.domain.note;

import dev.parley.domain.shared.DomainException;

/** A client note id came again from the same agent with a different text: that is not a retry, and it is refused. */
public class ClientNoteIdReusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ClientNoteIdReusedException(String clientNoteId) {
        super(
                "client_note_id_reused",
                "The client note id " + clientNoteId
                        + " was already used for a different note; use a new id for a new note.");
    }
}
