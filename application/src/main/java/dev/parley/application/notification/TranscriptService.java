package dev.parley.application.notification;

import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.notification.port.in.MailServerMissingException;
import dev.parley.application.notification.port.in.ReplyEmailPolicy;
import dev.parley.application.notification.port.in.SendTranscriptCommand;
import dev.parley.application.notification.port.in.SendTranscriptUseCase;
import dev.parley.application.notification.port.in.TranscriptLimits;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.application.profile.port.in.GiveEmailCommand;
import dev.parley.application.profile.port.in.GiveEmailUseCase;
import dev.parley.application.profile.port.in.ReplyAddressQuery;
import dev.parley.application.settings.port.in.StoreNameQuery;
import dev.parley.application.settings.port.in.StoreTimeZoneQuery;
import dev.parley.application.team.port.in.AgentNamesQuery;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.notification.ConversationNotEndedException;
import dev.parley.domain.notification.TranscriptAddressMissingException;
import dev.parley.domain.notification.TranscriptEmail;
import dev.parley.domain.notification.TranscriptNotSentException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.LimitedUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Emails an ended conversation to the visitor who asks for it, at once: counted by the {@link TranscriptLimits}
 * before anything is read; another visitor's conversation answers as one that does not exist; only its messages go
 * (internal notes are never part of a conversation's messages), at most {@link #MAX_MESSAGES} of them.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class TranscriptService implements SendTranscriptUseCase {

    /** The most messages one transcript carries: a longer conversation is cut after them, and says so. */
    static final int MAX_MESSAGES = 500;

    private static final Logger LOG = Logger.getLogger(TranscriptService.class.getName());

    private LoadConversationPort conversations;
    private LoadMessagesPort messages;
    private GiveEmailUseCase contacts;
    private ReplyAddressQuery addresses;
    private AgentNamesQuery agents;
    private StoreTimeZoneQuery timeZone;
    private StoreNameQuery storeNames;
    private SendEmailPort mail;
    private ReplyEmailPolicy policy;
    private AdmitUseCase admission;
    private TranscriptLimits limits;

    @Inject
    public TranscriptService(
            LoadConversationPort conversations,
            LoadMessagesPort messages,
            GiveEmailUseCase contacts,
            ReplyAddressQuery addresses,
            AgentNamesQuery agents,
            StoreTimeZoneQuery timeZone,
            StoreNameQuery storeName,
            SendEmailPort mail,
            ReplyEmailPolicy policy,
            AdmitUseCase admission,
            TranscriptLimits limits) {
        this.conversations = conversations;
        this.messages = messages;
        this.contacts = contacts;
        this.addresses = addresses;
        this.agents = agents;
        this.timeZone = timeZone;
        this.storeNames = storeName;
        this.mail = mail;
        this.policy = policy;
        this.admission = admission;
        this.limits = limits;
    }

    /** For CDI proxies only. */
    protected TranscriptService() {}

    @Override
    public String sendTranscript(SendTranscriptCommand command) {
        admission.admitInTurn(List.of(
                LimitedUse.of(limits.perAddress(), command.clientAddress()),
                LimitedUse.of(limits.perConversation(), command.conversation().toString())));
        Conversation conversation = conversations
                .find(command.conversation())
                .filter(found -> found.belongsTo(command.visitor()))
                .orElseThrow(() -> new ConversationNotFoundException(command.conversation()));
        if (conversation.isOpen()) {
            throw new ConversationNotEndedException();
        }
        if (!mail.canSend()) {
            throw new MailServerMissingException();
        }
        Optional<ReplyAddressQuery.ReplyAddress> known = addresses.replyAddressOf(command.visitor());
        String to;
        if (command.email().isPresent()) {
            // Checked and kept as the visitor's, as if given in the away prompt: the team may answer there too.
            contacts.giveEmail(new GiveEmailCommand(
                    command.visitor(), command.clientAddress(), command.email().get()));
            to = command.email().get().strip();
        } else {
            to = known.map(ReplyAddressQuery.ReplyAddress::email).orElseThrow(TranscriptAddressMissingException::new);
        }
        Locale language = known.flatMap(ReplyAddressQuery.ReplyAddress::locale)
                .map(Locale::forLanguageTag)
                .filter(locale -> locale.getLanguage().equals("pl"))
                .orElse(Locale.ENGLISH);
        TranscriptEmail email =
                new TranscriptEmail(to, language, storeName(), entries(conversation), timeZone.storeTimeZone());
        try {
            mail.sendTranscript(email);
        } catch (EmailNotSentException failed) {
            LOG.warning(() ->
                    "event=transcript_not_sent conversation=" + conversation.id() + " cause=" + failed.getMessage());
            throw new TranscriptNotSentException();
        }
        LOG.info(() -> "event=transcript_sent conversation=" + conversation.id() + " messages="
                + email.entries().size());
        return to;
    }

    private String storeName() {
        return storeNames.storeName().orElse(policy.storeName());
    }

    private List<TranscriptEmail.Entry> entries(Conversation conversation) {
        List<Message> all = messages.after(conversation.id(), 0, MAX_MESSAGES);
        if (all.isEmpty()) {
            throw new ConversationNotFoundException(conversation.id());
        }
        Set<AgentId> authors = all.stream()
                .map(message -> message.author().agent())
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Map<AgentId, String> names = agents.displayNames(authors);
        List<TranscriptEmail.Entry> entries = new ArrayList<>(all.size());
        for (Message message : all) {
            entries.add(new TranscriptEmail.Entry(
                    speaker(message.author().kind()),
                    message.author().agent().map(names::get),
                    message.text().map(MessageText::value),
                    message.image().isPresent(),
                    message.event().map(event -> event.name().toLowerCase(Locale.ROOT)),
                    message.sentAt()));
        }
        return entries;
    }

    private static TranscriptEmail.Speaker speaker(AuthorKind kind) {
        return switch (kind) {
            case VISITOR -> TranscriptEmail.Speaker.VISITOR;
            case AGENT -> TranscriptEmail.Speaker.AGENT;
            default -> TranscriptEmail.Speaker.STORE;
        };
    }
}
