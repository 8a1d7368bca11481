package dev.parley.application.handoff;

import dev.parley.application.conversation.port.in.HelpdeskHandoffUseCase;
import dev.parley.application.conversation.port.in.TranscriptQuery;
import dev.parley.application.conversation.port.in.TranscriptQuery.TranscriptLine;
import dev.parley.application.handoff.port.in.HandoffPolicy;
import dev.parley.application.handoff.port.in.QueueHandoffUseCase;
import dev.parley.application.handoff.port.out.ExternalHandoffsPort;
import dev.parley.application.handoff.port.out.HelpdeskConnectionsPort;
import dev.parley.application.handoff.port.out.HelpdeskCredentials;
import dev.parley.application.profile.port.in.HandoffProfileQuery;
import dev.parley.application.profile.port.in.HandoffProfileQuery.HandoffProfile;
import dev.parley.application.shared.port.out.AlertAdminsPort;
import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.handoff.ExternalHandoff;
import dev.parley.domain.handoff.HandoffId;
import dev.parley.domain.handoff.HandoffPacket;
import dev.parley.domain.handoff.HandoffStatus;
import dev.parley.domain.handoff.HelpdeskConnection;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The handoff outbox's transactions: a handoff queued with the conversation's change, claimed for one attempt, and
 * its outcome; a handoff given up falls back to a ticket in Parley's inbox in the same transaction.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class HandoffOutbox implements QueueHandoffUseCase {

    private static final Logger LOG = Logger.getLogger(HandoffOutbox.class.getName());

    private ExternalHandoffsPort handoffs;
    private HelpdeskConnectionsPort connections;
    private SecretsPort secrets;
    private TranscriptQuery transcripts;
    private HelpdeskHandoffUseCase conversations;
    private HandoffPolicy policy;
    private AlertAdminsPort alerts;
    private HandoffProfileQuery profiles;
    private Clock clock;

    @Inject
    public HandoffOutbox(
            ExternalHandoffsPort handoffs,
            HelpdeskConnectionsPort connections,
            SecretsPort secrets,
            TranscriptQuery transcripts,
            HelpdeskHandoffUseCase conversations,
            HandoffPolicy policy,
            AlertAdminsPort alerts,
            HandoffProfileQuery profiles,
            Clock clock) {
        this.profiles = profiles;
        this.alerts = alerts;
        this.handoffs = handoffs;
        this.connections = connections;
        this.secrets = secrets;
        this.transcripts = transcripts;
        this.conversations = conversations;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected HandoffOutbox() {}

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language) {
        if (handoffs.findByConversation(conversation).isPresent()) {
            return;
        }
        handoffs.create(
                ExternalHandoff.start(conversation, visitor, helpdesk, email, reason, language, clock.instant()));
    }

    /** The handoffs due now. */
    public List<HandoffId> due(int limit) {
        return handoffs.due(clock.instant(), limit);
    }

    /**
     * Claims the handoff for one attempt, with what the attempt needs; empty when it is not due (any more). A
     * helpdesk disconnected meanwhile, or a secret that no key opens, gives the handoff up at once.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public Optional<HandoffAttempt> claim(HandoffId id) {
        Instant now = clock.instant();
        Optional<ExternalHandoff> found = handoffs.findForUpdate(id).filter(handoff -> handoff.isDueAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ExternalHandoff handoff = found.get();
        if (handoff.attempts() >= policy.retries().maxAttempts()) {
            // Every attempt was claimed, and the last one never recorded its outcome (its node stopped).
            giveUp(handoff, handoff.lastError().orElse("no attempt left"), now);
            return Optional.empty();
        }
        handoff.claim(now, policy.claimLease());
        Optional<HelpdeskConnection> connection = connections.find(handoff.helpdesk());
        if (connection.isEmpty()) {
            giveUp(handoff, handoff.helpdesk().displayName() + " was disconnected", now);
            return Optional.empty();
        }
        HelpdeskCredentials credentials;
        try {
            HelpdeskConnection connected = connection.get();
            credentials = new HelpdeskCredentials(
                    connected.helpdesk(),
                    connected.account().value(),
                    connected.login(),
                    secrets.open(connected.secret(), connected.secretContext()));
        } catch (RuntimeException unopened) {
            // No configured key opens it (or it is not a sealed secret at all): no attempt can succeed.
            giveUp(
                    handoff,
                    "the stored secret cannot be opened (" + unopened.getClass().getSimpleName() + ")",
                    now);
            return Optional.empty();
        }
        handoffs.update(handoff);
        List<TranscriptLine> lines = transcripts.transcript(handoff.conversation());
        String question = lines.stream()
                .filter(TranscriptLine::visitor)
                .map(TranscriptLine::text)
                .findFirst()
                .orElse("");
        Optional<HandoffProfile> profile = profiles.handoffProfile(handoff.visitor(), HandoffPacket.MAX_EVENTS);
        HandoffPacket packet = new HandoffPacket(
                handoff.id(),
                handoff.email(),
                profile.flatMap(HandoffProfile::name),
                question,
                handoff.reason(),
                lines.stream()
                        .map(line -> new HandoffPacket.Line(line.who(), line.at(), line.text()))
                        .toList(),
                profile.map(HandoffProfile::recentEvents).orElse(List.of()),
                policy.inboxUrl());
        return Optional.of(new HandoffAttempt(handoff.id(), handoff.attempts(), credentials, packet));
    }

    /** The helpdesk made the ticket. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public void delivered(HandoffAttempt attempt, String ticketId, Optional<String> ticketUrl) {
        current(attempt).ifPresent(handoff -> {
            handoff.delivered(ticketId, ticketUrl, clock.instant());
            handoffs.update(handoff);
            long took = Duration.between(handoff.createdAt(), clock.instant()).toMillis();
            LOG.info(() -> "event=handoff_delivered handoff=" + handoff.id() + " helpdesk="
                    + handoff.helpdesk().code() + " ticket=" + ticketId + " attempts=" + handoff.attempts() + " tookMs="
                    + took);
        });
    }

    /** The attempt failed: tried again later, or given up and fallen back to the inbox. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public void failed(HandoffAttempt attempt, boolean retryable, Optional<Duration> retryAfter, String why) {
        current(attempt).ifPresent(handoff -> {
            Instant now = clock.instant();
            boolean givenUp = handoff.failed(retryable, retryAfter, why, now, policy.retries());
            handoffs.update(handoff);
            if (givenUp) {
                fallBack(handoff);
            } else {
                LOG.warning(() -> "event=handoff_retry handoff=" + handoff.id() + " helpdesk="
                        + handoff.helpdesk().code() + " attempt=" + handoff.attempts() + " next="
                        + handoff.nextAttemptAt() + " why=\"" + why + "\"");
            }
        });
    }

    /**
     * The handoff, locked, if this attempt is still its latest and it still waits: an attempt that outlived its lease
     * (another worker claimed the handoff again meanwhile) records nothing.
     */
    private Optional<ExternalHandoff> current(HandoffAttempt attempt) {
        Optional<ExternalHandoff> found = handoffs.findForUpdate(attempt.id())
                .filter(handoff ->
                        handoff.status() == HandoffStatus.PENDING && handoff.attempts() == attempt.attempt());
        if (found.isEmpty()) {
            LOG.warning(() -> "event=handoff_outcome_ignored handoff=" + attempt.id() + " attempt=" + attempt.attempt()
                    + " reason=superseded");
        }
        return found;
    }

    private void giveUp(ExternalHandoff handoff, String why, Instant now) {
        handoff.failed(false, Optional.empty(), why, now, policy.retries());
        handoffs.update(handoff);
        fallBack(handoff);
    }

    private void fallBack(ExternalHandoff handoff) {
        LOG.warning(() -> "event=handoff_fell_back handoff=" + handoff.id() + " helpdesk="
                + handoff.helpdesk().code() + " attempts=" + handoff.attempts() + " why=\""
                + handoff.lastError().orElse("") + "\"");
        conversations.fallBackToInbox(handoff.conversation(), handoff.email());
        alerts.handoffFellBack(
                handoff.helpdesk().displayName(), handoff.lastError().orElse("unknown"));
    }

    /**
     * One claimed attempt.
     *
     * @param attempt which attempt this is, from 1
     */
    public record HandoffAttempt(HandoffId id, int attempt, HelpdeskCredentials credentials, HandoffPacket packet) {}
}
