package dev.parley.application.note;

import dev.parley.application.note.port.in.AddNoteCommand;
import dev.parley.application.note.port.in.AddNoteUseCase;
import dev.parley.application.note.port.in.MarkMentionsSeenUseCase;
import dev.parley.application.note.port.in.MentionsQuery;
import dev.parley.application.note.port.in.NotePolicy;
import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.note.port.in.TicketNotesQuery;
import dev.parley.application.note.port.out.LoadNotesPort;
import dev.parley.application.note.port.out.NotifyMentionedAgentsPort;
import dev.parley.application.note.port.out.PublishNoteNewsPort;
import dev.parley.application.note.port.out.SaveNotePort;
import dev.parley.application.team.port.in.AgentNamesQuery;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.note.Mentions;
import dev.parley.domain.note.Note;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.ticket.TicketId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Internal notes and their mentions. Adding a note runs in one transaction: the ticket is looked up (a note may go
 * on a closed ticket too), a retry under the same client note id answers the stored note, otherwise the note is
 * stored with the teammates it mentions (among the active team of that moment, never its author), and the news goes
 * out once committed.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class NoteService implements AddNoteUseCase, TicketNotesQuery, MentionsQuery, MarkMentionsSeenUseCase {

    private static final Logger LOG = Logger.getLogger(NoteService.class.getName());

    private LoadNotesPort notes;
    private SaveNotePort savedNotes;
    private InboxQuery tickets;
    private ListTeamQuery team;
    private AgentNamesQuery names;
    private PublishNoteNewsPort news;
    private NotifyMentionedAgentsPort mentioned;
    private NotePolicy policy;
    private Clock clock;

    @Inject
    public NoteService(
            LoadNotesPort notes,
            SaveNotePort savedNotes,
            InboxQuery tickets,
            ListTeamQuery team,
            AgentNamesQuery names,
            PublishNoteNewsPort news,
            NotifyMentionedAgentsPort mentioned,
            NotePolicy policy,
            Clock clock) {
        this.notes = notes;
        this.savedNotes = savedNotes;
        this.tickets = tickets;
        this.team = team;
        this.names = names;
        this.news = news;
        this.mentioned = mentioned;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected NoteService() {}

    @Override
    public NoteView add(AddNoteCommand command) {
        command.text().requireAtMost(policy.maxLength());
        TicketSummary ticket = tickets.ticket(command.ticket(), command.author());
        Optional<Note> earlier = notes.findByClientId(command.ticket(), command.author(), command.clientNoteId());
        if (earlier.isPresent()) {
            return view(earlier.get().confirmRetryOf(command.text()), ticket.conversation());
        }
        List<Mentions.Candidate> candidates = team.listTeam(false).stream()
                .map(member -> new Mentions.Candidate(member.id(), member.name()))
                .toList();
        Note note = Note.write(
                NoteId.random(),
                command.ticket(),
                command.author(),
                command.clientNoteId(),
                command.text(),
                candidates,
                clock.instant());
        savedNotes.add(note);
        NoteView view = view(note, ticket.conversation());
        news.published(view);
        if (!note.mentions().isEmpty()) {
            mentioned.mentioned(note.id(), note.mentions(), note.createdAt());
        }
        LOG.info(() -> "event=note_added ticket=" + note.ticket() + " note=" + note.id() + " mentions="
                + note.mentions().size());
        return view;
    }

    @Override
    public List<NoteView> notes(TicketId ticket, AgentId viewer) {
        ConversationId conversation = conversationOf(ticket, viewer);
        return views(notes.ofTicket(ticket, MAX_NOTES), id -> conversation);
    }

    @Override
    public List<NoteView> unseenMentions(AgentId agent) {
        List<Note> found = notes.unseenMentionsOf(agent, MAX_MENTIONS);
        Map<TicketId, ConversationId> conversations = new HashMap<>();
        return views(found, ticket -> conversations.computeIfAbsent(ticket, id -> conversationOf(id, agent)));
    }

    @Override
    public Optional<NoteView> note(NoteId id) {
        return notes.findById(id).map(note -> view(note, conversationOf(note.ticket(), note.author())));
    }

    @Override
    public boolean mentionSeen(NoteId note, AgentId agent) {
        return notes.mentionSeen(note, agent);
    }

    @Override
    public int markMentionsSeen(TicketCommand command) {
        tickets.ticket(command.ticket(), command.agent());
        return savedNotes.markMentionsSeen(command.agent(), command.ticket(), clock.instant());
    }

    private ConversationId conversationOf(TicketId ticket, AgentId viewer) {
        return tickets.ticket(ticket, viewer).conversation();
    }

    private NoteView view(Note note, ConversationId conversation) {
        return views(List.of(note), ticket -> conversation).get(0);
    }

    private List<NoteView> views(List<Note> found, Function<TicketId, ConversationId> conversations) {
        Set<AgentId> people = found.stream()
                .flatMap(note -> Stream.concat(Stream.of(note.author()), note.mentions().stream()))
                .collect(Collectors.toSet());
        Map<AgentId, String> known = people.isEmpty() ? Map.of() : names.displayNames(people);
        return found.stream()
                .map(note -> new NoteView(
                        note.id(),
                        note.ticket(),
                        conversations.apply(note.ticket()),
                        note.author(),
                        known.getOrDefault(note.author(), ""),
                        note.clientNoteId().value(),
                        note.text().value(),
                        note.createdAt(),
                        mentionsOf(note.mentions(), known)))
                .toList();
    }

    private static List<NoteView.Mentioned> mentionsOf(Collection<AgentId> agents, Map<AgentId, String> known) {
        return agents.stream()
                .map(agent -> new NoteView.Mentioned(agent, known.getOrDefault(agent, "")))
                .toList();
    }
}
