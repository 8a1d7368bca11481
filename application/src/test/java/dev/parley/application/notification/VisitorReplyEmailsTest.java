package dev.parley.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.ResumeLinkPort;
import dev.parley.application.notification.port.in.ReplyEmailPolicy;
import dev.parley.application.notification.port.out.LoadReplyEmailPort;
import dev.parley.application.notification.port.out.SaveReplyEmailPort;
import dev.parley.application.profile.InMemoryProfiles;
import dev.parley.application.profile.port.in.ReplyAddressQuery;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.ResumeLink;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.ReplyEmailNotification;
import dev.parley.domain.notification.VisitorReplyEmail;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.StoreName;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.shared.VisitorId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Agents' replies reach a visitor who left: one email per burst, after the delay, only while the visitor is gone,
 * has an address and has not read the replies; a sent email is never sent again and a failed one is tried again.
 */
class VisitorReplyEmailsTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration DELAY = Duration.ofMinutes(3);
    private static final AgentId ADA = AgentId.random();

    private final dev.parley.application.conversation.MovableClock clock =
            new dev.parley.application.conversation.MovableClock(START);
    private final Rows rows = new Rows();
    private final Chats chats = new Chats();
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final Set<VisitorId> connected = new HashSet<>();
    private final Map<String, ResumeLink> links = new HashMap<>();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ReplyEmailPolicy policy = new ReplyEmailPolicy(
            DELAY,
            Duration.ofDays(7),
            "Northwind Outfitters",
            URI.create("https://chat.shop.example/"),
            RetrySchedule.every(Duration.ofMinutes(1)),
            Duration.ofMinutes(5),
            20);
    private BehaviourSettings behaviour = BehaviourSettings.defaults();
    private final VisitorReplyEmailOutbox outbox = new VisitorReplyEmailOutbox(
            rows,
            rows,
            chats,
            chats,
            visitor -> profiles.findByVisitor(visitor)
                    .flatMap(profile -> profile.replyAddress()
                            .map(email -> new ReplyAddressQuery.ReplyAddress(email, profile.locale()))),
            ids -> Map.of(ADA, "Ada"),
            connected::contains,
            new ResumeLinkPort() {
                @Override
                public void save(ResumeLink link) {
                    links.put(link.tokenHash(), link);
                }

                @Override
                public Optional<ResumeLink> findByTokenHash(String tokenHash) {
                    return Optional.ofNullable(links.get(tokenHash));
                }
            },
            () -> ZoneId.of("Europe/Warsaw"),
            () -> behaviour.storeName().map(StoreName::value),
            mailer,
            policy,
            clock);
    private final VisitorReplyEmailDeliveryService worker = new VisitorReplyEmailDeliveryService(outbox, mailer);

    @Test
    void a_burst_of_replies_to_a_visitor_who_left_makes_one_email_after_the_delay() {
        Conversation chat = chatWith("anna@example.com", "pl");

        reply(chat, "Dzień dobry!");
        clock.advance(Duration.ofMinutes(2));
        reply(chat, "Paczka wyszła wczoraj.");
        clock.advance(DELAY.minusSeconds(1));
        assertThat(worker.deliverDue())
                .as("the delay counts from the last reply")
                .isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(worker.deliverDue()).isZero();

        assertThat(mailer.visitorReplies()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("anna@example.com");
            assertThat(email.language()).isEqualTo(Locale.forLanguageTag("pl"));
            assertThat(email.storeName())
                    .as("the installation's name, while the settings give none")
                    .isEqualTo("Northwind Outfitters");
            assertThat(email.replies())
                    .extracting(VisitorReplyEmail.Reply::text)
                    .containsExactly(Optional.of("Dzień dobry!"), Optional.of("Paczka wyszła wczoraj."));
            assertThat(email.replies())
                    .allSatisfy(reply -> assertThat(reply.author()).isEqualTo("Ada"));
            assertThat(email.resumeLink().toString()).startsWith("https://chat.shop.example/chat/?c=");
            assertThat(email.resumeLink().getQuery()).endsWith("&lang=pl");
            String token = email.resumeLink().getQuery().replaceAll("^c=([^&]+)&.*$", "$1");
            ResumeLink link = links.get(ResumeLink.hash(token));
            assertThat(link.conversation()).isEqualTo(chat.id());
            assertThat(link.visitor()).isEqualTo(chat.visitor());
            assertThat(link.expiresAt())
                    .isEqualTo(clock.instant().minus(Duration.ofHours(1)).plus(Duration.ofDays(7)));
            assertThat(email.toString()).doesNotContain("anna@example.com").doesNotContain(token);
        });
        assertThat(rows.all())
                .singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void the_email_is_signed_with_the_name_the_store_gave_in_its_settings() {
        behaviour = behaviour.withStoreName(Optional.of(new StoreName("Acme Shoes")));
        Conversation chat = chatWith("anna@example.com", "en");

        reply(chat, "Hello!");
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(mailer.visitorReplies())
                .singleElement()
                .satisfies(email -> assertThat(email.storeName()).isEqualTo("Acme Shoes"));
    }

    @Test
    void a_reply_after_the_email_went_starts_a_new_one() {
        Conversation chat = chatWith("anna@example.com", "en");
        reply(chat, "Hello!");
        clock.advance(DELAY);
        worker.deliverDue();

        reply(chat, "Anything else?");
        clock.advance(DELAY);
        worker.deliverDue();

        assertThat(mailer.visitorReplies()).hasSize(2);
        assertThat(mailer.visitorReplies().get(1).replies())
                .extracting(VisitorReplyEmail.Reply::text)
                .as("the visitor did not read the first one either")
                .containsExactly(Optional.of("Hello!"), Optional.of("Anything else?"));
    }

    @Test
    void a_visitor_who_is_connected_gets_no_email() {
        Conversation chat = chatWith("anna@example.com", "en");
        reply(chat, "Hello!");
        connected.add(chat.visitor());
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.visitorReplies()).isEmpty();
        assertThat(rows.all())
                .singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(NotificationStatus.DROPPED));
    }

    @Test
    void a_visitor_who_read_the_replies_gets_no_email() {
        Conversation chat = chatWith("anna@example.com", "en");
        Message reply = reply(chat, "Hello!");
        chat.visitorSaw(reply.seq());
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.visitorReplies()).isEmpty();
    }

    @Test
    void a_visitor_without_an_address_gets_no_email() {
        Conversation chat = chatWith(null, "en");
        reply(chat, "Hello!");
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.visitorReplies()).isEmpty();
    }

    @Test
    void without_a_mail_server_nothing_is_scheduled_and_nothing_breaks() {
        mailer.unconfigured();
        Conversation chat = chatWith("anna@example.com", "en");
        reply(chat, "Hello!");
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isZero();
        assertThat(rows.all()).isEmpty();
    }

    @Test
    void a_failed_email_is_tried_again_and_sent_once() {
        Conversation chat = chatWith("anna@example.com", "en");
        reply(chat, "Hello!");
        clock.advance(DELAY);
        mailer.down(true);
        assertThat(worker.deliverDue()).isZero();
        mailer.down(false);
        assertThat(worker.deliverDue()).as("it waits for its retry").isZero();
        clock.advance(Duration.ofMinutes(1));

        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(mailer.visitorReplies()).hasSize(1);
        assertThat(rows.all().get(0).attempts()).isEqualTo(2);
    }

    private Conversation chatWith(String email, String locale) {
        Conversation chat =
                Conversation.start(ConversationId.random(), VisitorId.random(), Channel.CHAT, clock.instant());
        chats.conversations.put(chat.id(), chat);
        chats.post(chat, Author.visitor(), "Where is my parcel?");
        Profile profile = Profile.blank(ProfileId.random(), chat.visitor(), clock.instant());
        profile.recordFirstVisit(
                new dev.parley.domain.profile.FirstVisit(Optional.of(locale), Optional.empty()), clock.instant());
        if (email != null) {
            profile.giveEmail(email, clock.instant());
        }
        profiles.create(profile);
        return chat;
    }

    private Message reply(Conversation chat, String text) {
        Message message = chats.post(chat, Author.agent(ADA), text);
        outbox.agentReplied(chat.id(), message.sentAt());
        return message;
    }

    /** Conversations and their messages. */
    private final class Chats implements LoadConversationPort, LoadMessagesPort {

        final Map<ConversationId, Conversation> conversations = new LinkedHashMap<>();
        final List<Message> messages = new ArrayList<>();

        Message post(Conversation chat, Author author, String text) {
            Message message = chat.post(author, Optional.empty(), new MessageText(text), clock.instant());
            messages.add(message);
            return message;
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
                    .filter(message -> message.conversationId().equals(conversation) && message.seq() > afterSeq)
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

    /** The outbox's rows. */
    private static final class Rows implements LoadReplyEmailPort, SaveReplyEmailPort {

        private final Map<UUID, ReplyEmailNotification> rows = new LinkedHashMap<>();

        List<ReplyEmailNotification> all() {
            return List.copyOf(rows.values());
        }

        @Override
        public List<ReplyEmailNotification> due(Instant now, int limit) {
            return rows.values().stream()
                    .filter(row -> row.isDueAt(now))
                    .sorted(Comparator.comparing(ReplyEmailNotification::nextAttemptAt))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Optional<ReplyEmailNotification> findForUpdate(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<ReplyEmailNotification> pendingForUpdate(ConversationId conversation) {
            return rows.values().stream()
                    .filter(row ->
                            row.conversation().equals(conversation) && row.status() == NotificationStatus.PENDING)
                    .findFirst();
        }

        @Override
        public void create(ReplyEmailNotification notification) {
            rows.put(notification.id(), notification);
        }

        @Override
        public void update(ReplyEmailNotification notification) {
            rows.put(notification.id(), notification);
        }
    }
}
