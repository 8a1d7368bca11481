package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.application.cluster.port.Nudge;
import dev.parley.application.cluster.port.out.NodeNudgesPort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.note.port.in.MentionsQuery;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import dev.parley.application.team.port.in.ForgetCachedSessionsUseCase;
import dev.parley.application.team.port.in.LiveSessionsQuery;
import dev.parley.application.team.port.in.TeamElsewhereUseCase;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries this node's news to the other nodes of a cluster, and theirs to this node's connections.
 *
 * <p>What this node's connections are told after a commit (messages, tickets, profiles, settings, macros, tags,
 * notes, ended or rotated sessions, presence) and its connections' typing go out as nudges, ids only, and so does
 * whether anyone of the team is online on this node, again at every check. A nudge from
 * another node is handed to this node's connections as if the news were this node's own: each reads what changed
 * from the database. When nudges may have been missed, every inbox reads its snapshot afresh and every followed
 * conversation is brought up to the database; and every few seconds the followed conversations are checked against
 * the database anyway, for a node that died between its commit and its nudge. On one node nothing of this runs.
 */
@ApplicationScoped
class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());
    /** Session hashes in one nudge: 65 bytes each, so a nudge stays near 2 KB. */
    static final int SESSIONS_PER_NUDGE = 30;
    /** Agents named in one nudge of who is present: about 50 bytes each, so a nudge stays near 4 KB. */
    static final int AGENTS_PER_NUDGE = 80;
    /** Checks between two resyncs for nodes taken for gone. */
    static final int RESYNC_GAP_CHECKS = 15;

    private NodeNudgesPort nudges;
    private ConnectionRegistry registry;
    private RefreshSettingsUseCase settings;
    private ForgetCachedSessionsUseCase sessions;
    private LiveSessionsQuery liveSessions;
    private TeamElsewhereUseCase team;
    private MentionsQuery notes;
    private Traces traces;
    private Executor pool;
    private ScheduledExecutorService timer;
    private Duration safetyCheck;
    private final AtomicLong caughtUp = new AtomicLong();
    private ClusterResync resyncs;
    private volatile ScheduledFuture<?> checking;

    @Inject
    ClusterRelay(
            NodeNudgesPort nudges,
            ConnectionRegistry registry,
            RefreshSettingsUseCase settings,
            ForgetCachedSessionsUseCase sessions,
            LiveSessionsQuery liveSessions,
            TeamElsewhereUseCase team,
            MentionsQuery notes,
            Traces traces,
            ManagedExecutorService pool,
            ManagedScheduledExecutorService timer,
            @ConfigProperty(name = "parley.cluster.safety-check-millis", defaultValue = "2000")
                    long safetyCheckMillis) {
        this(
                nudges,
                registry,
                settings,
                sessions,
                liveSessions,
                team,
                notes,
                traces,
                (Executor) pool,
                timer,
                Duration.ofMillis(safetyCheckMillis));
    }

    ClusterRelay(
            NodeNudgesPort nudges,
            ConnectionRegistry registry,
            RefreshSettingsUseCase settings,
            ForgetCachedSessionsUseCase sessions,
            LiveSessionsQuery liveSessions,
            TeamElsewhereUseCase team,
            MentionsQuery notes,
            Traces traces,
            Executor pool,
            ScheduledExecutorService timer,
            Duration safetyCheck) {
        this.nudges = nudges;
        this.registry = registry;
        this.settings = settings;
        this.sessions = sessions;
        this.liveSessions = liveSessions;
        this.team = team;
        this.notes = notes;
        this.traces = traces;
        this.pool = pool;
        this.timer = timer;
        this.safetyCheck = safetyCheck;
        this.resyncs = new ClusterResync(
                registry,
                settings,
                this::later,
                Duration.ofMillis(checkPeriodMillis()).multipliedBy(RESYNC_GAP_CHECKS));
    }

    /** For CDI proxies only. */
    protected ClusterRelay() {}

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        start();
    }

    /** Starts relaying, when this node has others to relay to. */
    void start() {
        if (!nudges.clustered()) {
            return;
        }
        registry.relayTypingTo((conversation, frame, fromVisitor) ->
                nudges.send(new Nudge.Typing(conversation, frame.author(), frame.authorName(), fromVisitor)));
        nudges.receive(this::received, resyncs::soon);
        nudges.heardFrom(node -> team.stillThere(node, teamWordHolds()));
        long period = checkPeriodMillis();
        checking = timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = checking;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** How many times the periodic check found a followed conversation behind the database (ideally never). */
    long caughtUp() {
        return caughtUp.get();
    }

    /** One safety check: presence, conversations behind the database, sessions ended elsewhere. */
    void check() {
        List<String> gone = List.of();
        try {
            team.sharePresence();
            gone = team.forgetSilentNodes();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=cluster_presence_check_failed", failed);
        }
        resyncs.checked(gone);
        try {
            int behind = registry.catchUpFollowed(false);
            if (behind > 0) {
                caughtUp.addAndGet(behind);
                LOG.info(() -> "event=cluster_safety_check_caught_up conversations=" + behind);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=cluster_safety_check_failed", failed);
        }
        try {
            // Sessions another node ended whose news never came: their sockets close here too.
            Set<SessionTokenHash> open = registry.agentSessions();
            if (!open.isEmpty()) {
                int closed = registry.closeSessions(liveSessions.endedAmong(open));
                if (closed > 0) {
                    LOG.info(() -> "event=cluster_safety_check_closed_sessions sockets=" + closed);
                }
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=cluster_sessions_check_failed", failed);
        }
    }

    /** Hands another node's nudge to this node's connections. */
    void received(Nudge nudge) {
        if (nudge instanceof Nudge.ConversationNews news) {
            traces.delivered(
                    news.conversation(),
                    news.lastSeq(),
                    news.trace(),
                    () -> registry.onNews(new ConversationNews(news.conversation(), news.lastSeq())));
        } else if (nudge instanceof Nudge.ProfileNews news) {
            registry.onProfileNews(new ProfileNews(news.profile(), news.visitor()));
        } else if (nudge instanceof Nudge.SettingsNews news) {
            settings.refresh(news.section());
            registry.onSettingsChanged(
                    new WebSocketSettingsPublisher.SettingsChanged(news.section(), news.waitingThresholdSeconds()));
        } else if (nudge instanceof Nudge.MacrosNews) {
            registry.onMacrosChanged(new WebSocketMacrosPublisher.MacrosChanged());
        } else if (nudge instanceof Nudge.TagsNews) {
            registry.onTagsChanged(new WebSocketTagsPublisher.TagsChanged());
        } else if (nudge instanceof Nudge.NoteNews news) {
            later(() -> notes.note(news.note())
                    .ifPresent(note -> registry.onNote(new WebSocketNotePublisher.NoteAdded(note))));
        } else if (nudge instanceof Nudge.SessionsEnded ended) {
            SessionEnd reason = SessionEnd.valueOf(ended.reason());
            Set<SessionTokenHash> hashes =
                    ended.sessions().stream().map(SessionTokenHash::new).collect(Collectors.toSet());
            sessions.forgetCached(ended.agent(), hashes, reason == SessionEnd.REMOVED);
            registry.onSessionsEnded(new WebSocketAgentSessions.SessionsEnded(ended.agent(), hashes, reason));
        } else if (nudge instanceof Nudge.SessionRotated rotated) {
            SessionTokenHash from = new SessionTokenHash(rotated.from());
            sessions.forgetCached(null, List.of(from), false);
            registry.onSessionRotated(
                    new WebSocketAgentSessions.SessionRotated(from, new SessionTokenHash(rotated.to())));
        } else if (nudge instanceof Nudge.PresenceNews news) {
            team.heardPresence(news.node(), news.agent(), Presence.valueOf(news.presence()), teamWordHolds());
        } else if (nudge instanceof Nudge.NodeLeaving leaving) {
            team.nodeLeft(leaving.node());
        } else if (nudge instanceof Nudge.StatusNews news) {
            later(() -> team.statusChosenElsewhere(news.agent()));
        } else if (nudge instanceof Nudge.TeamNews news) {
            team.heardFrom(news.node(), news.anyoneOnline(), teamWordHolds());
            news.present()
                    .forEach((agent, presence) ->
                            team.heardPresence(news.node(), agent, Presence.valueOf(presence), teamWordHolds()));
        } else if (nudge instanceof Nudge.Typing typing) {
            registry.typingFromElsewhere(
                    null,
                    typing.conversation(),
                    new ServerFrames.Typing(typing.conversation().toString(), typing.author(), typing.authorName()),
                    typing.fromVisitor());
        }
    }

    /** Runs the task on the pool; whether the pool took it (not when the application stops). */
    private boolean later(Runnable task) {
        try {
            pool.execute(task);
            return true;
        } catch (RejectedExecutionException stopping) {
            LOG.log(Level.FINE, "event=cluster_relay_refused", stopping);
            return false;
        }
    }

    // ---- this node's news, once committed, to the other nodes ----

    void onNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationNews news) {
        // Observed on the committing thread, inside the span of what committed: the nudge carries its trace on.
        nudges.send(new Nudge.ConversationNews(news.conversation(), news.lastSeq(), Traces.current()));
    }

    void onProfileNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileNews news) {
        nudges.send(new Nudge.ProfileNews(news.profile(), news.visitor()));
    }

    void onSettingsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketSettingsPublisher.SettingsChanged changed) {
        nudges.send(new Nudge.SettingsNews(changed.section(), changed.waitingThresholdSeconds()));
    }

    void onMacrosChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketMacrosPublisher.MacrosChanged changed) {
        nudges.send(new Nudge.MacrosNews());
    }

    void onTagsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketTagsPublisher.TagsChanged changed) {
        nudges.send(new Nudge.TagsNews());
    }

    void onNote(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketNotePublisher.NoteAdded added) {
        nudges.send(new Nudge.NoteNews(added.note().id()));
    }

    void onSessionsEnded(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.SessionsEnded ended) {
        if (ended.reason() == SessionEnd.REMOVED) {
            // Every session of a removed agent ends: their id says it all, however many sessions they had.
            nudges.send(new Nudge.SessionsEnded(
                    ended.agent(), Set.of(), ended.reason().name()));
            return;
        }
        // A nudge stays far below the payload's limit however many sessions ended at once.
        List<String> hashes =
                ended.sessions().stream().map(SessionTokenHash::value).sorted().toList();
        for (int from = 0; from < hashes.size(); from += SESSIONS_PER_NUDGE) {
            List<String> some = hashes.subList(from, Math.min(hashes.size(), from + SESSIONS_PER_NUDGE));
            nudges.send(new Nudge.SessionsEnded(
                    ended.agent(), Set.copyOf(some), ended.reason().name()));
        }
    }

    void onSessionRotated(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.SessionRotated rotated) {
        nudges.send(
                new Nudge.SessionRotated(rotated.from().value(), rotated.to().value()));
    }

    /** Tells the others at once, in the order of this node's changes (observed as fired, under the presence's lock). */
    void onPresenceHere(@Observes WebSocketPresencePublisher.PresenceHere here) {
        nudges.send(new Nudge.PresenceNews(
                nudges.instance(), here.agent(), here.presence().name(), here.anyoneOnlineHere()));
        nudges.send(new Nudge.TeamNews(nudges.instance(), here.anyoneOnlineHere(), Map.of()));
    }

    /**
     * Says whether anyone is online here and who is present here, again, in the order of this node's changes: the
     * others take a node from which nothing at all comes for a few seconds for gone, and forget an agent it stops
     * naming. The agents go over several nudges when there are many.
     */
    void onPresentHere(@Observes WebSocketPresencePublisher.PresentHere here) {
        List<Map.Entry<AgentId, Presence>> present = List.copyOf(here.present().entrySet());
        int from = 0;
        do {
            Map<AgentId, String> some =
                    present.subList(from, Math.min(present.size(), from + AGENTS_PER_NUDGE)).stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey, agent -> agent.getValue().name()));
            nudges.send(new Nudge.TeamNews(nudges.instance(), here.anyoneOnlineHere(), some));
            from += AGENTS_PER_NUDGE;
        } while (from < present.size());
    }

    void onStatusChosen(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketPresencePublisher.StatusChosen chosen) {
        nudges.send(new Nudge.StatusNews(chosen.agent()));
    }

    /** How long another node's word on its team holds: three of its periodic checks, and a second to spare. */
    private Duration teamWordHolds() {
        return Duration.ofMillis(3 * checkPeriodMillis() + 1000);
    }

    private long checkPeriodMillis() {
        return Math.max(100, safetyCheck.toMillis());
    }
}
