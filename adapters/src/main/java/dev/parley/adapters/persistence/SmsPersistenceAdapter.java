package dev.parley.adapters.persistence;

import dev.parley.application.sms.port.out.DemoPhonePort;
import dev.parley.application.sms.port.out.OutgoingSmsPort;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Stores the SMS channel: its settings, numbers, received ids, conversations' numbers, outbox and the demo phones. */
@ApplicationScoped
class SmsPersistenceAdapter
        implements SmsSettingsPort, SmsContactsPort, SmsInboundLogPort, SmsThreadsPort, OutgoingSmsPort, DemoPhonePort {

    private static final Logger LOG = Logger.getLogger(SmsPersistenceAdapter.class.getName());

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    private SmsContactRows rows;

    @Inject
    SmsPersistenceAdapter(SmsContactRows rows) {
        this.rows = rows;
    }

    /** For CDI proxies only. */
    protected SmsPersistenceAdapter() {}

    @Override
    public SmsSettings load() {
        return Optional.ofNullable(em.find(SmsSettingsJpaEntity.class, SmsSettingsJpaEntity.ID))
                .map(SmsSettingsJpaEntity::toDomain)
                .orElseGet(SmsSettings::defaults);
    }

    @Override
    public SmsSettings loadForUpdate() {
        return Optional.ofNullable(
                        em.find(SmsSettingsJpaEntity.class, SmsSettingsJpaEntity.ID, LockModeType.PESSIMISTIC_WRITE))
                .map(SmsSettingsJpaEntity::toDomain)
                .orElseGet(SmsSettings::defaults);
    }

    @Override
    public void save(SmsSettings settings) {
        SmsSettingsJpaEntity row =
                em.find(SmsSettingsJpaEntity.class, SmsSettingsJpaEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            em.persist(SmsSettingsJpaEntity.from(settings));
        } else {
            row.copyStateOf(settings);
        }
        em.flush();
    }

    @Override
    public SmsContact lock(PhoneNumber phone, Instant now) {
        SmsContactJpaEntity row = em.find(SmsContactJpaEntity.class, phone.e164(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            try {
                rows.insertIfAbsent(phone.e164(), UtcTimes.toColumn(now));
            } catch (RuntimeException raced) {
                // Another request of the same number made the row first: it is locked below like any other.
                LOG.log(Level.FINE, "event=sms_contact_raced phone=" + phone.masked(), raced);
            }
            row = em.find(SmsContactJpaEntity.class, phone.e164(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                throw new IllegalStateException("No row for number " + phone.masked() + " after making it");
            }
        }
        return contact(row);
    }

    @Override
    public Optional<SmsContact> find(PhoneNumber phone) {
        return Optional.ofNullable(em.find(SmsContactJpaEntity.class, phone.e164()))
                .map(SmsPersistenceAdapter::contact);
    }

    @Override
    public void setOptedOut(PhoneNumber phone, boolean optedOut, Instant now) {
        SmsContactJpaEntity row = em.find(SmsContactJpaEntity.class, phone.e164(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("No stored number " + phone.masked());
        }
        row.setOptedOut(optedOut, UtcTimes.toColumn(now));
        em.flush();
    }

    @Override
    public void pin(PhoneNumber phone, VisitorId customer) {
        SmsContactJpaEntity row = em.find(SmsContactJpaEntity.class, phone.e164(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("No stored number " + phone.masked());
        }
        row.pin(customer.toString());
        em.flush();
    }

    @Override
    public boolean seen(String providerMessageId) {
        return em.find(SmsInboundJpaEntity.class, providerMessageId) != null;
    }

    @Override
    public void record(String providerMessageId, Instant at) {
        SmsInboundJpaEntity row = new SmsInboundJpaEntity();
        row.messageSid = providerMessageId;
        row.receivedAt = UtcTimes.toColumn(at);
        em.persist(row);
        em.flush();
    }

    @Override
    public void record(ConversationId conversation, PhoneNumber phone, Instant at) {
        SmsThreadJpaEntity known = em.find(SmsThreadJpaEntity.class, conversation.toString());
        if (known != null) {
            known.replyTo(phone.e164());
            em.flush();
            return;
        }
        SmsThreadJpaEntity row = new SmsThreadJpaEntity();
        row.conversationId = conversation.toString();
        row.phone = phone.e164();
        row.createdAt = UtcTimes.toColumn(at);
        em.persist(row);
        em.flush();
    }

    @Override
    public Optional<PhoneNumber> phoneOf(ConversationId conversation) {
        return Optional.ofNullable(em.find(SmsThreadJpaEntity.class, conversation.toString()))
                .map(row -> new PhoneNumber(row.phone));
    }

    @Override
    public void create(OutgoingSms sms) {
        em.persist(SmsOutgoingJpaEntity.from(sms));
        em.flush();
    }

    @Override
    public void update(OutgoingSms sms) {
        SmsOutgoingJpaEntity row = em.find(SmsOutgoingJpaEntity.class, sms.id().toString());
        if (row == null) {
            throw new IllegalStateException("No stored SMS " + sms.id());
        }
        row.copyStateOf(sms);
        em.flush();
    }

    @Override
    public Optional<OutgoingSms> findForUpdate(OutgoingSmsId id) {
        return Optional.ofNullable(em.find(SmsOutgoingJpaEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(SmsOutgoingJpaEntity::toDomain);
    }

    @Override
    public List<OutgoingSmsId> due(Instant now, int limit) {
        return em
                .createQuery(
                        "SELECT s.id FROM SmsOutgoing s WHERE s.state = :state AND s.nextAttemptAt <= :now"
                                + " ORDER BY s.nextAttemptAt, s.id",
                        String.class)
                .setParameter("state", SmsDeliveryState.PENDING.name())
                .setParameter("now", UtcTimes.toColumn(now))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(OutgoingSmsId::of)
                .toList();
    }

    @Override
    public List<OutgoingSms> ofConversation(ConversationId conversation) {
        return em
                .createQuery(
                        "SELECT s FROM SmsOutgoing s WHERE s.conversationId = :conversation ORDER BY s.seq",
                        SmsOutgoingJpaEntity.class)
                .setParameter("conversation", conversation.toString())
                .getResultList()
                .stream()
                .map(SmsOutgoingJpaEntity::toDomain)
                .toList();
    }

    @Override
    public void create(DemoSms sms) {
        em.persist(DemoSmsJpaEntity.from(sms));
        em.flush();
    }

    @Override
    public void update(DemoSms sms) {
        DemoSmsJpaEntity row = em.find(DemoSmsJpaEntity.class, sms.sid());
        if (row == null) {
            throw new IllegalStateException("No demo SMS " + sms.sid());
        }
        row.copyStateOf(sms);
        em.flush();
    }

    /** One conditional update, so that of two rounds at once the database lets one move the message. */
    @Override
    public boolean changeStatus(String sid, String from, String to, Instant now) {
        return em.createQuery("UPDATE DemoSms d SET d.status = :to, d.updatedAt = :now"
                                + " WHERE d.sid = :sid AND d.status = :from")
                        .setParameter("to", to)
                        .setParameter("now", UtcTimes.toColumn(now))
                        .setParameter("sid", sid)
                        .setParameter("from", from)
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<DemoSms> ofPhone(PhoneNumber phone, int limit) {
        List<DemoSms> newest = new ArrayList<>(em
                .createQuery(
                        "SELECT d FROM DemoSms d WHERE d.phone = :phone ORDER BY d.createdAt DESC, d.sid DESC",
                        DemoSmsJpaEntity.class)
                .setParameter("phone", phone.e164())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DemoSmsJpaEntity::toDomain)
                .toList());
        Collections.reverse(newest);
        return newest;
    }

    @Override
    public List<DemoSms> awaitingCallback(Instant before, int limit) {
        return em
                .createQuery(
                        "SELECT d FROM DemoSms d WHERE d.toStore = FALSE AND d.status IN ('queued', 'sent')"
                                + " AND d.updatedAt <= :before ORDER BY d.updatedAt, d.sid",
                        DemoSmsJpaEntity.class)
                .setParameter("before", UtcTimes.toColumn(before))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DemoSmsJpaEntity::toDomain)
                .toList();
    }

    private static SmsContact contact(SmsContactJpaEntity row) {
        return new SmsContact(
                new PhoneNumber(row.phone),
                row.optedOut,
                UtcTimes.fromColumn(row.changedAt),
                Optional.ofNullable(row.visitorId).map(VisitorId::of));
    }
}
