package dev.parley.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.SealedSecret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsSettingsTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String SERVICE = "MG0123456789abcdef0123456789ABCDEF";
    private static final Optional<SealedSecret> TOKEN = Optional.of(new SealedSecret("v1:key1:sealed-token"));

    private static SmsSettings with(String baseUrl) {
        return settings(false, baseUrl, ACCOUNT, "+48221234567", TOKEN);
    }

    private static SmsSettings settings(
            boolean enabled, String baseUrl, String account, String sender, Optional<SealedSecret> token) {
        return new SmsSettings(
                enabled, baseUrl, account, sender, token, Optional.empty(), SmsKeywords.defaults(), Optional.empty());
    }

    @Test
    void a_new_store_is_off_on_twilio_with_nothing_set() {
        SmsSettings defaults = SmsSettings.defaults();

        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.baseUrl()).isEqualTo("https://api.twilio.com");
        assertThat(defaults.isConfigured()).isFalse();
        assertThat(defaults.keywords()).isEqualTo(SmsKeywords.defaults());
    }

    @Test
    void an_https_base_url_is_taken_without_its_trailing_slash() {
        assertThat(with("https://api.twilio.com").baseUrl()).isEqualTo("https://api.twilio.com");
        assertThat(with(" https://api.twilio.com/ ").baseUrl()).isEqualTo("https://api.twilio.com");
        assertThat(with("https://sms.example.com:8443/twilio").baseUrl())
                .isEqualTo("https://sms.example.com:8443/twilio");
        assertThat(with("HTTPS://API.TWILIO.COM").baseUrl()).isEqualTo("HTTPS://API.TWILIO.COM");
    }

    @Test
    void plain_http_is_only_for_this_machine() {
        for (String loopback :
                List.of("http://localhost:9080/demo/sms-provider", "http://127.0.0.1:9080", "http://[::1]:9080")) {
            assertThat(with(loopback).baseUrl()).as(loopback).isEqualTo(loopback);
        }
        for (String remote :
                List.of("http://api.twilio.com", "http://10.0.0.5:8080", "http://localhost.evil.example")) {
            assertThatThrownBy(() -> with(remote)).as(remote).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.code()).isEqualTo("invalid_url");
            });
        }
    }

    @Test
    void a_base_url_has_no_user_query_or_fragment_and_is_https_or_http() {
        for (String refused : List.of(
                "https://AC1:token@api.twilio.com",
                "https://api.twilio.com?x=1",
                "https://api.twilio.com/#top",
                "ftp://api.twilio.com",
                "file:///etc/passwd",
                "api.twilio.com",
                "https://",
                "https://api twilio.com",
                "",
                "   ",
                "https://api.twilio.com/" + "a".repeat(SmsSettings.MAX_URL))) {
            assertThatThrownBy(() -> with(refused))
                    .as(refused)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("invalid_url");
                    });
        }
    }

    @Test
    void the_sender_is_a_number_in_e164_or_a_messaging_service() {
        SmsSettings number = settings(false, SmsSettings.TWILIO, ACCOUNT, " +48 22 123-45-67 ", TOKEN);
        assertThat(number.sender()).isEqualTo("+48221234567");
        assertThat(number.sendsThroughService()).isFalse();

        SmsSettings service = settings(false, SmsSettings.TWILIO, ACCOUNT, SERVICE, TOKEN);
        assertThat(service.sender()).isEqualTo(SERVICE);
        assertThat(service.sendsThroughService()).isTrue();

        for (String refused : List.of("221234567", "MG123", "MG" + "g".repeat(32), "MG" + "0".repeat(33), "Parley")) {
            assertThatThrownBy(() -> settings(false, SmsSettings.TWILIO, ACCOUNT, refused, TOKEN))
                    .as(refused)
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("invalid_sms_sender"));
        }
    }

    @Test
    void the_account_id_is_letters_and_digits() {
        assertThatThrownBy(() -> settings(false, SmsSettings.TWILIO, "AC/../x", "+48221234567", TOKEN))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("invalid_sms_account"));
        assertThatThrownBy(() -> settings(false, SmsSettings.TWILIO, "A".repeat(65), "+48221234567", TOKEN))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void sms_can_be_on_only_with_an_account_a_sender_and_a_token() {
        SmsSettings on = settings(true, SmsSettings.TWILIO, ACCOUNT, "+48221234567", TOKEN);
        assertThat(on.enabled()).isTrue();
        assertThat(on.isConfigured()).isTrue();

        List<Runnable> incomplete = List.of(
                () -> settings(true, SmsSettings.TWILIO, "", "+48221234567", TOKEN),
                () -> settings(true, SmsSettings.TWILIO, ACCOUNT, "", TOKEN),
                () -> settings(true, SmsSettings.TWILIO, ACCOUNT, "+48221234567", Optional.empty()));
        for (Runnable turnOn : incomplete) {
            assertThatThrownBy(turnOn::run)
                    .isInstanceOfSatisfying(
                            SmsNotConfiguredException.class,
                            e -> assertThat(e.code()).isEqualTo("sms_not_configured"));
        }

        SmsSettings off = settings(false, SmsSettings.TWILIO, ACCOUNT, "", Optional.empty());
        assertThat(off.isConfigured()).isFalse();
    }

    @Test
    void printing_the_settings_shows_no_token_and_no_account() {
        SmsSettings on = new SmsSettings(
                true,
                SmsSettings.TWILIO,
                ACCOUNT,
                "+48221234567",
                TOKEN,
                Optional.of(new SealedSecret("v1:key1:sealed-second")),
                SmsKeywords.defaults(),
                Optional.empty());

        assertThat(on.toString()).doesNotContain("sealed").doesNotContain(ACCOUNT);
    }
}
