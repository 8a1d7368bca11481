package dev.parley.application.notification.port.in;

import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.List;

/**
 * Schedules the emails that tell agents a note mentions them; driven, inside the note's own transaction, when a note
 * is written. Without a mail server nothing is scheduled: a mention is then told in the inbox only, and no email
 * follows when a mail server is configured later.
 */
public interface ScheduleMentionEmailsUseCase {

    void schedule(NoteId note, List<AgentId> agents, Instant at);
}
