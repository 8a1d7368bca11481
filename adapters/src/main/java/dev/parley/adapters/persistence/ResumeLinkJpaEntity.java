package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ResumeLink;
import dev.parley.domain.shared.VisitorId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

@Entity(name = "ResumeLink")
@Table(name = "resume_link")
class ResumeLinkJpaEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "conversation_id", nullable = false)
    String conversationId;

    @Column(name = "visitor_id", nullable = false)
    String visitorId;

    @Column(name = "expires_at", nullable = false)
    LocalDateTime expiresAt;

    static ResumeLinkJpaEntity from(ResumeLink link) {
        ResumeLinkJpaEntity row = new ResumeLinkJpaEntity();
        row.tokenHash = link.tokenHash();
        row.conversationId = link.conversation().toString();
        row.visitorId = link.visitor().toString();
        row.expiresAt = UtcTimes.toColumn(link.expiresAt());
        return row;
    }

    ResumeLink toDomain() {
        return new ResumeLink(
                tokenHash,
                new ConversationId(UUID.fromString(conversationId)),
                VisitorId.of(visitorId),
                UtcTimes.fromColumn(expiresAt));
    }
}
