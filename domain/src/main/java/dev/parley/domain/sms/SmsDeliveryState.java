package dev.parley.domain.sms;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a reply sent by SMS is. States only move forward: {@code PENDING} (in Parley's outbox) → {@code QUEUED} (the
 * provider took it) → {@code SENT} → {@code DELIVERED}; {@code UNDELIVERED} and {@code FAILED} end it too. Delivered,
 * undelivered and failed are final: a late or repeated status callback never moves a message back.
 */
public enum SmsDeliveryState {
    PENDING(0),
    QUEUED(1),
    SENT(2),
    DELIVERED(3),
    UNDELIVERED(3),
    FAILED(3);

    private final int rank;

    SmsDeliveryState(int rank) {
        this.rank = rank;
    }

    /** Whether moving from this state to {@code next} goes forward. */
    public boolean canMoveTo(SmsDeliveryState next) {
        return !isFinal() && next.rank > rank;
    }

    /** Whether no state follows this one. */
    public boolean isFinal() {
        return rank == 3;
    }

    /** The code on the wire: {@code pending}, {@code queued}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The state a provider's {@code MessageStatus} means; empty for a status Parley does not follow. Twilio's
     * {@code accepted}, {@code scheduled} and {@code sending} are still queued; {@code read} (chat apps) is delivered.
     */
    public static Optional<SmsDeliveryState> fromProviderStatus(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled", "queued", "sending" -> Optional.of(QUEUED);
            case "sent" -> Optional.of(SENT);
            case "delivered", "read" -> Optional.of(DELIVERED);
            case "undelivered" -> Optional.of(UNDELIVERED);
            case "failed", "canceled" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
