package dev.parley.application.sms.port.out;

import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.SmsDeliveryState;

/**
 * Sends an SMS through the provider's Messages API ({@code POST {base}/2010-04-01/Accounts/{account}/Messages.json},
 * form-encoded {@code To}, {@code From} or {@code MessagingServiceSid}, {@code Body}, {@code StatusCallback}). Called
 * outside any transaction. Driven.
 */
public interface SendSmsPort {

    /**
     * Sends one message.
     *
     * @param statusCallback the URL the provider reports the message's later states to
     * @return the provider's message id and the state it reported
     * @throws SmsNotSentException when the provider refused it or did not answer
     */
    SentSms send(SmsCredentials credentials, PhoneNumber to, String body, String statusCallback);

    /**
     * The provider took a message.
     *
     * @param providerId its id (Twilio's {@code sid}, SM…)
     * @param state the state in the provider's answer ({@code queued}, or {@code accepted} through a service)
     */
    record SentSms(String providerId, SmsDeliveryState state) {}
}
