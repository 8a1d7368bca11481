package dev.parley.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.team.port.out.PublishPresencePort;
import dev.parley.application.team.port.out.SharePresencePort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.Presence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PresenceServiceTest {

    private static final AgentId ADA = AgentId.of("6f1c0000-0000-4000-8000-00000000000a");

    private final InMemoryTeam team = InMemoryTeam.withAdmin(ADA, "Ada");
    private final AgentId bob = team.addAgent("Bob");
    private final List<String> published = new ArrayList<>();
    private final PublishPresencePort publisher = (agent, presence, teamOnline, teamChanged) -> published.add(
            name(agent) + " " + presence.wire() + " team=" + teamOnline + (teamChanged ? " changed" : ""));
    private final List<Boolean> teamNews = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final List<AgentId> announced = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();
    private final SharePresencePort sharer = new SharePresencePort() {
        @Override
        public void presenceHere(AgentId agent, Presence here, boolean anyoneOnlineHere) {
            shared.add(name(agent) + " " + here.wire() + (anyoneOnlineHere ? " here=online" : ""));
        }

        @Override
        public void presentHere(boolean anyoneOnlineHere, Map<AgentId, Presence> present) {
            shared.add("present "
                    + new TreeMap<>(present.entrySet().stream()
                            .collect(Collectors.toMap(
                                    entry -> name(entry.getKey()),
                                    entry -> entry.getValue().wire())))
                    + (anyoneOnlineHere ? " here=online" : ""));
        }
    };
    private final PresenceService presence =
            new PresenceService(team, team, publisher, teamNews::add, announced::add, sharer, clock);

    private String name(AgentId agent) {
        return agent.equals(ADA) ? "ada" : "bob";
    }

    @Test
    void nobody_is_online_until_an_inbox_connects_and_the_last_inbox_to_go_takes_the_agent_offline() {
        assertThat(presence.anyoneOnline()).isFalse();
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.OFFLINE);

        presence.inboxOpened(ADA);
        presence.inboxOpened(ADA);
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.ONLINE);
        assertThat(presence.anyoneOnline()).isTrue();

        presence.inboxClosed(ADA);
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.ONLINE);
        presence.inboxClosed(ADA);
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.OFFLINE);
        assertThat(presence.anyoneOnline()).isFalse();
        // Each change once: a second inbox of an agent already online changes nothing.
        assertThat(published).containsExactly("ada online team=true changed", "ada offline team=false changed");
    }

    @Test
    void an_agent_who_says_they_are_away_stays_connected_but_the_team_is_online_only_while_someone_is_available() {
        presence.inboxOpened(ADA);
        presence.inboxOpened(bob);

        assertThat(presence.changeStatus(ADA, AgentStatus.AWAY)).isEqualTo(AgentStatus.AWAY);
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.AWAY);
        assertThat(presence.anyoneOnline()).isTrue();

        presence.changeStatus(bob, AgentStatus.AWAY);
        assertThat(presence.anyoneOnline()).isFalse();

        presence.changeStatus(bob, AgentStatus.AVAILABLE);
        assertThat(presence.anyoneOnline()).isTrue();
        assertThat(published)
                .containsExactly(
                        "ada online team=true changed",
                        "bob online team=true",
                        "ada away team=true",
                        "bob away team=false changed",
                        "bob online team=true changed");
    }

    @Test
    void the_status_is_stored_and_an_inbox_that_connects_later_starts_from_it() {
        presence.changeStatus(bob, AgentStatus.AWAY);
        assertThat(team.stored(bob).status()).isEqualTo(AgentStatus.AWAY);
        assertThat(presence.presenceOf(bob)).isEqualTo(Presence.OFFLINE);
        assertThat(published).isEmpty();

        presence.inboxOpened(bob);

        assertThat(presence.presenceOf(bob)).isEqualTo(Presence.AWAY);
        assertThat(presence.anyoneOnline()).isFalse();
        assertThat(published).containsExactly("bob away team=false");
    }

    @Test
    void an_agent_who_is_not_on_the_team_cannot_change_a_status_and_nothing_changes() {
        presence.inboxOpened(bob);
        assertThatThrownBy(() -> presence.changeStatus(AgentId.random(), AgentStatus.AWAY))
                .isInstanceOf(AgentNotFoundException.class);
        assertThat(presence.anyoneOnline()).isTrue();
        assertThat(published).containsExactly("bob online team=true changed");
    }

    @Test
    void a_node_heard_from_at_all_is_not_taken_for_gone_though_its_word_on_its_team_comes_late() {
        presence.heardFrom("b", true, Duration.ofSeconds(7));
        presence.stillThere("c", Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline()).isTrue();

        clock.advance(Duration.ofSeconds(6));
        presence.stillThere("b", Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(1));
        presence.stillThere("b", Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(5));
        assertThat(presence.forgetSilentNodes())
                .as("b was heard from 5 s ago, and a shorter validity never cuts a longer one short")
                .isEmpty();
        assertThat(presence.anyoneOnline()).as("its last word still holds").isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(presence.forgetSilentNodes())
                .as("silent at last; c, only ever heard from, was never known")
                .containsExactly("b");
        assertThat(presence.anyoneOnline()).isFalse();
        assertThat(teamNews).containsExactly(true, false);
    }

    @Test
    void a_node_whose_word_ran_out_or_that_left_is_not_brought_back_by_being_heard_from() {
        presence.heardFrom("b", true, Duration.ofSeconds(7));
        presence.heardFrom("c", true, Duration.ofSeconds(7));
        presence.nodeLeft("c");
        presence.stillThere("c", Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(8));
        presence.stillThere("b", Duration.ofSeconds(7));

        assertThat(presence.forgetSilentNodes()).containsExactly("b");
        assertThat(presence.anyoneOnline()).isFalse();
        presence.stillThere("b", Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline()).isFalse();
        assertThat(presence.forgetSilentNodes()).isEmpty();
    }

    @Test
    void an_agent_online_on_another_node_makes_the_team_online_here_until_that_nodes_word_runs_out() {
        assertThat(presence.anyoneOnline()).isFalse();

        presence.heardFrom("b", true, Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline()).isTrue();
        assertThat(presence.anyoneOnlineHere())
                .as("what this node tells the others is its own agents only")
                .isFalse();
        presence.heardFrom("b", true, Duration.ofSeconds(7));
        assertThat(teamNews).as("told once").containsExactly(true);

        clock.advance(Duration.ofSeconds(6));
        assertThat(presence.forgetSilentNodes()).isEmpty();
        assertThat(presence.anyoneOnline()).as("the word still holds").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(presence.forgetSilentNodes()).as("taken for gone, once").containsExactly("b");
        assertThat(presence.anyoneOnline())
                .as("a node that stopped talking is taken for gone")
                .isFalse();
        assertThat(presence.forgetSilentNodes()).isEmpty();
        assertThat(teamNews).containsExactly(true, false);
        assertThat(published).isEmpty();
    }

    @Test
    void a_node_that_says_it_leaves_is_forgotten_at_once_with_its_agents_and_never_taken_for_gone() {
        presence.heardFrom("b", true, Duration.ofSeconds(7));
        presence.heardPresence("b", bob, Presence.ONLINE, Duration.ofSeconds(7));
        presence.heardFrom("c", false, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(bob)).isEqualTo(Presence.ONLINE);
        published.clear();

        presence.nodeLeft("b");

        assertThat(presence.anyoneOnline()).isFalse();
        assertThat(presence.presenceOf(bob)).isEqualTo(Presence.OFFLINE);
        assertThat(published).containsExactly("bob offline team=false changed");
        clock.advance(Duration.ofSeconds(8));
        assertThat(presence.forgetSilentNodes())
                .as("only the node that said nothing is taken for gone")
                .containsExactly("c");
    }

    @Test
    void a_node_forgotten_while_telling_of_it_fails_is_still_named_by_the_next_call() {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        PresenceService failing = new PresenceService(
                team,
                team,
                publisher,
                online -> {
                    if (!online && failOnce.compareAndSet(true, false)) {
                        throw new IllegalStateException("the inboxes could not be told");
                    }
                },
                announced::add,
                sharer,
                clock);
        failing.heardFrom("b", true, Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(8));

        assertThatThrownBy(failing::forgetSilentNodes).isInstanceOf(IllegalStateException.class);

        assertThat(failing.forgetSilentNodes()).containsExactly("b");
        assertThat(failing.forgetSilentNodes()).isEmpty();
    }

    @Test
    void at_most_the_limit_of_other_nodes_is_heard_and_a_new_one_is_heard_again_once_a_silent_one_is_forgotten() {
        for (int i = 0; i < PresenceService.MOST_NODES; i++) {
            presence.heardFrom("node-" + i, false, Duration.ofSeconds(7));
        }
        clock.advance(Duration.ofSeconds(1));
        presence.heardFrom("made-up", true, Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline()).as("one name too many is not heard").isFalse();
        presence.heardFrom("node-0", true, Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline()).as("a node already heard still is").isTrue();

        clock.advance(Duration.ofSeconds(7));
        presence.forgetSilentNodes();
        presence.heardFrom("made-up", true, Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline())
                .as("heard once the silent nodes are forgotten")
                .isTrue();
        assertThat(teamNews).containsExactly(true, false, true);
    }

    @Test
    void the_team_stays_online_while_any_node_has_someone_and_goes_offline_with_the_last() {
        presence.heardFrom("b", true, Duration.ofSeconds(7));
        presence.inboxOpened(ADA);
        assertThat(published)
                .as("online already through node b: no change of the team's availability")
                .containsExactly("ada online team=true");

        presence.heardFrom("b", false, Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline()).isTrue();
        presence.inboxClosed(ADA);
        assertThat(presence.anyoneOnline()).isFalse();
        assertThat(published).containsExactly("ada online team=true", "ada offline team=false changed");

        presence.heardFrom("c", true, Duration.ofSeconds(7));
        presence.heardFrom("c", false, Duration.ofSeconds(7));
        assertThat(teamNews).containsExactly(true, true, false);
    }

    @Test
    void a_status_chosen_through_another_node_shows_on_the_node_that_holds_the_agents_inbox() {
        List<String> publishedElsewhere = new ArrayList<>();
        PresenceService otherNode = new PresenceService(
                team,
                team,
                (agent, now, teamOnline, teamChanged) -> publishedElsewhere.add(name(agent) + " " + now.wire()),
                teamNews::add,
                announced::add,
                new SharePresencePort() {
                    @Override
                    public void presenceHere(AgentId agent, Presence here, boolean anyoneOnlineHere) {}

                    @Override
                    public void presentHere(boolean anyoneOnlineHere, Map<AgentId, Presence> present) {}
                },
                clock);
        presence.inboxOpened(bob);

        otherNode.changeStatus(bob, AgentStatus.AWAY);
        assertThat(announced).as("the other nodes are told").containsExactly(bob);
        assertThat(publishedElsewhere)
                .as("bob has no inbox on the node he chose it through")
                .isEmpty();

        presence.statusChosenElsewhere(bob);
        assertThat(presence.presenceOf(bob)).isEqualTo(Presence.AWAY);
        assertThat(presence.anyoneOnline()).isFalse();
        assertThat(published).containsExactly("bob online team=true changed", "bob away team=false changed");

        presence.statusChosenElsewhere(ADA);
        assertThat(published).as("ada has no inbox here: nothing to show").hasSize(2);
    }

    @Test
    void an_agent_present_only_on_another_node_is_shown_present_here_until_it_says_otherwise_or_its_word_runs_out() {
        presence.heardPresence("b", ADA, Presence.ONLINE, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.ONLINE);
        assertThat(presence.anyoneOnline()).isTrue();
        assertThat(presence.anyoneOnlineHere()).isFalse();
        presence.sharePresence();
        assertThat(shared).as("nothing of it is this node's to tell").containsExactly("present {}");
        shared.clear();

        presence.heardPresence("b", ADA, Presence.AWAY, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.AWAY);
        presence.heardPresence("b", ADA, Presence.OFFLINE, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.OFFLINE);

        presence.heardPresence("b", bob, Presence.ONLINE, Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(6));
        presence.heardPresence("b", bob, Presence.ONLINE, Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(6));
        presence.forgetSilentNodes();
        assertThat(presence.presenceOf(bob)).as("said again, so it still holds").isEqualTo(Presence.ONLINE);
        clock.advance(Duration.ofSeconds(2));
        presence.forgetSilentNodes();
        assertThat(presence.presenceOf(bob))
                .as("a word not said again runs out")
                .isEqualTo(Presence.OFFLINE);

        assertThat(published)
                .containsExactly(
                        "ada online team=true changed",
                        "ada away team=false changed",
                        "ada offline team=false",
                        "bob online team=true changed",
                        "bob offline team=false changed");
        assertThat(shared).as("what other nodes said is never told back").isEmpty();
    }

    @Test
    void an_agent_with_inboxes_on_two_nodes_stays_online_while_either_holds_one() {
        presence.inboxOpened(ADA);
        presence.heardPresence("b", ADA, Presence.ONLINE, Duration.ofSeconds(7));
        presence.inboxClosed(ADA);
        assertThat(presence.presenceOf(ADA))
                .as("the inbox on node b still counts")
                .isEqualTo(Presence.ONLINE);
        assertThat(presence.anyoneOnline()).isTrue();
        assertThat(shared)
                .as("the other nodes hear this node's own count")
                .containsExactly("ada online here=online", "ada offline");

        presence.inboxOpened(ADA);
        presence.heardPresence("b", ADA, Presence.OFFLINE, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA)).as("and the inbox here").isEqualTo(Presence.ONLINE);
        presence.inboxClosed(ADA);
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.OFFLINE);

        assertThat(published)
                .as("shown once online, once offline: the inboxes coming and going between nodes change nothing shown")
                .containsExactly("ada online team=true changed", "ada offline team=false changed");
        assertThat(shared)
                .containsExactly("ada online here=online", "ada offline", "ada online here=online", "ada offline");
    }

    @Test
    void an_agent_is_shown_as_present_as_the_most_present_node_has_them() {
        presence.inboxOpened(ADA);
        presence.changeStatus(ADA, AgentStatus.AWAY);
        presence.heardPresence("b", ADA, Presence.ONLINE, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.ONLINE);
        presence.heardPresence("b", ADA, Presence.AWAY, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA)).isEqualTo(Presence.AWAY);
        presence.sharePresence();
        assertThat(shared).last().isEqualTo("present {ada=away}");
    }

    @Test
    void every_check_reads_the_status_of_the_agents_with_an_inbox_here_again_and_says_who_is_present() {
        PresenceService otherNode = new PresenceService(
                team, team, (agent, now, teamOnline, teamChanged) -> {}, online -> {}, announced::add, sharer, clock);
        presence.inboxOpened(bob);
        presence.inboxOpened(ADA);
        // Bob says he is away through another node, and the news of it is lost on the way.
        otherNode.changeStatus(bob, AgentStatus.AWAY);
        assertThat(presence.presenceOf(bob)).isEqualTo(Presence.ONLINE);
        clock.advance(PresenceService.STATUS_SETTLES.plusMillis(1));
        shared.clear();
        published.clear();
        int reads = team.statusReads();

        presence.sharePresence();

        assertThat(team.statusReads() - reads)
                .as("both agents' statuses in one read")
                .isEqualTo(1);
        assertThat(presence.presenceOf(bob)).as("read again at the check").isEqualTo(Presence.AWAY);
        assertThat(published).containsExactly("bob away team=true");
        assertThat(shared)
                .as("the change first, then who is present, in that order")
                .containsExactly("bob away here=online", "present {ada=online, bob=away} here=online");

        shared.clear();
        published.clear();
        presence.sharePresence();
        assertThat(published).as("nothing changed: nothing shown").isEmpty();
        assertThat(shared).containsExactly("present {ada=online, bob=away} here=online");
    }

    @Test
    void a_check_whose_read_began_before_a_status_chosen_here_does_not_put_the_older_one_back() {
        presence.inboxOpened(bob);
        clock.advance(Duration.ofMinutes(1));
        // Bob chooses "away" here while the check's read is on its way: the read saw "available".
        team.whileStatusesAreRead(() -> presence.changeStatus(bob, AgentStatus.AWAY));
        published.clear();

        presence.sharePresence();

        assertThat(presence.presenceOf(bob)).isEqualTo(Presence.AWAY);
        assertThat(published)
                .as("the change, and no flicker back to online")
                .containsExactly("bob away team=false changed");
        published.clear();

        clock.advance(PresenceService.STATUS_SETTLES.plusMillis(1));
        presence.sharePresence();
        assertThat(presence.presenceOf(bob))
                .as("the next check reads the change")
                .isEqualTo(Presence.AWAY);
        assertThat(published).isEmpty();
    }

    @Test
    void a_node_with_nobody_here_still_says_so_at_every_check() {
        presence.sharePresence();
        assertThat(shared).containsExactly("present {}");
        assertThat(team.statusReads()).as("nobody's status to read").isZero();
    }

    @Test
    void at_most_the_limit_of_agents_on_other_nodes_is_heard_of_and_more_once_a_word_runs_out() {
        for (int i = 0; i < PresenceService.MOST_AGENTS_ELSEWHERE; i++) {
            presence.heardPresence(
                    "b", AgentId.of(new java.util.UUID(7, i).toString()), Presence.AWAY, Duration.ofSeconds(7));
        }
        presence.heardPresence("c", ADA, Presence.ONLINE, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA))
                .as("one agent too many is not heard of")
                .isEqualTo(Presence.OFFLINE);
        presence.heardPresence(
                "b", AgentId.of(new java.util.UUID(7, 0).toString()), Presence.ONLINE, Duration.ofSeconds(7));
        assertThat(presence.anyoneOnline())
                .as("an agent already heard of still is")
                .isTrue();

        presence.heardPresence(
                "b", AgentId.of(new java.util.UUID(7, 1).toString()), Presence.OFFLINE, Duration.ofSeconds(7));
        presence.heardPresence("c", ADA, Presence.ONLINE, Duration.ofSeconds(7));
        assertThat(presence.presenceOf(ADA))
                .as("heard of once another went offline")
                .isEqualTo(Presence.ONLINE);
    }
}
