package dev.parley.application.notification.port.out;

import dev.parley.domain.note.NoteId;
import dev.parley.domain.notification.MentionNotification;
import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the outbox of mention emails; driven by the notification use cases. */
public interface LoadMentionNotificationPort {

    /** Pending mention emails whose next attempt is due at {@code now}, earliest first, at most {@code limit}. */
    List<MentionNotification> dueMentions(Instant now, int limit);

    /** The mention email, kept from other workers until the current transaction ends. */
    Optional<MentionNotification> findForUpdate(NoteId note, AgentId agent);
}
