package dev.parley.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

    private final Agent ada = agent("ada@shop.example", Role.ADMIN);
    private final Agent bob = agent("bob@shop.example", Role.AGENT);

    @Test
    void only_an_active_admin_may_manage_the_team() {
        assertThatCode(ada::requireAdmin).doesNotThrowAnyException();
        assertThatThrownBy(bob::requireAdmin)
                .isInstanceOf(AdminsOnlyException.class)
                .extracting("code")
                .isEqualTo("admins_only");

        Agent removedAdmin = agent("eve@shop.example", Role.ADMIN);
        removedAdmin.deactivate(ada.id(), 2);
        assertThatThrownBy(removedAdmin::requireAdmin).isInstanceOf(AdminsOnlyException.class);
    }

    @Test
    void promotes_and_demotes_while_another_admin_remains() {
        bob.changeRole(Role.ADMIN, 1);
        assertThat(bob.role()).isEqualTo(Role.ADMIN);

        bob.changeRole(Role.AGENT, 2);
        assertThat(bob.role()).isEqualTo(Role.AGENT);
    }

    @Test
    void the_last_admin_cannot_be_demoted() {
        assertThatThrownBy(() -> ada.changeRole(Role.AGENT, 1))
                .isInstanceOf(LastAdminException.class)
                .extracting("code")
                .isEqualTo("last_admin");
        assertThat(ada.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void the_last_admin_may_keep_their_role() {
        ada.changeRole(Role.ADMIN, 1);

        assertThat(ada.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void removing_deactivates_and_keeps_the_name() {
        bob.deactivate(ada.id(), 1);

        assertThat(bob.isDeactivated()).isTrue();
        assertThat(bob.isActive()).isFalse();
        assertThat(bob.displayName()).isEqualTo("Bob");
    }

    @Test
    void nobody_removes_themselves() {
        assertThatThrownBy(() -> ada.deactivate(ada.id(), 2))
                .isInstanceOf(CannotRemoveYourselfException.class)
                .extracting("code")
                .isEqualTo("cannot_remove_yourself");
        assertThat(ada.isActive()).isTrue();
    }

    @Test
    void the_last_admin_cannot_be_removed() {
        assertThatThrownBy(() -> ada.deactivate(AgentId.random(), 1)).isInstanceOf(LastAdminException.class);
        assertThat(ada.isActive()).isTrue();
    }

    @Test
    void a_removed_agent_cannot_be_removed_or_changed_again() {
        bob.deactivate(ada.id(), 1);

        assertThatThrownBy(() -> bob.deactivate(ada.id(), 1))
                .isInstanceOf(AgentNotFoundException.class)
                .extracting("code")
                .isEqualTo("agent_not_found");
        assertThatThrownBy(() -> bob.changeRole(Role.ADMIN, 1)).isInstanceOf(AgentNotFoundException.class);
        assertThatThrownBy(() -> bob.changePasswordHash("new")).isInstanceOf(AgentNotFoundException.class);
        assertThat(bob.role()).isEqualTo(Role.AGENT);
    }

    @Test
    void changes_the_password_hash() {
        bob.changePasswordHash("new hash");

        assertThat(bob.passwordHash()).isEqualTo("new hash");
    }

    @Test
    void a_password_has_8_to_1024_characters() {
        assertThatThrownBy(() -> PasswordRule.check("1234567"))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("weak_password");
        assertThatCode(() -> PasswordRule.check("12345678")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRule.check("x".repeat(1_024))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordRule.check("x".repeat(1_025)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("password_too_long");
    }

    @Test
    void a_stored_agent_comes_back_with_its_deactivation() {
        Agent stored = Agent.reconstitute(bob.id(), bob.email(), "Bob", Role.AGENT, "h", Instant.EPOCH, true);

        assertThat(stored.isDeactivated()).isTrue();
        assertThat(Agent.reconstitute(bob.id(), bob.email(), "Bob", Role.AGENT, "h", Instant.EPOCH)
                        .isActive())
                .isTrue();
    }

    private static Agent agent(String email, Role role) {
        String name = email.substring(0, 1).toUpperCase(Locale.ROOT) + email.substring(1, email.indexOf('@'));
        return Agent.create(AgentId.random(), new EmailAddress(email), name, role, "hash", Instant.EPOCH);
    }
}
