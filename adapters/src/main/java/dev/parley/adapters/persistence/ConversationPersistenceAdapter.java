package dev.parley.adapters.persistence;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.FindAssistedConversationsPort;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.conversation.port.out.WaitingHandoffsPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores conversations and their messages through JPA (a driven adapter). */
@ApplicationScoped
class ConversationPersistenceAdapter
        implements LoadConversationPort,
                SaveConversationPort,
                LoadMessagesPort,
                AppendMessagePort,
                FindAssistedConversationsPort,
                WaitingHandoffsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<ConversationId> waitingForHandoffEmail(int limit) {
        return em
                .createQuery(
                        "SELECT c.id FROM Conversation c WHERE c.stage = :waiting ORDER BY c.startedAt, c.id",
                        String.class)
                .setParameter("waiting", ConversationStage.HANDOFF_EMAIL.name())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ConversationId::parse)
                .toList();
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(em.find(ConversationJpaEntity.class, id.toString()))
                .map(ConversationJpaEntity::toDomain);
    }

    /** One query for up to {@link IdLists#MOST} conversations. */
    @Override
    public Map<ConversationId, Long> lastSeqs(Collection<ConversationId> ids) {
        Map<ConversationId, Long> found = new HashMap<>();
        for (List<String> named : IdLists.of(ids)) {
            em.createQuery("SELECT c.id, c.lastSeq FROM Conversation c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", named)
                    .getResultStream()
                    .forEach(row -> found.put(ConversationId.parse((String) row[0]), ((Number) row[1]).longValue()));
        }
        return found;
    }

    @Override
    @WithSpan(value = "conversation lock", kind = SpanKind.CLIENT)
    public Optional<Conversation> findForUpdate(ConversationId id) {
        return Optional.ofNullable(em.find(ConversationJpaEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(ConversationJpaEntity::toDomain);
    }

    @Override
    public List<Conversation> resolvedByAssistant(int limit) {
        return em.createQuery(
                        "SELECT c FROM Conversation c WHERE c.assistantAnswered > 0 AND c.handoffReason IS NULL"
                                + " ORDER BY c.startedAt DESC, c.id DESC",
                        ConversationJpaEntity.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(ConversationJpaEntity::toDomain)
                .toList();
    }

    @Override
    @WithSpan(value = "visitor lock", kind = SpanKind.CLIENT)
    public void lockVisitor(VisitorId visitor) {
        em.find(VisitorJpaEntity.class, visitor.toString(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    @WithSpan(value = "conversation lock", kind = SpanKind.CLIENT)
    public Optional<Conversation> findOpenForUpdate(VisitorId visitor, Channel channel) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.openKey = :key", ConversationJpaEntity.class)
                .setParameter("key", ConversationJpaEntity.openKey(visitor, channel))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(ConversationJpaEntity::toDomain);
    }

    @Override
    public void create(Conversation conversation) {
        em.persist(ConversationJpaEntity.from(conversation));
        // Flush now, so that a second open conversation of the visitor fails here, on the unique open key.
        em.flush();
    }

    @Override
    public void update(Conversation conversation) {
        ConversationJpaEntity entity =
                em.find(ConversationJpaEntity.class, conversation.id().toString());
        entity.copyStateOf(conversation);
    }

    @Override
    public List<Message> after(ConversationId conversation, long afterSeq, int limit) {
        return messages(em.createQuery(
                        "SELECT m FROM Message m WHERE m.conversationId = :conversation AND m.seq > :after"
                                + " ORDER BY m.seq",
                        MessageJpaEntity.class)
                .setParameter("conversation", conversation.toString())
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public Optional<Message> findSentByVisitor(VisitorId visitor, ClientMessageId clientMessageId) {
        return messages(em.createQuery(
                                "SELECT m FROM Message m, Conversation c WHERE c.id = m.conversationId"
                                        + " AND c.visitorId = :visitor AND m.clientMessageId = :clientMessageId"
                                        + " AND m.authorKind = 'VISITOR'",
                                MessageJpaEntity.class)
                        .setParameter("visitor", visitor.toString())
                        .setParameter("clientMessageId", clientMessageId.value())
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Message> findSentByAgent(
            ConversationId conversation, AgentId agent, ClientMessageId clientMessageId) {
        return messages(em.createQuery(
                                "SELECT m FROM Message m WHERE m.conversationId = :conversation"
                                        + " AND m.sender = :sender AND m.clientMessageId = :clientMessageId",
                                MessageJpaEntity.class)
                        .setParameter("conversation", conversation.toString())
                        .setParameter("sender", MessageJpaEntity.senderOf(Author.agent(agent)))
                        .setParameter("clientMessageId", clientMessageId.value())
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public void append(Message message) {
        em.persist(MessageJpaEntity.from(message));
    }

    /** The messages of some rows, with the kinds of the images they show (read in one query). */
    private List<Message> messages(List<MessageJpaEntity> rows) {
        List<String> imageIds = rows.stream()
                .map(row -> row.imageId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, ImageType> imageTypes = imageIds.isEmpty()
                ? Map.of()
                : em.createQuery("SELECT u.id, u.contentType FROM Upload u WHERE u.id IN :ids", Object[].class)
                        .setParameter("ids", imageIds)
                        .getResultStream()
                        .collect(Collectors.toMap(
                                row -> (String) row[0],
                                row -> ImageType.ofMediaType((String) row[1]).orElseThrow()));
        return rows.stream().map(row -> row.toDomain(imageTypes)).toList();
    }
}
