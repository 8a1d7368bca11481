package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.limits.Admissions;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conversation context on in-memory fakes, as its use cases are wired in production: the visitor's messages, the
 * agents' replies, endings, read receipts and the history, all over the same conversations, activity and news.
 */
abstract class ConversationFixture {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final InMemoryConversations conversations = new InMemoryConversations();

    final RecordedActivity activity = new RecordedActivity();

    final List<ConversationNews> published = new ArrayList<>();

    final AgentId ada = AgentId.random();

    final LoadAgentPort agents = new LoadAgentPort() {
        @Override
        public Optional<Agent> findById(AgentId id) {
            return Optional.empty();
        }

        @Override
        public Optional<Agent> findByEmail(EmailAddress email) {
            return Optional.empty();
        }

        @Override
        public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
            return ids.contains(ada) ? Map.of(ada, "Ada") : Map.of();
        }

        @Override
        public long countForAdding() {
            return 1;
        }
    };

    final ConversationService service = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            activity,
            SettingsFakes.behaviour(
                    BehaviourSettings.defaults().withWelcomeMessage(new WelcomeMessage("How can we help you today?"))),
            SettingsFakes.ALWAYS_OPEN,
            published::add,
            Clock.fixed(NOW, ZoneOffset.UTC),
            Admissions.unlimited(),
            WritingLimits.generous(),
            new InMemoryUploads(conversations),
            MessageTextPolicy.storable());

    final AgentReplyService replies = replies(MessageTextPolicy.storable());

    final ConversationEndingService endings = new ConversationEndingService(
            conversations, conversations, conversations, activity, published::add, Clock.fixed(NOW, ZoneOffset.UTC));

    final ReadReceiptService receipts = new ReadReceiptService(conversations, conversations, published::add);

    final ConversationHistoryService history =
            new ConversationHistoryService(conversations, conversations, agents::displayNames);

    final VisitorId visitor = VisitorId.random();

    AgentReplyService replies(MessageTextPolicy textPolicy) {
        return new AgentReplyService(
                conversations,
                conversations,
                conversations,
                conversations,
                activity,
                published::add,
                Clock.fixed(NOW, ZoneOffset.UTC),
                new InMemoryUploads(conversations),
                textPolicy);
    }

    SendVisitorMessageCommand visitorSays(String clientMessageId, String text) {
        return new SendVisitorMessageCommand(
                visitor, "203.0.113.7", Optional.empty(), new ClientMessageId(clientMessageId), new MessageText(text));
    }
}
