package dev.parley.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.notification.port.in.MailServerMissingException;
import dev.parley.application.notification.port.in.ReplyEmailPolicy;
import dev.parley.application.notification.port.in.SendTranscriptCommand;
import dev.parley.application.notification.port.in.TranscriptLimits;
import dev.parley.application.profile.port.in.GiveEmailCommand;
import dev.parley.application.profile.port.in.GiveEmailUseCase;
import dev.parley.application.profile.port.in.ReplyAddressQuery;
import dev.parley.application.profile.port.in.VisitorContact;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.notification.ConversationNotEndedException;
import dev.parley.domain.notification.TranscriptAddressMissingException;
import dev.parley.domain.notification.TranscriptEmail;
import dev.parley.domain.notification.TranscriptNotSentException;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.StoreName;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.shared.VisitorId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A visitor has their ended conversation emailed to them: their own only, once it ended, to the address they give or
 * the one Parley has, within the limits; a refusal sends nothing.
 */
class TranscriptServiceTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final AgentId ADA = AgentId.random();

    private final Chats chats = new Chats();
    private final Map<VisitorId, ReplyAddressQuery.ReplyAddress> known = new HashMap<>();
    private final List<String> given = new ArrayList<>();
    private final Map<String, Integer> counted = new HashMap<>();
    private final RecordingMailer mailer = new RecordingMailer();
    private BehaviourSettings behaviour = BehaviourSettings.defaults();
    private final TranscriptService transcripts = new TranscriptService(
            chats,
            chats,
            new GiveEmailUseCase() {
                @Override
                public VisitorContact giveEmail(GiveEmailCommand command) {
                    if (!command.email().contains("@")) {
                        throw new InvalidValueException(
                                "invalid_email", "An email address looks like name@example.com.");
                    }
                    given.add(command.email());
                    return new VisitorContact(Optional.of(command.email()), false);
                }

                @Override
                public VisitorContact contactOf(VisitorId visitor) {
                    return new VisitorContact(Optional.empty(), false);
                }
            },
            visitor -> Optional.ofNullable(known.get(visitor)),
            ids -> Map.of(ADA, "Ada"),
            () -> ZoneId.of("Europe/Warsaw"),
            () -> behaviour.storeName().map(StoreName::value),
            mailer,
            new ReplyEmailPolicy(
                    Duration.ofMinutes(3),
                    Duration.ofDays(7),
                    "Northwind Outfitters",
                    URI.create("https://chat.shop.example/"),
                    RetrySchedule.every(Duration.ofMinutes(1)),
                    Duration.ofMinutes(5),
                    20),
            new AdmitUseCase() {
                @Override
                public void admit(RateLimit limit, String key, long amount) {
                    int now = counted.merge(limit.name() + ":" + key, (int) amount, Integer::sum);
                    if (now > limit.capacity()) {
                        throw new RateLimitedException(limit, Duration.ofMinutes(1));
                    }
                }
            },
            new TranscriptLimits(
                    RateLimit.parse(TranscriptLimits.PER_CONVERSATION, "3/24h"),
                    RateLimit.parse(TranscriptLimits.PER_ADDRESS, "20/1h")));

    @Test
    void an_ended_conversation_goes_to_the_address_the_visitor_gives_with_every_message_and_who_wrote_it() {
        Conversation chat = endedChat();
        behaviour = behaviour.withStoreName(Optional.of(new StoreName("Acme Shoes")));

        String sentTo = transcripts.sendTranscript(command(chat, Optional.of("anna@example.com")));

        assertThat(sentTo).isEqualTo("anna@example.com");
        assertThat(given).as("kept as the visitor's address").containsExactly("anna@example.com");
        assertThat(mailer.transcripts()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("anna@example.com");
            assertThat(email.storeName()).isEqualTo("Acme Shoes");
            assertThat(email.timeZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
            assertThat(email.entries())
                    .extracting(TranscriptEmail.Entry::speaker)
                    .containsExactly(
                            TranscriptEmail.Speaker.STORE,
                            TranscriptEmail.Speaker.VISITOR,
                            TranscriptEmail.Speaker.AGENT,
                            TranscriptEmail.Speaker.STORE);
            assertThat(email.entries().get(2).agentName()).contains("Ada");
            assertThat(email.entries().get(2).text()).contains("It left yesterday.");
            assertThat(email.entries().get(3).event()).contains("ended_by_visitor");
        });
    }

    @Test
    void without_an_address_it_goes_to_the_one_parley_has_in_the_visitors_language() {
        Conversation chat = endedChat();
        known.put(chat.visitor(), new ReplyAddressQuery.ReplyAddress("jan@example.pl", Optional.of("pl-PL")));

        assertThat(transcripts.sendTranscript(command(chat, Optional.empty()))).isEqualTo("jan@example.pl");

        assertThat(given).isEmpty();
        assertThat(mailer.transcripts()).singleElement().satisfies(email -> {
            assertThat(email.language().getLanguage()).isEqualTo("pl");
            assertThat(email.storeName())
                    .as("the installation's name without one in the settings")
                    .isEqualTo("Northwind Outfitters");
        });
    }

    @Test
    void refusals_send_nothing() {
        Conversation open = Conversation.start(ConversationId.random(), VisitorId.random(), Channel.CHAT, START);
        chats.add(open);
        chats.post(open, Author.visitor(), "Hello?");
        Conversation ended = endedChat();

        assertThatThrownBy(() -> transcripts.sendTranscript(command(open, Optional.of("anna@example.com"))))
                .isInstanceOf(ConversationNotEndedException.class);
        assertThatThrownBy(() -> transcripts.sendTranscript(new SendTranscriptCommand(
                        VisitorId.random(), "10.0.0.1", ended.id(), Optional.of("anna@example.com"))))
                .as("another visitor's conversation is as one that does not exist")
                .isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> transcripts.sendTranscript(command(ended, Optional.empty())))
                .isInstanceOf(TranscriptAddressMissingException.class);
        // Every request counts against the conversation's limit, a refused one too: each refusal has its own chat.
        assertThatThrownBy(() -> transcripts.sendTranscript(command(endedChat(), Optional.of("not an address"))))
                .isInstanceOf(InvalidValueException.class);
        mailer.down(true);
        assertThatThrownBy(() -> transcripts.sendTranscript(command(endedChat(), Optional.of("anna@example.com"))))
                .isInstanceOf(TranscriptNotSentException.class);
        mailer.down(false);
        mailer.unconfigured();
        assertThatThrownBy(() -> transcripts.sendTranscript(command(endedChat(), Optional.of("anna@example.com"))))
                .isInstanceOf(MailServerMissingException.class);

        assertThat(mailer.transcripts()).isEmpty();
    }

    @Test
    void a_conversation_goes_at_most_three_times_a_day() {
        Conversation chat = endedChat();
        for (int i = 0; i < 3; i++) {
            transcripts.sendTranscript(command(chat, Optional.of("anna@example.com")));
        }

        assertThatThrownBy(() -> transcripts.sendTranscript(command(chat, Optional.of("anna@example.com"))))
                .isInstanceOf(RateLimitedException.class);
        assertThat(mailer.transcripts()).hasSize(3);
    }

    private SendTranscriptCommand command(Conversation chat, Optional<String> email) {
        return new SendTranscriptCommand(chat.visitor(), "10.0.0.1", chat.id(), email);
    }

    private Conversation endedChat() {
        Conversation chat = Conversation.start(ConversationId.random(), VisitorId.random(), Channel.CHAT, START);
        chats.add(chat);
        chats.post(chat, Author.system(), "Hi! How can we help?");
        chats.post(chat, Author.visitor(), "Where is my parcel?");
        chats.post(chat, Author.agent(ADA), "It left yesterday.");
        chats.messages.add(chat.close(ConversationEvent.ENDED_BY_VISITOR, START.plusSeconds(60)));
        return chat;
    }

    /** Conversations and their messages. */
    private static final class Chats implements LoadConversationPort, LoadMessagesPort {

        final Map<ConversationId, Conversation> conversations = new LinkedHashMap<>();
        final List<Message> messages = new ArrayList<>();

        void add(Conversation chat) {
            conversations.put(chat.id(), chat);
        }

        void post(Conversation chat, Author author, String text) {
            messages.add(
                    chat.post(author, Optional.empty(), new MessageText(text), START.plusSeconds(messages.size())));
        }

        @Override
        public Optional<Conversation> find(ConversationId id) {
            return Optional.ofNullable(conversations.get(id));
        }

        @Override
        public Optional<Conversation> findForUpdate(ConversationId id) {
            return find(id);
        }

        @Override
        public void lockVisitor(VisitorId visitor) {}

        @Override
        public Optional<Conversation> findOpenForUpdate(VisitorId visitor, Channel channel) {
            return Optional.empty();
        }

        @Override
        public List<Message> after(ConversationId conversation, long afterSeq, int limit) {
            return messages.stream()
                    .filter(m -> m.conversationId().equals(conversation) && m.seq() > afterSeq)
                    .limit(limit)
                    .toList();
        }

        @Override
        public Optional<Message> findSentByVisitor(VisitorId visitor, ClientMessageId clientMessageId) {
            return Optional.empty();
        }

        @Override
        public Optional<Message> findSentByAgent(
                ConversationId conversation, AgentId agent, ClientMessageId clientMessageId) {
            return Optional.empty();
        }
    }
}
