package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.CitationView;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.HoldConversationUseCase;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.team.port.in.AgentNamesQuery;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Citation;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads conversations back as clients show them, and holds one while the helpdesk changes its ticket. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ConversationHistoryService implements ConversationHistoryQuery, HoldConversationUseCase {

    /** The name agents' and visitors' clients show for messages Parley posts itself. */
    static final String SYSTEM_AUTHOR_NAME = "Parley";
    /** The name clients show for the AI agent's answers. */
    static final String BOT_AUTHOR_NAME = "Assistant";

    private LoadConversationPort conversations;
    private LoadMessagesPort messages;
    private AgentNamesQuery agents;

    @Inject
    public ConversationHistoryService(
            LoadConversationPort conversations, LoadMessagesPort messages, AgentNamesQuery agents) {
        this.conversations = conversations;
        this.messages = messages;
        this.agents = agents;
    }

    /** For CDI proxies only. */
    protected ConversationHistoryService() {}

    @Override
    public Optional<ConversationView> visitorConversation(VisitorId visitor, Optional<ConversationId> named) {
        if (named.isPresent()) {
            return Optional.of(Posting.view(conversations
                    .find(named.get())
                    .filter(conversation -> conversation.belongsTo(visitor))
                    .orElseThrow(() -> new ConversationNotFoundException(named.get()))));
        }
        return conversations.findOpenForUpdate(visitor, Channel.CHAT).map(Posting::view);
    }

    /** A plain read, like {@link #conversation}. */
    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public Map<ConversationId, Long> lastSeqs(Collection<ConversationId> ids) {
        return ids.isEmpty() ? Map.of() : conversations.lastSeqs(ids);
    }

    /** A plain read: joins the caller's transaction, and starts none (no BEGIN and COMMIT for each piece of news). */
    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public ConversationView conversation(ConversationId id) {
        return conversations.find(id).map(Posting::view).orElseThrow(() -> new ConversationNotFoundException(id));
    }

    @Override
    public ConversationView hold(ConversationId id) {
        return Posting.view(Posting.forUpdate(conversations, id));
    }

    /** A plain read: joins the caller's transaction, and starts none (no BEGIN and COMMIT for each piece of news). */
    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public List<MessageView> messagesAfter(ConversationId conversation, long afterSeq, int limit) {
        List<Message> page =
                messages.after(conversation, Math.max(0, afterSeq), Math.max(1, Math.min(limit, MAX_PAGE)));
        Set<AgentId> authors = page.stream()
                .flatMap(message -> message.author().agent().stream())
                .collect(Collectors.toSet());
        Map<AgentId, String> names = authors.isEmpty() ? Map.of() : agents.displayNames(authors);
        return page.stream()
                .map(message -> new MessageView(
                        message.conversationId(),
                        message.seq(),
                        message.clientMessageId().map(ClientMessageId::value),
                        message.author().kind(),
                        switch (message.author().kind()) {
                            case VISITOR -> Optional.<String>empty();
                            case AGENT ->
                                Optional.of(names.getOrDefault(
                                        message.author().agent().orElseThrow(), "Agent"));
                            case SYSTEM -> Optional.of(SYSTEM_AUTHOR_NAME);
                            case BOT -> Optional.of(BOT_AUTHOR_NAME);
                        },
                        message.text().map(MessageText::value),
                        message.image(),
                        message.sentAt(),
                        message.event(),
                        message.citations().stream()
                                .map(citation -> new CitationView(
                                        citation.kind() == Citation.Kind.CHOICE, citation.title(), citation.link()))
                                .toList()))
                .toList();
    }
}
