package dev.parley.application.sms.port.in;

/** The provider's webhooks: an incoming message, and a sent message's later state. Driving. */
public interface ReceiveSmsUseCase {

    /**
     * An incoming message: checked, then stored in the customer's SMS conversation (or recognised as a repeat).
     *
     * @throws dev.parley.domain.sms.SmsRequestRefusedException when it is not the store's provider's; nothing stored
     * @throws dev.parley.domain.shared.RateLimitedException when the number sent too many; nothing stored
     */
    InboundOutcome receive(ProviderRequest request);

    /**
     * A status callback: moves the reply's state forward, never back.
     *
     * @throws dev.parley.domain.sms.SmsRequestRefusedException when it is not the store's provider's; nothing stored
     */
    void status(ProviderRequest request);

    /** What became of an incoming message. */
    enum InboundOutcome {
        STORED,
        REPEATED,
        OPTED_OUT,
        OPTED_IN
    }
}
