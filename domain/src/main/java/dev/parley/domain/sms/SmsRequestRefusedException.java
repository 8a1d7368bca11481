package dev.parley.domain.sms;

import dev.parley.domain.shared.DomainException;

/**
 * A request on the SMS webhooks that is not the store's provider's: a missing or wrong signature ({@code
 * invalid_signature}), another account ({@code unknown_account}), a number that is not the store's ({@code
 * not_store_number}), or SMS turned off ({@code sms_disabled}). Nothing is stored; answered 403.
 */
public class SmsRequestRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SmsRequestRefusedException(String code, String message) {
        super(code, message);
    }
}
