package dev.parley.domain.sms;

import dev.parley.domain.shared.InvalidValueException;

/** SMS cannot be on (or a test sent) without an account id, a sender and an auth token. */
public class SmsNotConfiguredException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public SmsNotConfiguredException() {
        super("sms_not_configured", "SMS needs the provider's account id, the store's sender and an auth token.");
    }
}
