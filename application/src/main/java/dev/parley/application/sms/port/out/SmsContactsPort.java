package dev.parley.application.sms.port.out;

import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
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

    /** Keeps the number with the customer its first text reached, whatever profile is given the number later. */
    void pin(PhoneNumber phone, VisitorId customer);

    /**
     * A number and its state.
     *
     * @param changedAt when it last opted out or in; when it first wrote otherwise
     * @param customer the customer the number's texts go to, once its first text reached one
     */
    record SmsContact(PhoneNumber phone, boolean optedOut, Instant changedAt, Optional<VisitorId> customer) {

        /** A number not yet kept with a customer. */
        public SmsContact(PhoneNumber phone, boolean optedOut, Instant changedAt) {
            this(phone, optedOut, changedAt, Optional.empty());
        }
    }
}
