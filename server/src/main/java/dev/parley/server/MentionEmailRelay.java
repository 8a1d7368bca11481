package dev.parley.server;

import dev.parley.application.note.port.out.NotifyMentionedAgentsPort;
import dev.parley.application.notification.port.in.ScheduleMentionEmailsUseCase;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Hands the mentions in a new note to the notification context, in the note's own transaction: the one link from
 * notes to emails, made here so that the note context knows nothing of email (and the notification context reads
 * notes only through their driving port).
 */
@ApplicationScoped
public class MentionEmailRelay implements NotifyMentionedAgentsPort {

    private ScheduleMentionEmailsUseCase emails;

    @Inject
    public MentionEmailRelay(ScheduleMentionEmailsUseCase emails) {
        this.emails = emails;
    }

    /** For CDI proxies only. */
    protected MentionEmailRelay() {}

    @Override
    public void mentioned(NoteId note, List<AgentId> agents, Instant at) {
        emails.schedule(note, agents, at);
    }
}
