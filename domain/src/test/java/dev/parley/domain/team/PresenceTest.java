package dev.parley.domain.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceTest {

    @Test
    void an_inbox_connected_shows_the_chosen_status_and_none_shows_offline() {
        assertThat(Presence.of(AgentStatus.AVAILABLE, true)).isEqualTo(Presence.ONLINE);
        assertThat(Presence.of(AgentStatus.AWAY, true)).isEqualTo(Presence.AWAY);
        assertThat(Presence.of(AgentStatus.AVAILABLE, false)).isEqualTo(Presence.OFFLINE);
        assertThat(Presence.of(AgentStatus.AWAY, false)).isEqualTo(Presence.OFFLINE);
    }

    @Test
    void the_more_present_of_two_is_online_before_away_before_offline_whichever_comes_first() {
        assertThat(Presence.OFFLINE.orMorePresent(Presence.ONLINE)).isEqualTo(Presence.ONLINE);
        assertThat(Presence.ONLINE.orMorePresent(Presence.OFFLINE)).isEqualTo(Presence.ONLINE);
        assertThat(Presence.AWAY.orMorePresent(Presence.ONLINE)).isEqualTo(Presence.ONLINE);
        assertThat(Presence.OFFLINE.orMorePresent(Presence.AWAY)).isEqualTo(Presence.AWAY);
        assertThat(Presence.AWAY.orMorePresent(Presence.OFFLINE)).isEqualTo(Presence.AWAY);
        assertThat(Presence.OFFLINE.orMorePresent(Presence.OFFLINE)).isEqualTo(Presence.OFFLINE);
    }
}
