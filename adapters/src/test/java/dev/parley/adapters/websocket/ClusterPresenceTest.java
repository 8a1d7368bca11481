package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import dev.parley.application.team.port.in.TeamElsewhereUseCase;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Who is present, between the nodes of a cluster: what a node says of its own agents, and hears of the others'. */
class ClusterPresenceTest {

    private final SentNudges toOtherNodes = new SentNudges();
    private final List<Nudge> sent = toOtherNodes.nudges;
    private final Team team = new Team();
    private final ClusterRelay relay = new ClusterRelay(
            toOtherNodes, null, null, null, null, team, null, null, Runnable::run, null, Duration.ofSeconds(2));

    @Test
    void a_node_names_every_agent_present_on_it_again_eighty_to_a_nudge() {
        Map<AgentId, Presence> present = new HashMap<>();
        for (int i = 0; i < 2 * ClusterRelay.AGENTS_PER_NUDGE + 10; i++) {
            present.put(AgentId.of(new UUID(1, i).toString()), i % 2 == 0 ? Presence.ONLINE : Presence.AWAY);
        }
        relay.onPresentHere(new WebSocketPresencePublisher.PresentHere(true, present));

        assertThat(sent).hasSize(3).allSatisfy(nudge -> assertThat(nudge).isInstanceOf(Nudge.TeamNews.class));
        Map<AgentId, String> named = new HashMap<>();
        for (Nudge nudge : sent) {
            Nudge.TeamNews news = (Nudge.TeamNews) nudge;
            assertThat(news.node()).isEqualTo("a#1");
            assertThat(news.anyoneOnline()).isTrue();
            assertThat(news.present()).hasSizeLessThanOrEqualTo(ClusterRelay.AGENTS_PER_NUDGE);
            named.putAll(news.present());
        }
        Map<AgentId, String> expected = new HashMap<>();
        present.forEach((agent, presence) -> expected.put(agent, presence.name()));
        assertThat(named).isEqualTo(expected);
    }

    @Test
    void a_node_with_nobody_present_still_says_so_for_the_others_not_to_take_it_for_gone() {
        relay.onPresentHere(new WebSocketPresencePublisher.PresentHere(false, Map.of()));

        assertThat(sent).containsExactly(new Nudge.TeamNews("a#1", false, Map.of()));
    }

    @Test
    void what_another_node_says_of_its_agents_is_heard_with_that_nodes_name() {
        AgentId ada = AgentId.of(new UUID(2, 1).toString());
        AgentId bob = AgentId.of(new UUID(2, 2).toString());

        relay.received(new Nudge.PresenceNews("b#2", ada, "AWAY", false));
        relay.received(new Nudge.TeamNews("c#3", true, Map.of(bob, "ONLINE")));

        relay.received(new Nudge.NodeLeaving("c#3"));

        assertThat(team.heard)
                .containsExactly("b#2 " + ada + " AWAY", "c#3 online", "c#3 " + bob + " ONLINE", "left c#3");
        assertThat(sent).as("nothing heard is told back").isEmpty();
    }

    @Test
    void a_change_of_an_agents_presence_here_goes_to_the_others_with_whether_anyone_is_online_here() {
        AgentId ada = AgentId.of(new UUID(3, 1).toString());

        relay.onPresenceHere(new WebSocketPresencePublisher.PresenceHere(ada, Presence.ONLINE, true));

        assertThat(sent)
                .as("named by this start of the node, which its next start is not")
                .containsExactly(
                        new Nudge.PresenceNews("a#1", ada, "ONLINE", true), new Nudge.TeamNews("a#1", true, Map.of()));
    }

    @Test
    void a_node_taken_for_gone_has_every_inbox_and_followed_conversation_read_afresh_and_every_setting() {
        ConnectionRegistry registry =
                Connections.registry(100, new Connections.History(), new Connections.Inbox().query());
        AtomicInteger refreshed = new AtomicInteger();
        ClusterRelay checking = checking(registry, refreshed, Duration.ofSeconds(2));
        Connection inbox = registry.open(new FakeSocket().session, Connection.Side.AGENT, Optional.empty());
        AtomicInteger snapshots = new AtomicInteger();
        inbox.resyncWith(snapshots::incrementAndGet);

        checking.check();
        assertThat(snapshots.get())
                .as("every node still talks: nothing is read again")
                .isZero();
        assertThat(refreshed.get()).isZero();

        // Node b died: a ticket's status it committed may never have been told.
        team.silent.add("b#2");
        checking.check();
        assertThat(snapshots.get()).isEqualTo(1);
        assertThat(refreshed.get()).isEqualTo(1);

        checking.check();
        assertThat(snapshots.get()).as("once per node gone").isEqualTo(1);
        assertThat(team.heard).containsExactly("share", "forget", "share", "forget", "share", "forget");
    }

    @Test
    void nodes_gone_one_after_another_are_read_afresh_for_once_per_gap_and_a_stopping_node_reads_nothing()
            throws InterruptedException {
        ConnectionRegistry registry =
                Connections.registry(100, new Connections.History(), new Connections.Inbox().query());
        AtomicInteger refreshed = new AtomicInteger();
        ClusterRelay checking = checking(registry, refreshed, Duration.ofMillis(100));

        team.silent.add("b#2");
        checking.check();
        team.silent.add("c#3");
        checking.check();
        assertThat(refreshed.get())
                .as("the second is owed until the gap has passed")
                .isEqualTo(1);
        Thread.sleep(100 * ClusterRelay.RESYNC_GAP_CHECKS + 50);
        checking.check();
        assertThat(refreshed.get()).isEqualTo(2);
        checking.check();
        assertThat(refreshed.get()).as("nothing more owed").isEqualTo(2);

        registry.shutdown();
        Thread.sleep(100 * ClusterRelay.RESYNC_GAP_CHECKS + 50);
        team.silent.add("d#4");
        checking.check();
        assertThat(refreshed.get()).as("a node that stops reads nothing afresh").isEqualTo(2);
    }

    @Test
    void a_resync_the_pool_refused_does_not_keep_the_next_ones_from_running() throws InterruptedException {
        ConnectionRegistry registry =
                Connections.registry(100, new Connections.History(), new Connections.Inbox().query());
        AtomicInteger refreshed = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger(1);
        ClusterRelay checking = checking(registry, refreshed, Duration.ofMillis(100), task -> {
            if (refusals.getAndDecrement() > 0) {
                throw new RejectedExecutionException("busy");
            }
            task.run();
        });

        team.silent.add("b#2");
        checking.check();
        assertThat(refreshed.get()).isZero();

        Thread.sleep(100 * ClusterRelay.RESYNC_GAP_CHECKS + 50);
        team.silent.add("c#3");
        checking.check();
        assertThat(refreshed.get()).isEqualTo(1);
    }

    @Test
    void anything_another_node_sends_keeps_its_word_on_its_team_for_as_long_as_the_word_itself() {
        ConnectionRegistry registry =
                Connections.registry(100, new Connections.History(), new Connections.Inbox().query());
        ClusterRelay started = new ClusterRelay(
                toOtherNodes,
                registry,
                null,
                null,
                null,
                team,
                null,
                null,
                Runnable::run,
                Connections.stillTimer(),
                Duration.ofSeconds(2));
        started.start();

        started.received(new Nudge.TeamNews("b#2", true, Map.of()));
        toOtherNodes.heardFrom.accept("b#2");

        assertThat(team.heard).containsExactly("b#2 online", "still there b#2 for 7 s");
    }

    /** A relay whose checks run when called, counting how often every settings section is read again. */
    private ClusterRelay checking(ConnectionRegistry registry, AtomicInteger refreshed, Duration period) {
        return checking(registry, refreshed, period, Runnable::run);
    }

    private ClusterRelay checking(
            ConnectionRegistry registry, AtomicInteger refreshed, Duration period, Executor pool) {
        RefreshSettingsUseCase settings = new RefreshSettingsUseCase() {
            @Override
            public void refresh(String section) {
                throw new AssertionError("every section is read again, not one");
            }

            @Override
            public void refreshAll() {
                refreshed.incrementAndGet();
            }
        };
        return new ClusterRelay(toOtherNodes, registry, settings, null, null, team, null, null, pool, null, period);
    }

    /** The team's presence as this node knows it, and what it heard from the others. */
    private static final class Team implements TeamElsewhereUseCase {

        final List<String> heard = new ArrayList<>();
        /** The nodes the next check takes for gone. */
        final List<String> silent = new ArrayList<>();

        @Override
        public boolean anyoneOnlineHere() {
            return false;
        }

        @Override
        public void sharePresence() {
            heard.add("share");
        }

        @Override
        public void heardPresence(String node, AgentId agent, Presence presence, Duration validFor) {
            assertThat(validFor).isEqualTo(Duration.ofSeconds(7));
            heard.add(node + " " + agent + " " + presence);
        }

        /** How long the last word on a node's team was to hold. */
        Duration teamWordHolds;

        @Override
        public void heardFrom(String node, boolean anyoneOnline, Duration validFor) {
            teamWordHolds = validFor;
            heard.add(node + (anyoneOnline ? " online" : " offline"));
        }

        @Override
        public void stillThere(String node, Duration validFor) {
            assertThat(validFor).as("as long as the word on the team").isEqualTo(teamWordHolds);
            heard.add("still there " + node + " for " + validFor.toSeconds() + " s");
        }

        @Override
        public void statusChosenElsewhere(AgentId agent) {
            heard.add("status " + agent);
        }

        @Override
        public void nodeLeft(String node) {
            heard.add("left " + node);
        }

        @Override
        public List<String> forgetSilentNodes() {
            heard.add("forget");
            List<String> gone = List.copyOf(silent);
            silent.clear();
            return gone;
        }
    }
}
