package dev.parley.server;

import dev.parley.adapters.sms.SmsHttpTimeouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS provider's HTTP calls, from configuration: {@code PARLEY_SMS_TIMEOUT} (10s, read like {@code 30s}) for
 * connecting to the provider and for its whole answer. A webhook posted as the provider (demo mode's fake provider
 * reaching Parley's own SMS webhooks) gets {@link SmsHttpTimeouts#WEBHOOK}.
 */
@ApplicationScoped
public class SmsHttpConfiguration {

    /** {@code PARLEY_SMS_TIMEOUT}'s default. */
    static final String DEFAULT_TIMEOUT = "10s";

    @Produces
    SmsHttpTimeouts smsHttpTimeouts(
            @ConfigProperty(name = "parley.sms.timeout", defaultValue = DEFAULT_TIMEOUT) String timeout) {
        return new SmsHttpTimeouts(
                UploadConfiguration.duration("parley.sms.timeout", timeout), SmsHttpTimeouts.WEBHOOK);
    }
}
