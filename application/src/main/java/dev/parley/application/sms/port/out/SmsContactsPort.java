package dev.parley.application.sms.port.out;

import dev.parley.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * The numbers that wrote to the store, each with whether it opted out. A number's row is also the lock that keeps two
 * requests of one number (a provider's retry beside the first) from making two customers. Driven.
 */
public interface SmsContactsPort {

    /** The number's row, locked until the transaction ends; made (not opted out) if the number is new. */
    SmsContact lock(PhoneNumber phone, Instant now);

    Optional<SmsContact> find(PhoneNumber phone);

    /** Opts the number out ({@code true}) or back in. */
    void setOptedOut(PhoneNumber phone, boolean optedOut, Instant now);

    /**
     * A number and its state.
     *
     * @param changedAt when it last opted out or in; when it first wrote otherwise
     */
    record SmsContact(PhoneNumber phone, boolean optedOut, Instant changedAt) {}
}
