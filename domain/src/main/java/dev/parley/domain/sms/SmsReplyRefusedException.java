package dev.parley.domain.sms;

import dev.parley.domain.shared.DomainException;

/**
 * A reply on an SMS ticket that cannot go by SMS: the channel is off ({@code sms_disabled}), the number opted out
 * ({@code sms_opted_out}), it is longer than the provider takes ({@code sms_too_long}) or it carries an image ({@code
 * sms_no_images}). Nothing is stored.
 */
public class SmsReplyRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private SmsReplyRefusedException(String code, String message) {
        super(code, message);
    }

    public static SmsReplyRefusedException disabled() {
        return new SmsReplyRefusedException("sms_disabled", "SMS is turned off: replies cannot reach the phone.");
    }

    public static SmsReplyRefusedException optedOut() {
        return new SmsReplyRefusedException(
                "sms_opted_out", "The customer opted out of SMS (STOP); they must send START before you can reply.");
    }

    public static SmsReplyRefusedException tooLong(int max) {
        return new SmsReplyRefusedException("sms_too_long", "An SMS reply is at most " + max + " characters.");
    }

    public static SmsReplyRefusedException noImages() {
        return new SmsReplyRefusedException("sms_no_images", "Images cannot be sent by SMS.");
    }
}
