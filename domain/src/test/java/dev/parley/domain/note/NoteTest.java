package dev.parley.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoteTest {

    private static final Instant NOW = Instant.parse("2026-11-25T16:40:00Z");
    private final AgentId ada = new AgentId(UUID.randomUUID());
    private final AgentId bob = new AgentId(UUID.randomUUID());
    private final AgentId cleo = new AgentId(UUID.randomUUID());
    private final List<Mentions.Candidate> team = List.of(
            new Mentions.Candidate(ada, "Ada"),
            new Mentions.Candidate(bob, "Bob Smith"),
            new Mentions.Candidate(cleo, "Cleo"));

    private Note write(String text) {
        return Note.write(
                NoteId.random(), TicketId.random(), ada, new ClientMessageId("n-1"), new NoteText(text), team, NOW);
    }

    @Test
    void keeps_its_author_text_time_and_the_agents_it_mentions() {
        Note note = write("  @Bob Smith and @cleo, please check the refund.  ");

        assertThat(note.author()).isEqualTo(ada);
        assertThat(note.text().value()).isEqualTo("@Bob Smith and @cleo, please check the refund.");
        assertThat(note.createdAt()).isEqualTo(NOW);
        assertThat(note.mentions()).containsExactly(bob, cleo);
        assertThat(note.mentions(bob)).isTrue();
        assertThat(note.mentions(ada)).isFalse();
    }

    @Test
    void a_mention_of_its_own_author_is_no_mention() {
        assertThat(write("Note to self, @Ada: call back").mentions()).isEmpty();
    }

    @Test
    void an_unknown_name_is_just_text() {
        assertThat(write("@Zed knows, email me@example.com").mentions()).isEmpty();
    }

    @Test
    void a_retry_with_the_same_text_is_the_same_note_and_another_text_is_refused() {
        Note note = write("Refund approved");

        assertThat(note.confirmRetryOf(new NoteText(" Refund approved "))).isSameAs(note);
        assertThatThrownBy(() -> note.confirmRetryOf(new NoteText("Refund refused")))
                .isInstanceOf(ClientNoteIdReusedException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("client_note_id_reused");
    }

    @Test
    void a_stored_note_may_not_mention_its_author() {
        assertThatThrownBy(() -> Note.reconstitute(
                        NoteId.random(),
                        TicketId.random(),
                        ada,
                        new ClientMessageId("n-1"),
                        new NoteText("x"),
                        NOW,
                        List.of(ada)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_text_is_one_to_4000_characters_after_trimming() {
        assertThat(new NoteText("x".repeat(NoteText.MAX_LENGTH)).value()).hasSize(4000);
        assertThatThrownBy(() -> new NoteText("   "))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("empty_note");
        assertThatThrownBy(() -> new NoteText("x".repeat(NoteText.MAX_LENGTH + 1)))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("note_too_long");
    }

    @Test
    void an_installations_lower_limit_is_checked_at_its_edge() {
        new NoteText("x".repeat(100)).requireAtMost(100);
        assertThatThrownBy(() -> new NoteText("x".repeat(101)).requireAtMost(100))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("note_too_long");
    }

    @Test
    void its_time_is_kept_to_the_millisecond_as_stored() {
        Note note = Note.write(
                NoteId.random(),
                TicketId.random(),
                ada,
                new ClientMessageId("n-1"),
                new NoteText("x"),
                team,
                Instant.parse("2026-11-25T16:40:00.123456789Z"));

        assertThat(note.createdAt()).isEqualTo(Instant.parse("2026-11-25T16:40:00.123Z"));
    }
}
