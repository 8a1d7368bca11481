package dev.parley.application.sms.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Demo mode's SMS: a fake provider that speaks Twilio's Messages API and signs its webhooks as Twilio does, and the
 * simulated phones on {@code /demo/phone/}. On only in demo mode ({@code demo_disabled} otherwise). Driving.
 */
public interface DemoPhoneUseCase {

    /**
     * Connects SMS to the fake provider at start-up, when demo mode is on and SMS was never set up; not when the public
     * URL is on plain http beyond this machine, which no provider's base URL may be (it says so in the log).
     */
    boolean connectDemoProvider();

    /**
     * A simulated phone texts the store: the fake provider posts the signed webhook to Parley.
     *
     * @throws dev.parley.domain.shared.InvalidValueException for a number without its country code or an empty text
     */
    PhoneMessage send(String from, String text);

    /** What the fake provider carried to and from one phone, oldest first. */
    PhoneThread thread(String number);

    /**
     * The fake Messages API: Parley sends a message to a phone.
     *
     * @param authorization the {@code Authorization} header
     */
    ProviderAnswer accept(String account, Optional<String> authorization, java.util.Map<String, List<String>> form);

    /**
     * Sends the status callbacks that are due (sent, then delivered), each once: a message is moved on before its
     * callback is posted, and only by the round that moved it.
     *
     * @return how many messages this round moved on
     */
    int advance();

    /** One message, as the phone shows it. */
    record PhoneMessage(
            String sid, boolean toStore, String text, Instant at, String status, Optional<Integer> webhookStatus) {}

    /** A phone's messages. */
    record PhoneThread(String number, String storeNumber, List<PhoneMessage> messages) {}

    /**
     * The fake provider's answer, shaped like Twilio's.
     *
     * @param status the HTTP status (201 taken; 400, 401 or 404 refused)
     * @param sid the message's id when taken
     * @param errorCode Twilio's error code when refused
     */
    record ProviderAnswer(
            int status,
            Optional<String> sid,
            Optional<Integer> errorCode,
            String message,
            String to,
            String from,
            String body) {}
}
