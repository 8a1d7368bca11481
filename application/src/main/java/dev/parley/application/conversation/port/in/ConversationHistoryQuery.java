package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Driven by the transports to (re)send what a client lacks, always read from the database. */
public interface ConversationHistoryQuery {

    /** The most messages one call returns; callers page on with the last sequence number they got. */
    int MAX_PAGE = 200;

    /**
     * The visitor's conversation: the one named, which must be theirs, or else their open one.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when the named conversation does not
     *     exist or is not the visitor's
     */
    Optional<ConversationView> visitorConversation(VisitorId visitor, Optional<ConversationId> named);

    /**
     * A conversation as an agent sees it.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when there is no such conversation
     */
    ConversationView conversation(ConversationId id);

    /**
     * How far each of these conversations has gone: its last sequence number, read together for all of them. A
     * conversation that does not exist is left out.
     */
    Map<ConversationId, Long> lastSeqs(Collection<ConversationId> ids);

    /** The messages of a conversation after {@code afterSeq}, in order, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    List<MessageView> messagesAfter(ConversationId conversation, long afterSeq, int limit);
}
