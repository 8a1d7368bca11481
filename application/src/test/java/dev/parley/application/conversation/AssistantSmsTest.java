package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.RecordingSmsChannel.Queued;
import dev.parley.application.conversation.port.in.AssistantReplyCommand;
import dev.parley.application.conversation.port.in.CitationView;
import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.HelpdeskHandoffPort;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Citation;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store's AI agent in SMS conversations: its answers go to the phone with their links and choices written out,
 * and a handoff to an external helpdesk without a known address goes to the inbox, since a phone has no form to give
 * one in.
 */
class AssistantSmsTest extends ConversationFixture {

    private static final AssistantBehaviour TO_THE_INBOX =
            new AssistantBehaviour(true, Optional.empty(), Optional.empty(), 8, Optional.empty(), Optional.empty());

    private static final AssistantBehaviour TO_ZENDESK = new AssistantBehaviour(
            true,
            Optional.empty(),
            Optional.empty(),
            8,
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of(Helpdesk.ZENDESK));

    private final RecordingSmsChannel phone = new RecordingSmsChannel(conversations);
    private final Helpdesks helpdesks = new Helpdesks();
    private AssistantBehaviour behaviour = TO_THE_INBOX;

    private final AssistantTurnService turns = turns();

    {
        turns.sendBySms(phone);
        turns.routeToHelpdesks(new HelpdeskHandoffs(helpdesks));
    }

    private AssistantTurnService turns() {
        return new AssistantTurnService(
                conversations,
                conversations,
                conversations,
                conversations,
                activity,
                published::add,
                SettingsFakes.behaviour(BehaviourSettings.defaults().withWelcomeMessage(new WelcomeMessage("Hi!"))),
                SettingsFakes.ALWAYS_OPEN,
                () -> behaviour,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A conversation of {@code channel} the AI agent answers, holding the customer's question as message 1. */
    private ConversationId assistedWithAQuestion(Channel channel, String question) {
        Conversation conversation = Conversation.browse(ConversationId.random(), visitor, channel, NOW);
        conversation.assist();
        conversations.create(conversation);
        conversations.append(conversation.post(Author.visitor(), Optional.empty(), new MessageText(question), NOW));
        conversations.update(conversation);
        return conversation.id();
    }

    @Test
    void an_answer_in_an_sms_conversation_is_queued_after_it_is_stored_with_its_source_link_below_it() {
        ConversationId id = assistedWithAQuestion(Channel.SMS, "How long is shipping to Norway?");

        boolean answered = turns.reply(new AssistantReplyCommand(
                id,
                1,
                "3–5 working days.",
                List.of(new CitationView(false, "Shipping abroad", Optional.of("https://shop.example/shipping"))),
                false));

        assertThat(answered).isTrue();
        assertThat(phone.calls())
                .containsExactly(new Queued(id, 2, "3–5 working days.\nhttps://shop.example/shipping", 2, 2));
        assertThat(conversations.after(id, 1, 10))
                .singleElement()
                .satisfies(answer -> assertThat(answer.text().orElseThrow().value())
                        .as("the thread keeps the answer; the link stays a citation")
                        .isEqualTo("3–5 working days."));
    }

    @Test
    void an_unsure_answer_in_an_sms_conversation_lists_its_choices_as_lines() {
        ConversationId id = assistedWithAQuestion(Channel.SMS, "norway");

        turns.reply(new AssistantReplyCommand(
                id,
                1,
                "Did you mean:",
                List.of(
                        new CitationView(true, "Shipping to Norway", Optional.empty()),
                        new CitationView(true, "Returns from Norway", Optional.empty())),
                true));

        assertThat(phone.queued())
                .extracting(Queued::text)
                .containsExactly("Did you mean:\n- Shipping to Norway\n- Returns from Norway");
    }

    @Test
    void an_answer_in_a_chat_never_touches_the_sms_channel() {
        ConversationId id = assistedWithAQuestion(Channel.CHAT, "How long is shipping?");

        boolean answered = turns.reply(new AssistantReplyCommand(
                id,
                1,
                "2 days.",
                List.of(new CitationView(false, "Shipping", Optional.of("https://shop.example/shipping"))),
                false));

        assertThat(answered).isTrue();
        assertThat(conversations.after(id, 0, 10)).hasSize(2);
        assertThat(phone.calls()).isEmpty();
    }

    @Test
    void a_late_answer_in_an_sms_conversation_is_neither_stored_nor_queued() {
        ConversationId id = assistedWithAQuestion(Channel.SMS, "How long is shipping?");
        Conversation asksAgain = conversations.findForUpdate(id).orElseThrow();
        conversations.append(asksAgain.post(Author.visitor(), Optional.empty(), new MessageText("To Norway?"), NOW));
        conversations.update(asksAgain);

        assertThat(turns.reply(new AssistantReplyCommand(id, 1, "2 days.", List.of(), false)))
                .isFalse();

        assertThat(phone.calls()).isEmpty();
        assertThat(conversations.after(id, 0, 10)).hasSize(2);
    }

    @Test
    void an_answer_in_an_sms_conversation_without_an_sms_channel_fails_loudly() {
        ConversationId id = assistedWithAQuestion(Channel.SMS, "How long is shipping?");
        AssistantTurnService unwired = turns();

        assertThatThrownBy(() -> unwired.reply(new AssistantReplyCommand(id, 1, "2 days.", List.of(), false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SMS");
    }

    @Test
    void sms_text_is_the_answer_alone_without_citations() {
        assertThat(AssistantTurnService.smsText("2 days.", List.of())).isEqualTo("2 days.");
    }

    @Test
    void sms_text_writes_each_source_link_on_a_line_of_its_own_and_skips_sources_without_one() {
        assertThat(AssistantTurnService.smsText(
                        "2 days.",
                        List.of(
                                Citation.source("Shipping", Optional.of("https://shop.example/shipping")),
                                Citation.source("Our FAQ", Optional.empty()),
                                Citation.source("Couriers", Optional.of("https://shop.example/couriers")))))
                .isEqualTo("2 days.\nhttps://shop.example/shipping\nhttps://shop.example/couriers");
    }

    @Test
    void sms_text_writes_choices_as_dashed_titles_in_their_order() {
        assertThat(AssistantTurnService.smsText(
                        "Did you mean:", List.of(Citation.choice("Returns"), Citation.choice("  Refunds "))))
                .isEqualTo("Did you mean:\n- Returns\n- Refunds");
    }

    @Test
    void with_the_helpdesk_as_target_and_no_known_address_an_sms_conversation_goes_live_in_the_inbox() {
        behaviour = TO_ZENDESK;
        ConversationId id = assistedWithAQuestion(Channel.SMS, "Where is order 1042?");

        assertThat(turns.handOff(id, 1, HandoffReason.NO_ANSWER, Optional.of("en")))
                .isTrue();

        Conversation handedOff = conversations.find(id).orElseThrow();
        assertThat(handedOff.stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(handedOff.waitsForHandoffEmail()).isFalse();
        List<Message> thread = conversations.after(id, 0, 10);
        assertThat(thread)
                .extracting(Message::event)
                .containsExactly(Optional.empty(), Optional.of(ConversationEvent.HANDOFF_NO_ANSWER), Optional.empty());
        assertThat(thread.get(2).text().orElseThrow().value()).isEqualTo("Hi!");
        assertThat(activity.all()).containsExactly(MessagePosted.byVisitor(id, 3, visitor, NOW));
        assertThat(helpdesks.queued).isEmpty();
        assertThat(phone.queued())
                .as("neither the welcome nor the notice of the handoff is texted")
                .isEmpty();
    }

    @Test
    void out_of_hours_the_away_message_of_a_handoff_reaches_the_phone_and_the_welcome_does_not() {
        // NOW is a Wednesday; the store opens on Mondays only.
        AvailabilitySettings closedToday = AvailabilitySettings.defaults()
                .withBusinessHours(BusinessHours.weekly(
                        ZoneOffset.UTC,
                        Map.of(DayOfWeek.MONDAY, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0))))))
                .withAwayMessage(new AwayMessage("We are away until Monday."));
        AssistantTurnService away = new AssistantTurnService(
                conversations,
                conversations,
                conversations,
                conversations,
                activity,
                published::add,
                SettingsFakes.behaviour(BehaviourSettings.defaults().withWelcomeMessage(new WelcomeMessage("Hi!"))),
                SettingsFakes.availability(closedToday),
                () -> behaviour,
                Clock.fixed(NOW, ZoneOffset.UTC));
        away.sendBySms(phone);
        ConversationId id = assistedWithAQuestion(Channel.SMS, "Where is order 1042?");

        away.handOff(id, 1, HandoffReason.NO_ANSWER, Optional.of("en"));

        assertThat(phone.queued())
                .extracting(RecordingSmsChannel.Queued::text)
                .containsExactly("We are away until Monday.");
    }

    @Test
    void with_the_helpdesk_as_target_and_no_known_address_a_chat_asks_for_the_address() {
        behaviour = TO_ZENDESK;
        ConversationId id = assistedWithAQuestion(Channel.CHAT, "Where is order 1042?");

        assertThat(turns.handOff(id, 1, HandoffReason.NO_ANSWER, Optional.of("en")))
                .isTrue();

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.HANDOFF_EMAIL);
        assertThat(conversations.after(id, 0, 10))
                .extracting(Message::event)
                .containsExactly(Optional.empty(), Optional.of(ConversationEvent.HANDOFF_EMAIL_ASKED));
        assertThat(activity.all()).as("nobody answers it yet").isEmpty();
        assertThat(helpdesks.queued).isEmpty();
    }

    @Test
    void with_a_known_address_an_sms_conversation_goes_to_the_helpdesk_as_a_chat_does() {
        behaviour = TO_ZENDESK;
        helpdesks.known = Optional.of("anna@example.com");
        ConversationId id = assistedWithAQuestion(Channel.SMS, "Where is order 1042?");

        turns.handOff(id, 1, HandoffReason.NO_ANSWER, Optional.of("en"));

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.CLOSED);
        assertThat(helpdesks.queued).containsExactly(id + " ZENDESK anna@example.com NO_ANSWER");
        assertThat(activity.all()).singleElement().isInstanceOf(ConversationEnded.class);
        assertThat(phone.queued()).as("only notices were posted").isEmpty();
    }

    @Test
    void the_stores_handoff_message_reaches_the_phone_before_the_sms_conversation_ends() {
        behaviour = new AssistantBehaviour(
                true,
                Optional.of("Write to help@shop.example"),
                Optional.empty(),
                8,
                Optional.empty(),
                Optional.empty());
        ConversationId id = assistedWithAQuestion(Channel.SMS, "Can I return a gift?");

        turns.handOff(id, 1, HandoffReason.NO_ANSWER, Optional.of("en"));

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.CLOSED);
        assertThat(phone.queued())
                .extracting(RecordingSmsChannel.Queued::text)
                .containsExactly("Write to help@shop.example");
    }

    /** A connected helpdesk that knows the address it is given, and records the handoffs queued. */
    private static final class Helpdesks implements HelpdeskHandoffPort {

        Optional<String> known = Optional.empty();
        final List<String> queued = new ArrayList<>();

        @Override
        public boolean connected(Helpdesk helpdesk) {
            return true;
        }

        @Override
        public Optional<String> knownEmail(VisitorId visitor) {
            return known;
        }

        @Override
        public String keepEmail(VisitorId visitor, String clientAddress, String email) {
            return email.strip();
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
