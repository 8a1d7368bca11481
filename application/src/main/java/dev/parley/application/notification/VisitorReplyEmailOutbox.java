package dev.parley.application.notification;

import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.ResumeLinkPort;
import dev.parley.application.notification.port.in.ReplyEmailPolicy;
import dev.parley.application.notification.port.in.ScheduleVisitorReplyEmailUseCase;
import dev.parley.application.notification.port.out.LoadReplyEmailPort;
import dev.parley.application.notification.port.out.SaveReplyEmailPort;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.application.notification.port.out.VisitorPresencePort;
import dev.parley.application.profile.port.in.ReplyAddressQuery;
import dev.parley.application.settings.port.in.StoreNameQuery;
import dev.parley.application.settings.port.in.StoreTimeZoneQuery;
import dev.parley.application.team.port.in.AgentNamesQuery;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.ResumeLink;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.ReplyEmailNotification;
import dev.parley.domain.notification.VisitorReplyEmail;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The outbox of emails that carry agents' replies to visitors who left. An agent's reply schedules one (inside the
 * reply's transaction), due {@link ReplyEmailPolicy#delay()} later; the next replies of the burst move it later, so a
 * burst makes one email. When it comes due the worker claims it, and it is dropped instead when it is no longer
 * needed: the visitor is connected (they see the replies in the widget), has read every reply (their seen mark), has
 * no address (neither the store's nor one they gave), or the conversation is gone. Without a mail server nothing is
 * scheduled at all, and that is said once in the log. Addresses and link tokens are never logged.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class VisitorReplyEmailOutbox implements ScheduleVisitorReplyEmailUseCase {

    private static final Logger LOG = Logger.getLogger(VisitorReplyEmailOutbox.class.getName());
    /** The most unread replies one email carries; the link opens the rest. */
    static final int MAX_REPLIES = 30;

    private static final AtomicBoolean SAID_NO_MAIL_SERVER = new AtomicBoolean();

    private final SecureRandom random = new SecureRandom();
    private LoadReplyEmailPort emails;
    private SaveReplyEmailPort savedEmails;
    private LoadConversationPort conversations;
    private LoadMessagesPort messages;
    private ReplyAddressQuery addresses;
    private AgentNamesQuery agents;
    private VisitorPresencePort presence;
    private ResumeLinkPort links;
    private StoreTimeZoneQuery timeZone;
    private StoreNameQuery storeNames;
    private SendEmailPort mail;
    private ReplyEmailPolicy policy;
    private Clock clock;

    @Inject
    public VisitorReplyEmailOutbox(
            LoadReplyEmailPort emails,
            SaveReplyEmailPort savedEmails,
            LoadConversationPort conversations,
            LoadMessagesPort messages,
            ReplyAddressQuery addresses,
            AgentNamesQuery agents,
            VisitorPresencePort presence,
            ResumeLinkPort links,
            StoreTimeZoneQuery timeZone,
            StoreNameQuery storeName,
            SendEmailPort mail,
            ReplyEmailPolicy policy,
            Clock clock) {
        this.storeNames = storeName;
        this.emails = emails;
        this.savedEmails = savedEmails;
        this.conversations = conversations;
        this.messages = messages;
        this.addresses = addresses;
        this.agents = agents;
        this.presence = presence;
        this.links = links;
        this.timeZone = timeZone;
        this.mail = mail;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected VisitorReplyEmailOutbox() {}

    @Override
    public void agentReplied(ConversationId conversation, Instant at) {
        if (!mail.canSend()) {
            if (SAID_NO_MAIL_SERVER.compareAndSet(false, true)) {
                LOG.info("event=visitor_reply_emails_off reason=no_mail_server");
            }
            return;
        }
        Optional<ReplyEmailNotification> pending = emails.pendingForUpdate(conversation);
        if (pending.isPresent() && pending.get().anotherReply(at, policy.delay())) {
            savedEmails.update(pending.get());
            return;
        }
        savedEmails.create(ReplyEmailNotification.schedule(UUID.randomUUID(), conversation, at, policy.delay()));
    }

    /** The emails due now, earliest first, a batch at most. */
    public List<UUID> due() {
        return emails.due(clock.instant(), policy.batchSize()).stream()
                .map(ReplyEmailNotification::id)
                .toList();
    }

    /**
     * Takes the email for one attempt, if it is still due and still needed, and gives what to send, with a new link
     * back into the conversation; drops it when it is no longer needed.
     *
     * @return empty when there is nothing to send
     */
    public Optional<VisitorReplyEmail> claim(UUID id) {
        Optional<ReplyEmailNotification> found = emails.findForUpdate(id);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().isDueAt(now)) {
            return Optional.empty();
        }
        ReplyEmailNotification notification = found.get();
        Optional<Conversation> conversation = conversations.find(notification.conversation());
        Optional<ReplyAddressQuery.ReplyAddress> address =
                conversation.flatMap(c -> addresses.replyAddressOf(c.visitor()));
        List<Message> unread = conversation
                .map(c -> messages.after(c.id(), c.visitorSeenSeq(), MAX_REPLIES * 4).stream()
                        .filter(message -> message.author().kind() == AuthorKind.AGENT)
                        .limit(MAX_REPLIES)
                        .toList())
                .orElse(List.of());
        Optional<String> unneeded = conversation.isEmpty()
                ? Optional.of("conversation_gone")
                : presence.connected(conversation.get().visitor())
                        ? Optional.of("visitor_connected")
                        : unread.isEmpty()
                                ? Optional.of("replies_read")
                                : address.isEmpty() ? Optional.of("no_address") : Optional.empty();
        if (unneeded.isPresent()) {
            notification.drop();
            savedEmails.update(notification);
            LOG.info(() -> "event=visitor_reply_email_dropped email=" + id + " conversation="
                    + notification.conversation() + " reason=" + unneeded.get());
            return Optional.empty();
        }
        notification.claim(now, policy.claimLease());
        savedEmails.update(notification);
        Conversation chat = conversation.get();
        ResumeLink.Issued link = ResumeLink.issue(chat.id(), chat.visitor(), now, policy.linkLifetime(), random);
        links.save(link.link());
        return Optional.of(email(address.get(), unread, link.token()));
    }

    private VisitorReplyEmail email(ReplyAddressQuery.ReplyAddress address, List<Message> unread, String token) {
        Set<AgentId> authors = unread.stream()
                .map(message -> message.author().agent())
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Map<AgentId, String> names = agents.displayNames(authors);
        // The name the store gave in its settings, as in the widget; else the installation's.
        String store = storeNames.storeName().orElse(policy.storeName());
        List<VisitorReplyEmail.Reply> replies = unread.stream()
                .map(message -> new VisitorReplyEmail.Reply(
                        message.author().agent().map(names::get).orElse(store),
                        message.text().map(MessageText::value),
                        message.image().isPresent(),
                        message.sentAt()))
                .toList();
        Locale language = address.locale()
                .map(Locale::forLanguageTag)
                .filter(locale -> locale.getLanguage().equals("pl"))
                .orElse(Locale.ENGLISH);
        return new VisitorReplyEmail(
                address.email(), language, store, replies, timeZone.storeTimeZone(), policy.chatPage(token, language));
    }

    /** The claimed email went out. */
    public void sent(UUID id) {
        emails.findForUpdate(id)
                .filter(found -> found.status() == NotificationStatus.PENDING)
                .ifPresent(notification -> {
                    notification.sent(clock.instant());
                    savedEmails.update(notification);
                    LOG.info(() -> "event=visitor_reply_email_sent email=" + id + " conversation="
                            + notification.conversation() + " attempts=" + notification.attempts());
                });
    }

    /**
     * The claimed email did not go out: it is tried again later, or given up after its last attempt.
     *
     * @param reason why, without secrets or addresses
     */
    public void failed(UUID id, String reason) {
        emails.findForUpdate(id)
                .filter(found -> found.status() == NotificationStatus.PENDING)
                .ifPresent(notification -> {
                    notification.failed(reason, clock.instant(), policy.retries());
                    savedEmails.update(notification);
                    LOG.warning(() -> "event=visitor_reply_email_failed email=" + id + " attempts="
                            + notification.attempts() + " status=" + notification.status());
                });
    }
}
