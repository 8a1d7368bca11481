package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.HelpdeskHandoffPort;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.limits.Admissions;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.HandoffEmailPendingException;
import dev.parley.domain.conversation.HandoffNotWaitingException;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AI agent's handoff to the store's external helpdesk, from the conversation's side. */
class HelpdeskHandoffTest extends ConversationFixture {

    private final Bridge bridge = new Bridge();
    private final HelpdeskHandoffs routes = new HelpdeskHandoffs(bridge);
    private final AssistantBehaviour toZendesk = new AssistantBehaviour(
            true,
            Optional.empty(),
            Optional.empty(),
            8,
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of(Helpdesk.ZENDESK));

    private final MovableClock clock = new MovableClock(NOW);

    private List<ConversationId> conversationsWaiting() {
        return conversations.conversations().stream()
                .filter(conversation -> conversation.stage() == ConversationStage.HANDOFF_EMAIL)
                .map(conversation -> conversation.id())
                .toList();
    }

    private final ConversationService chats = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            activity,
            SettingsFakes.behaviour(BehaviourSettings.defaults().withWelcomeMessage(new WelcomeMessage("Hi!"))),
            SettingsFakes.ALWAYS_OPEN,
            published::add,
            Clock.fixed(NOW, ZoneOffset.UTC),
            Admissions.unlimited(),
            WritingLimits.generous(),
            new InMemoryUploads(conversations),
            MessageTextPolicy.storable(),
            () -> toZendesk,
            (conversation, seq, language) -> {});

    private final HelpdeskHandoffService handoffs = new HelpdeskHandoffService(
            conversations,
            conversations,
            conversations,
            conversations,
            activity,
            published::add,
            SettingsFakes.behaviour(BehaviourSettings.defaults().withWelcomeMessage(new WelcomeMessage("Hi!"))),
            SettingsFakes.ALWAYS_OPEN,
            () -> toZendesk,
            routes,
            limit -> conversationsWaiting(),
            clock);

    {
        chats.routeToHelpdesks(routes);
    }

    private ConversationId askedForAPerson() {
        ConversationId id =
                chats.send(visitorSays("q1", "Where is order 1042?")).conversation();
        chats.goLive(new GoLiveCommand(visitor, id, false, Optional.of("en")));
        return id;
    }

    @Test
    void a_visitor_parley_has_an_address_for_goes_to_the_helpdesk_at_once_and_the_chat_ends() {
        bridge.known = Optional.of("anna@example.com");

        ConversationId id = askedForAPerson();

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.CLOSED);
        assertThat(conversations.after(id, 0, 10))
                .extracting(Message::event)
                .containsExactly(
                        Optional.empty(),
                        Optional.of(ConversationEvent.HANDOFF_VISITOR_ASKED),
                        Optional.of(ConversationEvent.PASSED_TO_HELPDESK),
                        Optional.of(ConversationEvent.ENDED_AFTER_HANDOFF));
        assertThat(bridge.queued).containsExactly(id + " ZENDESK anna@example.com VISITOR_ASKED");
        assertThat(activity.all()).singleElement().isInstanceOf(ConversationEnded.class);
    }

    @Test
    void an_anonymous_visitor_is_asked_a_bad_address_changes_nothing_and_a_good_one_hands_off() {
        ConversationId id = askedForAPerson();
        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.HANDOFF_EMAIL);
        assertThat(conversations.after(id, 0, 10).get(1).event()).contains(ConversationEvent.HANDOFF_EMAIL_ASKED);
        assertThatThrownBy(() -> chats.send(visitorSays("q2", "hello?")))
                .isInstanceOf(HandoffEmailPendingException.class);

        assertThatThrownBy(
                        () -> handoffs.giveHandoffEmail(visitor, "10.0.0.1", id, "anna at example", Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(conversations.after(id, 0, 10)).hasSize(2);
        assertThat(bridge.queued).isEmpty();

        handoffs.giveHandoffEmail(visitor, "10.0.0.1", id, " anna@example.com ", Optional.of("en"));

        assertThat(conversations.find(id).orElseThrow().isOpen()).isFalse();
        assertThat(bridge.queued).containsExactly(id + " ZENDESK anna@example.com VISITOR_ASKED");
        assertThatThrownBy(() -> handoffs.giveHandoffEmail(visitor, "10.0.0.1", id, "b@example.com", Optional.empty()))
                .isInstanceOf(HandoffNotWaitingException.class);
        assertThat(bridge.queued).hasSize(1);
    }

    @Test
    void a_visitor_who_would_rather_chat_here_goes_to_the_inbox() {
        ConversationId id = askedForAPerson();

        chats.goLive(new GoLiveCommand(visitor, id, false, Optional.of("en")));

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(activity.all()).singleElement().isInstanceOf(MessagePosted.class);
        assertThat(bridge.queued).isEmpty();
    }

    @Test
    void a_conversation_whose_visitor_never_gives_an_address_goes_to_the_inbox_after_the_wait() {
        ConversationId id = askedForAPerson();

        clock.advance(Duration.ofMinutes(9));
        assertThat(handoffs.handWaitingToInbox(Duration.ofMinutes(10))).isZero();
        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.HANDOFF_EMAIL);

        clock.advance(Duration.ofMinutes(2));
        assertThat(handoffs.handWaitingToInbox(Duration.ofMinutes(10))).isEqualTo(1);

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(activity.all()).singleElement().isInstanceOf(MessagePosted.class);
        assertThat(bridge.queued).isEmpty();
        assertThat(handoffs.handWaitingToInbox(Duration.ofMinutes(10))).isZero();
    }

    @Test
    void without_a_connected_helpdesk_the_inbox_takes_the_conversation() {
        bridge.connected = false;

        ConversationId id = askedForAPerson();

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(bridge.queued).isEmpty();
    }

    @Test
    void a_failed_handoff_falls_back_to_a_ticket_with_a_notice_for_the_team() {
        bridge.known = Optional.of("anna@example.com");
        ConversationId id = askedForAPerson();
        activity.clear();

        handoffs.fallBackToInbox(id, "anna@example.com");

        List<Message> thread = conversations.after(id, 0, 10);
        assertThat(thread.get(thread.size() - 1).event()).contains(ConversationEvent.HELPDESK_FALLBACK);
        assertThat(activity.all()).singleElement().isInstanceOf(MessagePosted.class);
        assertThat(handoffs.transcript(id))
                .extracting(line -> line.who() + ": " + line.text())
                .containsExactly("Visitor: Where is order 1042?", "Parley: The visitor asked for a person.");
    }

    private static final class Bridge implements HelpdeskHandoffPort {

        boolean connected = true;
        Optional<String> known = Optional.empty();
        final List<String> queued = new ArrayList<>();

        @Override
        public boolean connected(Helpdesk helpdesk) {
            return connected;
        }

        @Override
        public Optional<String> knownEmail(VisitorId visitor) {
            return known;
        }

        @Override
        public String keepEmail(VisitorId visitor, String clientAddress, String email) {
            String trimmed = email.strip();
            if (!trimmed.matches("[^@\\s]+@[^@\\s]+")) {
                throw new InvalidValueException("invalid_email", "not an address");
            }
            return trimmed;
        }

        @Override
        public void queue(
                ConversationId conversation,
                VisitorId visitor,
                Helpdesk helpdesk,
                String email,
                HandoffReason reason,
                Optional<String> language) {
            queued.add(conversation + " " + helpdesk + " " + email + " " + reason);
        }
    }
}
