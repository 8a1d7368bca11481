package dev.parley.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {

    /** The example in Twilio's "Webhooks security" documentation. */
    private static final String TOKEN = "12345";

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private static Map<String, List<String>> documented() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("CallSid", List.of("CA1234567890ABCDE"));
        parameters.put("Caller", List.of("+12349013030"));
        parameters.put("Digits", List.of("1234"));
        parameters.put("From", List.of("+12349013030"));
        parameters.put("To", List.of("+18005551212"));
        return parameters;
    }

    @Test
    void signs_twilios_documented_example_as_twilio_does() {
        assertThat(RequestSignature.sign(TOKEN, URL, documented())).isEqualTo(SIGNATURE);
        assertThat(RequestSignature.matches(List.of(TOKEN), URL, documented(), SIGNATURE))
                .isTrue();
    }

    @Test
    void the_order_the_parameters_arrive_in_does_not_matter() {
        List<String> names = new ArrayList<>(documented().keySet());
        Collections.reverse(names);
        Map<String, List<String>> reversed = new LinkedHashMap<>();
        names.forEach(name -> reversed.put(name, documented().get(name)));

        assertThat(RequestSignature.sign(TOKEN, URL, reversed)).isEqualTo(SIGNATURE);
    }

    @Test
    void a_tampered_parameter_an_added_one_or_a_removed_one_is_refused() {
        Map<String, List<String>> tampered = documented();
        tampered.put("Digits", List.of("1235"));
        Map<String, List<String>> added = documented();
        added.put("Body", List.of("STOP"));
        Map<String, List<String>> removed = documented();
        removed.remove("Caller");
        Map<String, List<String>> padded = documented();
        padded.put("Digits", List.of("1234 "));

        for (Map<String, List<String>> changed : List.of(tampered, added, removed, padded)) {
            assertThat(RequestSignature.matches(List.of(TOKEN), URL, changed, SIGNATURE))
                    .as(changed.toString())
                    .isFalse();
        }
    }

    @Test
    void another_url_is_refused_and_so_is_http_when_the_provider_called_https_through_a_proxy() {
        for (String other : List.of(
                "https://mycompany.com/myapp.php?foo=1&bar=3",
                "https://mycompany.com/myapp.php",
                "https://evil.example/myapp.php?foo=1&bar=2",
                "http://mycompany.com/myapp.php?foo=1&bar=2")) {
            assertThat(RequestSignature.matches(List.of(TOKEN), other, documented(), SIGNATURE))
                    .as(other)
                    .isFalse();
        }
    }

    @Test
    void during_a_rotation_either_token_is_accepted_and_any_other_refused() {
        String secondary = "67890";
        String bySecondary = RequestSignature.sign(secondary, URL, documented());

        assertThat(bySecondary).isNotEqualTo(SIGNATURE);
        assertThat(RequestSignature.matches(List.of(TOKEN, secondary), URL, documented(), SIGNATURE))
                .isTrue();
        assertThat(RequestSignature.matches(List.of(TOKEN, secondary), URL, documented(), bySecondary))
                .isTrue();
        assertThat(RequestSignature.matches(List.of(TOKEN), URL, documented(), bySecondary))
                .isFalse();
        assertThat(RequestSignature.matches(List.of(), URL, documented(), SIGNATURE))
                .isFalse();
    }

    @Test
    void a_missing_or_empty_signature_is_refused() {
        assertThat(RequestSignature.matches(List.of(TOKEN), URL, documented(), null))
                .isFalse();
        assertThat(RequestSignature.matches(List.of(TOKEN), URL, documented(), ""))
                .isFalse();
        assertThat(RequestSignature.matches(List.of(TOKEN), URL, documented(), SIGNATURE.substring(1)))
                .isFalse();
    }

    @Test
    void a_repeated_parameters_values_are_signed_sorted() {
        Map<String, List<String>> one = Map.of("MediaUrl0", List.of("b", "a"), "Body", List.of("hi"));
        Map<String, List<String>> other = Map.of("Body", List.of("hi"), "MediaUrl0", List.of("a", "b"));

        assertThat(RequestSignature.sign(TOKEN, URL, one)).isEqualTo(RequestSignature.sign(TOKEN, URL, other));
        assertThat(RequestSignature.sign(TOKEN, URL, one))
                .isEqualTo(RequestSignature.sign(TOKEN, URL + "Bodyhi" + "MediaUrl0a" + "MediaUrl0b", Map.of()));
    }

    @Test
    void twilios_own_request_validator_accepts_the_signatures_for_random_requests() {
        Random random = new Random(20261206L);
        List<String> urls = List.of(
                "https://parley.example/api/v1/channels/sms/inbound",
                "https://parley.example/api/v1/channels/sms/status",
                "https://support.shop.example:8443/api/v1/channels/sms/inbound",
                "http://localhost:9080/api/v1/channels/sms/status",
                "https://parley.example/api/v1/channels/sms/inbound?store=north&x=1");
        List<String> names = List.of(
                "MessageSid",
                "SmsSid",
                "AccountSid",
                "MessagingServiceSid",
                "From",
                "To",
                "Body",
                "NumMedia",
                "NumSegments",
                "MessageStatus",
                "ErrorCode",
                "ApiVersion",
                "FromCountry",
                "ToZip");
        for (int round = 0; round < 200; round++) {
            String token = hex(random, 32);
            String url = urls.get(random.nextInt(urls.size()));
            Map<String, String> single = new HashMap<>();
            int count = 1 + random.nextInt(names.size());
            for (int i = 0; i < count; i++) {
                single.put(names.get(random.nextInt(names.size())), text(random));
            }
            Map<String, List<String>> form = new HashMap<>();
            single.forEach((name, value) -> form.put(name, List.of(value)));

            String signature = RequestSignature.sign(token, url, form);

            RequestValidator twilio = new RequestValidator(token);
            assertThat(twilio.validate(url, single, signature))
                    .as("round %d: %s %s", round, url, single)
                    .isTrue();
            assertThat(twilio.validate(url, single, RequestSignature.sign(hex(random, 32), url, form)))
                    .as("round %d with another token", round)
                    .isFalse();
        }
    }

    private static String hex(Random random, int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    /** Texts as customers write them: digits, Latin and Polish letters, spaces, punctuation, an emoji. */
    private static String text(Random random) {
        String alphabet = "0123456789 abcXYZ+-.,!?&=%/ąćęłńóśźżĄĆĘŁŃÓŚŹŻ€\n";
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (random.nextInt(4) == 0) {
            text.append("😀");
        }
        return text.toString();
    }
}
