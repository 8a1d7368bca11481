package dev.parley.application.sms.port.out;

import dev.parley.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What demo mode's fake provider carried, to and from the simulated phones. Driven. */
public interface DemoPhonePort {

    void create(DemoSms sms);

    void update(DemoSms sms);

    /** The last {@code limit} messages of one phone, oldest first. */
    List<DemoSms> ofPhone(PhoneNumber phone, int limit);

    /** Messages to phones whose next status callback is due: queued or sent, and unchanged since {@code before}. */
    List<DemoSms> awaitingCallback(Instant before, int limit);

    /**
     * Moves a message from one status to the next, only while it still has the first: of two rounds at once (two
     * nodes, or a woken round and a scheduled one), one moves it and reports it.
     *
     * @return whether this call moved it
     */
    boolean changeStatus(String sid, String from, String to, Instant now);

    /**
     * One message.
     *
     * @param sid the fake provider's id (SM…)
     * @param phone the simulated phone
     * @param toStore whether the phone sent it (else Parley sent it to the phone)
     * @param status received or refused (to the store); queued, sent or delivered (to the phone)
     * @param webhookStatus Parley's HTTP status for the incoming-message webhook
     * @param statusCallback where the provider reports the states of a message to the phone
     */
    record DemoSms(
            String sid,
            PhoneNumber phone,
            boolean toStore,
            String body,
            String status,
            Optional<Integer> webhookStatus,
            Optional<String> statusCallback,
            Instant at,
            Instant updatedAt) {

        public DemoSms {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(webhookStatus, "webhookStatus");
            Objects.requireNonNull(statusCallback, "statusCallback");
        }

        public DemoSms withStatus(String next, Optional<Integer> webhook, Instant now) {
            return new DemoSms(sid, phone, toStore, body, next, webhook, statusCallback, at, now);
        }
    }
}
