package dev.parley.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.AgentId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private final AgentId ada = new AgentId(UUID.randomUUID());
    private final AgentId adaL = new AgentId(UUID.randomUUID());
    private final AgentId adam = new AgentId(UUID.randomUUID());
    private final AgentId zofia = new AgentId(UUID.randomUUID());
    private final AgentId otherAda = new AgentId(UUID.randomUUID());

    private final List<Mentions.Candidate> team = List.of(
            new Mentions.Candidate(ada, "Ada"),
            new Mentions.Candidate(adaL, "Ada Lovelace"),
            new Mentions.Candidate(adam, "Adam"),
            new Mentions.Candidate(zofia, "Zofia Łęcka"));

    @Test
    void a_name_must_end_where_a_word_ends() {
        assertThat(Mentions.in("@Adam, look", team)).containsExactly(adam);
        assertThat(Mentions.in("@Ada.", team)).containsExactly(ada);
        assertThat(Mentions.in("@Adabc", team)).isEmpty();
    }

    @Test
    void the_longest_name_at_an_at_sign_wins() {
        assertThat(Mentions.in("@Ada Lovelace please", team)).containsExactly(adaL);
        assertThat(Mentions.in("@Ada Lovelace and @Ada", team)).containsExactly(adaL, ada);
    }

    @Test
    void names_match_in_any_case_with_letters_beyond_ascii() {
        assertThat(Mentions.in("pytanie do @zofia łęcka", team)).containsExactly(zofia);
    }

    @Test
    void each_agent_counts_once_and_members_sharing_a_name_are_all_mentioned() {
        List<Mentions.Candidate> twoAdas =
                List.of(new Mentions.Candidate(ada, "Ada"), new Mentions.Candidate(otherAda, "Ada"));
        assertThat(Mentions.in("@Ada @Ada", twoAdas)).containsExactly(ada, otherAda);
    }

    @Test
    void text_without_a_known_name_mentions_nobody() {
        assertThat(Mentions.in("write to ada@example.com or @ nobody", team)).isEmpty();
        assertThat(Mentions.in("@", team)).isEmpty();
        assertThat(Mentions.in("mail bob@ada.pl", team)).isEmpty();
    }
}
