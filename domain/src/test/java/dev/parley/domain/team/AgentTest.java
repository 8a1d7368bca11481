package dev.parley.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentTest {

    @Test
    void email_addresses_are_kept_in_lower_case() {
        assertThat(new EmailAddress(" Ada@Shop.Example ").value()).isEqualTo("ada@shop.example");
    }

    @Test
    void refuses_what_is_not_an_email_address() {
        assertThatThrownBy(() -> new EmailAddress("ada")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EmailAddress("a@b@c.d")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refuses_a_blank_name() {
        assertThatThrownBy(() -> Agent.create(
                        AgentId.random(), new EmailAddress("a@b.cd"), "  ", Role.ADMIN, "h", Instant.EPOCH))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name");
    }

    @Test
    void a_name_loses_the_characters_that_reorder_or_hide_it() {
        Agent agent = Agent.create(
                AgentId.random(), new EmailAddress("a@b.cd"), "\u202Egnp.exe\u200B", Role.AGENT, "h", Instant.EPOCH);

        assertThat(agent.displayName()).isEqualTo("gnp.exe");
        assertThatThrownBy(() -> Agent.create(
                        AgentId.random(), new EmailAddress("a@b.cd"), "\u200B\u202E", Role.ADMIN, "h", Instant.EPOCH))
                .isInstanceOf(InvalidValueException.class);
    }
}
