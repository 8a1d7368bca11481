package dev.parley.application.sms.port.out;

import java.time.Instant;

/** The provider's ids of the messages received, so that a provider's retry stores nothing twice. Driven. */
public interface SmsInboundLogPort {

    boolean seen(String providerMessageId);

    void record(String providerMessageId, Instant at);
}
