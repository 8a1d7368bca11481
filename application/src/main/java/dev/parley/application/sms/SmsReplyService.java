package dev.parley.application.sms;

import dev.parley.application.sms.port.in.SmsRepliesUseCase;
import dev.parley.application.sms.port.in.SmsTicketQuery;
import dev.parley.application.sms.port.out.OutgoingSmsPort;
import dev.parley.application.sms.port.out.SmsContactsPort;
import dev.parley.application.sms.port.out.SmsContactsPort.SmsContact;
import dev.parley.application.sms.port.out.SmsSettingsPort;
import dev.parley.application.sms.port.out.SmsThreadsPort;
import dev.parley.application.sms.port.out.WakeSmsSenderPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.SmsErrors;
import dev.parley.domain.sms.SmsReplyRefusedException;
import dev.parley.domain.sms.SmsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Replies on SMS tickets: refused before they are stored when they cannot reach the phone (SMS off, the number opted
 * out, too long, an image), queued in the outbox in the reply's own transaction otherwise; and what the inbox shows of
 * an SMS ticket.
 */
@ApplicationScoped
public class SmsReplyService implements SmsRepliesUseCase, SmsTicketQuery {

    private SmsSettingsPort settings;
    private SmsThreadsPort threads;
    private SmsContactsPort contacts;
    private OutgoingSmsPort outgoing;
    private Clock clock;
    private Optional<WakeSmsSenderPort> sender = Optional.empty();

    @Inject
    public SmsReplyService(
            SmsSettingsPort settings,
            SmsThreadsPort threads,
            SmsContactsPort contacts,
            OutgoingSmsPort outgoing,
            Clock clock) {
        this.settings = settings;
        this.threads = threads;
        this.contacts = contacts;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** Wakes the worker that sends SMS for each queued reply, rather than leaving it to the next round. */
    @Inject
    void wakeTheSender(WakeSmsSenderPort wake) {
        this.sender = Optional.of(wake);
    }

    /** For CDI proxies only. */
    protected SmsReplyService() {}

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    public void check(ConversationId conversation, String text, boolean image) {
        if (!settings.load().enabled()) {
            throw SmsReplyRefusedException.disabled();
        }
        if (image) {
            throw SmsReplyRefusedException.noImages();
        }
        if (text.length() > SmsSettings.MAX_LENGTH) {
            throw SmsReplyRefusedException.tooLong(SmsSettings.MAX_LENGTH);
        }
        PhoneNumber phone = phoneOf(conversation);
        if (contacts.find(phone).filter(SmsContact::optedOut).isPresent()) {
            throw SmsReplyRefusedException.optedOut();
        }
    }

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    public void queue(ConversationId conversation, long seq, String text) {
        // An agent's reply was checked against the limit; the AI agent's answer with its link may run longer.
        String body =
                text.length() > SmsSettings.MAX_LENGTH ? text.substring(0, SmsSettings.MAX_LENGTH - 1) + "…" : text;
        PhoneNumber phone = phoneOf(conversation);
        OutgoingSms sms = OutgoingSms.queue(conversation, seq, phone, body, clock.instant());
        if (contacts.find(phone).filter(SmsContact::optedOut).isPresent()) {
            // An AI answer to a number that opted out meanwhile: kept in the thread, marked as never sent.
            sms.refuse(Optional.of(SmsErrors.OPTED_OUT), SmsErrors.describe(SmsErrors.OPTED_OUT), clock.instant());
            outgoing.create(sms);
            return;
        }
        outgoing.create(sms);
        sender.ifPresent(WakeSmsSenderPort::replyQueued);
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public Optional<TicketSmsView> sms(ConversationId conversation) {
        Optional<PhoneNumber> phone = threads.phoneOf(conversation);
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        Optional<SmsContact> contact = contacts.find(phone.get());
        boolean optedOut = contact.filter(SmsContact::optedOut).isPresent();
        return Optional.of(new TicketSmsView(
                phone.get().e164(),
                optedOut,
                contact.filter(SmsContact::optedOut).map(SmsContact::changedAt),
                settings.load().enabled(),
                SmsSettings.MAX_LENGTH,
                outgoing.ofConversation(conversation).stream()
                        .map(sms -> new SmsStateView(
                                sms.seq(),
                                sms.state().code(),
                                sms.errorCode(),
                                sms.error(),
                                sms.segments(),
                                sms.updatedAt()))
                        .toList()));
    }

    private PhoneNumber phoneOf(ConversationId conversation) {
        return threads.phoneOf(conversation)
                .orElseThrow(() -> new IllegalStateException("SMS conversation " + conversation + " has no number"));
    }
}
