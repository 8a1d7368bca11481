package dev.parley.application.sms;

import dev.parley.application.shared.TwoNodes;
import dev.parley.application.sms.port.out.DemoPhonePort;
import dev.parley.application.sms.port.out.OutgoingSmsPort;
import dev.parley.application.sms.port.out.PublishSmsNewsPort;
import dev.parley.application.sms.port.out.SmsContactsPort;
import dev.parley.application.sms.port.out.SmsInboundLogPort;
import dev.parley.application.sms.port.out.SmsSettingsPort;
import dev.parley.application.sms.port.out.SmsThreadsPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SMS channel's stored state in memory, as the persistence adapter keeps it: the settings row, the numbers, the
 * received ids, the conversations' numbers, the outbox (stored as copies, so that a change counts only once it is
 * stored) and the demo phones; and the news published about SMS conversations.
 */
final class InMemorySms
        implements SmsSettingsPort,
                SmsContactsPort,
                SmsInboundLogPort,
                SmsThreadsPort,
                OutgoingSmsPort,
                DemoPhonePort,
                PublishSmsNewsPort {

    private static final Set<String> AWAITING_CALLBACK = Set.of("queued", "sent");

    SmsSettings settings = SmsSettings.defaults();
    int settingsSaves;
    final Map<PhoneNumber, SmsContact> contacts = new LinkedHashMap<>();
    final Map<String, Instant> inbound = new LinkedHashMap<>();
    final Map<ConversationId, PhoneNumber> threads = new LinkedHashMap<>();
    final Map<OutgoingSmsId, OutgoingSms> outgoing = new LinkedHashMap<>();
    final Map<String, DemoSms> phones = new LinkedHashMap<>();
    final TwoNodes nodes = new TwoNodes();
    final List<ConversationId> news = new ArrayList<>();

    // The settings

    @Override
    public SmsSettings load() {
        return settings;
    }

    @Override
    public SmsSettings loadForUpdate() {
        return settings;
    }

    @Override
    public void save(SmsSettings changed) {
        settings = changed;
        settingsSaves++;
    }

    // The numbers

    @Override
    public SmsContact lock(PhoneNumber phone, Instant now) {
        return contacts.computeIfAbsent(phone, number -> new SmsContact(number, false, now));
    }

    @Override
    public Optional<SmsContact> find(PhoneNumber phone) {
        return Optional.ofNullable(contacts.get(phone));
    }

    @Override
    public void setOptedOut(PhoneNumber phone, boolean optedOut, Instant now) {
        if (!contacts.containsKey(phone)) {
            throw new IllegalStateException("No stored number " + phone.masked());
        }
        contacts.put(
                phone,
                new SmsContact(
                        phone,
                        optedOut,
                        now,
                        Optional.ofNullable(contacts.get(phone)).flatMap(SmsContact::customer)));
    }

    /** A number that wrote before, opted out or not. */
    void contact(PhoneNumber phone, boolean optedOut, Instant changedAt) {
        contacts.put(phone, new SmsContact(phone, optedOut, changedAt));
    }

    boolean optedOut(PhoneNumber phone) {
        return find(phone).filter(SmsContact::optedOut).isPresent();
    }

    // The received ids

    @Override
    public boolean seen(String providerMessageId) {
        return inbound.containsKey(providerMessageId);
    }

    @Override
    public void record(String providerMessageId, Instant at) {
        if (inbound.putIfAbsent(providerMessageId, at) != null) {
            throw new IllegalStateException("MessageSid " + providerMessageId + " stored twice");
        }
    }

    // The conversations' numbers

    @Override
    public void record(ConversationId conversation, PhoneNumber phone, Instant at) {
        threads.put(conversation, phone);
    }

    @Override
    public Optional<PhoneNumber> phoneOf(ConversationId conversation) {
        return Optional.ofNullable(threads.get(conversation));
    }

    // The outbox

    @Override
    public void create(OutgoingSms sms) {
        if (outgoing.putIfAbsent(sms.id(), copy(sms)) != null) {
            throw new IllegalStateException("SMS " + sms.id() + " stored twice");
        }
    }

    @Override
    public void update(OutgoingSms sms) {
        if (!outgoing.containsKey(sms.id())) {
            throw new IllegalStateException("No stored SMS " + sms.id());
        }
        outgoing.put(sms.id(), copy(sms));
    }

    @Override
    public Optional<OutgoingSms> findForUpdate(OutgoingSmsId id) {
        return Optional.ofNullable(outgoing.get(id)).map(InMemorySms::copy);
    }

    @Override
    public List<OutgoingSmsId> due(Instant now, int limit) {
        return outgoing.values().stream()
                .filter(sms -> sms.state() == SmsDeliveryState.PENDING
                        && !sms.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(OutgoingSms::nextAttemptAt))
                .limit(limit)
                .map(OutgoingSms::id)
                .toList();
    }

    @Override
    public List<OutgoingSms> ofConversation(ConversationId conversation) {
        return outgoing.values().stream()
                .filter(sms -> sms.conversation().equals(conversation))
                .sorted(Comparator.comparingLong(OutgoingSms::seq))
                .map(InMemorySms::copy)
                .toList();
    }

    /** The stored reply, as a copy. */
    OutgoingSms stored(OutgoingSmsId id) {
        return findForUpdate(id).orElseThrow();
    }

    // The demo phones

    @Override
    public void create(DemoSms sms) {
        if (phones.putIfAbsent(sms.sid(), sms) != null) {
            throw new IllegalStateException("Demo SMS " + sms.sid() + " stored twice");
        }
    }

    @Override
    public void update(DemoSms sms) {
        if (!phones.containsKey(sms.sid())) {
            throw new IllegalStateException("No demo SMS " + sms.sid());
        }
        phones.put(sms.sid(), sms);
    }

    @Override
    public List<DemoSms> ofPhone(PhoneNumber phone, int limit) {
        List<DemoSms> all = phones.values().stream()
                .filter(sms -> sms.phone().equals(phone))
                .sorted(Comparator.comparing(DemoSms::at))
                .toList();
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public List<DemoSms> awaitingCallback(Instant before, int limit) {
        List<DemoSms> due = phones.values().stream()
                .filter(sms -> !sms.toStore()
                        && AWAITING_CALLBACK.contains(sms.status())
                        && !sms.updatedAt().isAfter(before))
                .sorted(Comparator.comparing(DemoSms::updatedAt))
                .limit(limit)
                .toList();
        nodes.read();
        return due;
    }

    @Override
    public boolean changeStatus(String sid, String from, String to, Instant now) {
        DemoSms sms = phones.get(sid);
        if (sms == null || !sms.status().equals(from)) {
            return false;
        }
        phones.put(sid, sms.withStatus(to, sms.webhookStatus(), now));
        return true;
    }

    // The news

    @Override
    public void smsChanged(ConversationId conversation) {
        news.add(conversation);
    }

    @Override
    public void pin(PhoneNumber phone, VisitorId customer) {
        SmsContact known = contacts.get(phone);
        contacts.put(phone, new SmsContact(phone, known.optedOut(), known.changedAt(), Optional.of(customer)));
    }

    /** How often the SMS settings were announced as changed. */
    int settingsNews;

    @Override
    public void settingsChanged() {
        settingsNews++;
    }

    private static OutgoingSms copy(OutgoingSms sms) {
        return OutgoingSms.reconstitute(new OutgoingSms.Fields(
                sms.id(),
                sms.conversation(),
                sms.seq(),
                sms.to(),
                sms.body(),
                sms.state(),
                sms.attempts(),
                sms.createdAt(),
                sms.nextAttemptAt(),
                sms.providerId(),
                sms.errorCode(),
                sms.error(),
                sms.updatedAt(),
                sms.acceptedAt()));
    }
}
