package dev.parley.domain.sms;

import java.util.Map;

/** The provider's error codes that agents meet most, in words (Twilio's numbers, which compatible providers copy). */
public final class SmsErrors {

    /** The recipient sent STOP to the store's number: the provider refuses to send to them. */
    public static final String OPTED_OUT = "21610";

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry(OPTED_OUT, "recipient opted out"),
            Map.entry("21211", "invalid number"),
            Map.entry("21614", "not a mobile number"),
            Map.entry("21612", "cannot be sent to this number"),
            Map.entry("21408", "sending to this region is not enabled"),
            Map.entry("21606", "the store's number cannot send SMS"),
            Map.entry("21617", "message too long"),
            Map.entry("30003", "phone unreachable"),
            Map.entry("30004", "message blocked"),
            Map.entry("30005", "unknown number"),
            Map.entry("30006", "landline or unreachable carrier"),
            Map.entry("30007", "filtered by the carrier"),
            Map.entry("30008", "unknown error"),
            Map.entry("30034", "sender not registered for this traffic"));

    private SmsErrors() {}

    /** The code in words; "provider error" and the code for one Parley does not know. */
    public static String describe(String code) {
        return WORDS.getOrDefault(code, "provider error " + code);
    }
}
