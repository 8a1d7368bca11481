package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.AssistantState;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.conversation.LinksShown;
import dev.parley.domain.conversation.StoredConversation;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.VisitorId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

@Entity(name = "Conversation")
@Table(name = "conversation")
class ConversationJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "visitor_id", nullable = false)
    String visitorId;

    @Column(name = "channel", nullable = false)
    String channel;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "open_key")
    String openKey;

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    @Column(name = "started_at", nullable = false)
    LocalDateTime startedAt;

    @Column(name = "closed_at")
    LocalDateTime closedAt;

    @Column(name = "visitor_seen_seq", nullable = false)
    long visitorSeenSeq;

    @Column(name = "agent_seen_seq", nullable = false)
    long agentSeenSeq;

    @Column(name = "stage", nullable = false)
    String stage;

    /** 1 once the away message answered, until an agent writes; else 0. */
    @Column(name = "away_replied", nullable = false)
    int awayReplied;

    /** When the visitor was first shown the store's links; NULL when never (then both addresses are NULL too). */
    @Column(name = "assistant_answering", nullable = false)
    int assistantAnswering;

    @Column(name = "assistant_answered", nullable = false)
    int assistantAnswered;

    @Column(name = "assistant_unsure", nullable = false)
    int assistantUnsure;

    @Column(name = "handoff_reason")
    String handoffReason;

    @Column(name = "handoff_email_asked_for")
    String handoffEmailAskedFor;

    @Column(name = "links_shown_at")
    LocalDateTime linksShownAt;

    @Column(name = "links_shown_privacy_policy_url")
    String linksShownPrivacyPolicyUrl;

    @Column(name = "links_shown_terms_url")
    String linksShownTermsUrl;

    static String openKey(VisitorId visitor, Channel channel) {
        return visitor + ":" + channel.name();
    }

    static ConversationJpaEntity from(Conversation conversation) {
        ConversationJpaEntity entity = new ConversationJpaEntity();
        entity.id = conversation.id().toString();
        entity.visitorId = conversation.visitor().toString();
        entity.channel = conversation.channel().name();
        entity.startedAt = UtcTimes.toColumn(conversation.startedAt());
        entity.copyStateOf(conversation);
        return entity;
    }

    void copyStateOf(Conversation conversation) {
        status = conversation.status().name();
        openKey = conversation.isOpen() ? openKey(conversation.visitor(), conversation.channel()) : null;
        lastSeq = conversation.lastSeq();
        closedAt = UtcTimes.toColumn(conversation.closedAt().orElse(null));
        visitorSeenSeq = conversation.visitorSeenSeq();
        agentSeenSeq = conversation.agentSeenSeq();
        stage = conversation.stage().name();
        awayReplied = conversation.awayReplied() ? 1 : 0;
        AssistantState assistant = conversation.assistant();
        assistantAnswering = assistant.answering() ? 1 : 0;
        assistantAnswered = assistant.answered();
        assistantUnsure = assistant.unsure();
        handoffReason = assistant.handoff().map(HandoffReason::name).orElse(null);
        handoffEmailAskedFor =
                assistant.emailAskedFor().map(HandoffReason::name).orElse(null);
        Optional<LinksShown> shown = conversation.linksShown();
        linksShownAt = UtcTimes.toColumn(shown.map(LinksShown::at).orElse(null));
        linksShownPrivacyPolicyUrl =
                shown.flatMap(LinksShown::privacyPolicyUrl).map(URI::toString).orElse(null);
        linksShownTermsUrl =
                shown.flatMap(LinksShown::termsUrl).map(URI::toString).orElse(null);
    }

    Conversation toDomain() {
        return Conversation.reconstitute(new StoredConversation(
                new ConversationId(UUID.fromString(id)),
                VisitorId.of(visitorId),
                Channel.valueOf(channel),
                UtcTimes.fromColumn(startedAt),
                ConversationStatus.valueOf(status),
                lastSeq,
                UtcTimes.fromColumn(closedAt),
                visitorSeenSeq,
                agentSeenSeq,
                live(),
                awayReplied == 1,
                linksShown(),
                new AssistantState(
                        assistantAnswering == 1,
                        assistantAnswered,
                        assistantUnsure,
                        Optional.ofNullable(handoffReason).map(HandoffReason::valueOf),
                        Optional.ofNullable(handoffEmailAskedFor).map(HandoffReason::valueOf))));
    }

    /** Whether the team is in the conversation: not while the visitor browses or the AI agent answers. */
    private boolean live() {
        if (ConversationStage.CLOSED.name().equals(stage)) {
            return assistantAnswering == 0;
        }
        return ConversationStage.LIVE.name().equals(stage);
    }

    private Optional<LinksShown> linksShown() {
        if (linksShownAt == null) {
            return Optional.empty();
        }
        return Optional.of(new LinksShown(
                UtcTimes.fromColumn(linksShownAt),
                Optional.ofNullable(linksShownPrivacyPolicyUrl).map(URI::create),
                Optional.ofNullable(linksShownTermsUrl).map(URI::create)));
    }
}
