package dev.parley.application.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.sms.port.in.SmsSettingsUseCase.SmsSettingsChange;
import dev.parley.application.sms.port.in.SmsSettingsUseCase.SmsSettingsView;
import dev.parley.application.sms.port.in.SmsSettingsUseCase.SmsTestResult;
import dev.parley.application.sms.port.out.SmsCredentials;
import dev.parley.application.sms.port.out.SmsNotSentException;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.SecretsKeyMissingException;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsNotConfiguredException;
import dev.parley.domain.sms.SmsSettings;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SMS section of the settings: for admins, tokens sealed and never shown, checked before anything is stored. */
class SmsSettingsServiceTest extends SmsFixture {

    private static SmsSettingsChange change(boolean enabled, Optional<String> token) {
        return new SmsSettingsChange(
                enabled,
                SmsSettings.TWILIO,
                ACCOUNT,
                STORE_NUMBER,
                token,
                Optional.empty(),
                false,
                SmsKeywords.DEFAULT_OPT_OUT,
                SmsKeywords.DEFAULT_OPT_IN);
    }

    private static SmsSettingsChange withSecondary(Optional<String> secondary, boolean drop) {
        return new SmsSettingsChange(
                true,
                SmsSettings.TWILIO,
                ACCOUNT,
                STORE_NUMBER,
                Optional.empty(),
                secondary,
                drop,
                SmsKeywords.DEFAULT_OPT_OUT,
                SmsKeywords.DEFAULT_OPT_IN);
    }

    private SmsSettingsChange changeOf(String baseUrl, String account, String sender, List<String> optOut) {
        return new SmsSettingsChange(
                true, baseUrl, account, sender, Optional.of(TOKEN), Optional.empty(), false, optOut, List.of("START"));
    }

    @Test
    void only_admins_see_change_and_test_the_sms_settings() {
        assertThatThrownBy(() -> settings.settings(agent)).isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> settings.change(agent, change(true, Optional.of(TOKEN))))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> settings.change(AgentId.random(), change(true, Optional.of(TOKEN))))
                .isInstanceOf(AdminsOnlyException.class);
        smsOn();
        assertThatThrownBy(() -> settings.test(agent, ANNA.e164())).isInstanceOf(AdminsOnlyException.class);

        assertThat(store.settingsSaves).isZero();
        assertThat(audit.entries()).isEmpty();
        assertThat(provider.sent).isEmpty();
    }

    @Test
    void the_token_is_stored_sealed_never_shown_and_audited_only_as_changed() {
        SmsSettingsView view = settings.change(ADMIN, change(true, Optional.of("  " + TOKEN + "  ")));

        SmsSettings stored = store.settings;
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.authToken()).hasValueSatisfying(secret -> {
            assertThat(secret.value()).doesNotContain(TOKEN);
            assertThat(secrets.open(secret, SmsSettings.TOKEN_CONTEXT)).isEqualTo(TOKEN);
        });
        assertThat(stored.updatedAt()).contains(NOW);
        assertThat(view.authTokenStored()).isTrue();
        assertThat(view.secondaryAuthTokenStored()).isFalse();
        assertThat(view.toString()).doesNotContain(TOKEN);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SMS_SETTINGS_CHANGED);
            assertThat(entry.actor()).isEqualTo(ADMIN);
            assertThat(entry.summary())
                    .containsEntry("enabled", true)
                    .containsEntry("accountId", ACCOUNT)
                    .containsEntry("sender", STORE_NUMBER)
                    .containsEntry("authToken", "changed")
                    .doesNotContainKey("secondaryAuthToken");
            assertThat(entry.toString())
                    .doesNotContain(TOKEN)
                    .doesNotContain(stored.authToken().get().value());
        });
    }

    @Test
    void the_view_shows_the_urls_to_give_the_provider_and_whether_tokens_are_stored() {
        SmsSettingsView view = settings.settings(ADMIN);

        assertThat(view.enabled()).isFalse();
        assertThat(view.baseUrl()).isEqualTo(SmsSettings.TWILIO);
        assertThat(view.authTokenStored()).isFalse();
        assertThat(view.secretsKeyConfigured()).isTrue();
        assertThat(view.demoProvider()).isFalse();
        assertThat(view.inboundUrl()).isEqualTo("https://shop.example/api/v1/channels/sms/inbound");
        assertThat(view.statusUrl()).isEqualTo("https://shop.example/api/v1/channels/sms/status");
        assertThat(view.maxLength()).isEqualTo(1600);
        assertThat(view.optOutKeywords()).isEqualTo(SmsKeywords.DEFAULT_OPT_OUT);
        assertThat(view.updatedAt()).isEmpty();

        secrets.unavailable = Optional.of("PARLEY_SECRETS_KEY is not set.");
        assertThat(settings.settings(ADMIN).secretsKeyConfigured()).isFalse();
    }

    @Test
    void the_view_tells_demo_modes_fake_provider_apart() {
        settings.change(
                ADMIN, changeOf(PUBLIC_URL + DemoPhoneService.PROVIDER_PATH, ACCOUNT, STORE_NUMBER, List.of("STOP")));

        assertThat(settings.settings(ADMIN).demoProvider()).isTrue();
    }

    @Test
    void an_empty_token_keeps_the_stored_one() {
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        SmsSettings before = store.settings;
        clock.advance(Duration.ofMinutes(1));

        settings.change(ADMIN, change(true, Optional.empty()));
        settings.change(ADMIN, change(false, Optional.of("   ")));

        assertThat(store.settings.authToken()).isEqualTo(before.authToken());
        assertThat(store.settings.enabled()).isFalse();
        assertThat(audit.entries()).hasSize(3);
        assertThat(audit.entries().subList(1, 3))
                .allSatisfy(entry -> assertThat(entry.summary()).doesNotContainKey("authToken"));
    }

    @Test
    void a_secondary_token_is_sealed_for_its_own_context_audited_and_dropped_on_request() {
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));

        settings.change(ADMIN, withSecondary(Optional.of(SECONDARY_TOKEN), false));
        assertThat(store.settings.secondaryAuthToken())
                .hasValueSatisfying(secret -> assertThat(secrets.open(secret, SmsSettings.SECONDARY_TOKEN_CONTEXT))
                        .isEqualTo(SECONDARY_TOKEN));
        assertThat(settings.settings(ADMIN).secondaryAuthTokenStored()).isTrue();

        settings.change(ADMIN, withSecondary(Optional.empty(), false));
        assertThat(store.settings.secondaryAuthToken())
                .as("kept when left empty")
                .isPresent();

        SmsSettingsView dropped = settings.change(ADMIN, withSecondary(Optional.empty(), true));
        assertThat(dropped.secondaryAuthTokenStored()).isFalse();
        assertThat(store.settings.secondaryAuthToken()).isEmpty();
        assertThat(store.settings.authToken()).as("the primary stays").isPresent();

        settings.change(ADMIN, withSecondary(Optional.empty(), true));

        assertThat(audit.entries())
                .extracting(entry -> entry.summary().get("secondaryAuthToken"))
                .containsExactly(null, "changed", null, "removed", null);
        assertThat(audit.entries())
                .allSatisfy(entry ->
                        assertThat(entry.toString()).doesNotContain(TOKEN).doesNotContain(SECONDARY_TOKEN));
    }

    @Test
    void sms_cannot_be_turned_on_without_a_token_and_nothing_is_stored() {
        assertThatThrownBy(() -> settings.change(ADMIN, change(true, Optional.empty())))
                .isInstanceOf(SmsNotConfiguredException.class)
                .hasFieldOrPropertyWithValue("code", "sms_not_configured");

        assertThat(store.settingsSaves).isZero();
        assertThat(store.settings).isEqualTo(SmsSettings.defaults());
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_token_cannot_be_stored_without_the_secrets_key_but_sms_can_be_turned_off() {
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        SmsSettings before = store.settings;
        secrets.unavailable = Optional.of("PARLEY_SECRETS_KEY is not set.");

        assertThatThrownBy(() -> settings.change(ADMIN, change(true, Optional.of("new-token"))))
                .isInstanceOf(SecretsKeyMissingException.class)
                .hasFieldOrPropertyWithValue("code", "secrets_key_missing");
        assertThatThrownBy(() -> settings.change(ADMIN, withSecondary(Optional.of(SECONDARY_TOKEN), false)))
                .isInstanceOf(SecretsKeyMissingException.class);
        assertThat(store.settings).isEqualTo(before);
        assertThat(audit.entries()).hasSize(1);

        settings.change(ADMIN, change(false, Optional.empty()));
        assertThat(store.settings.enabled()).isFalse();
    }

    @Test
    void fields_that_break_their_rules_are_refused_with_their_codes_and_nothing_is_stored() {
        assertInvalid(changeOf("http://api.twilio.com", ACCOUNT, STORE_NUMBER, List.of("STOP")), "invalid_url");
        assertInvalid(changeOf("https://user@api.twilio.com", ACCOUNT, STORE_NUMBER, List.of("STOP")), "invalid_url");
        assertInvalid(changeOf("https://api.twilio.com?x=1", ACCOUNT, STORE_NUMBER, List.of("STOP")), "invalid_url");
        assertInvalid(changeOf("", ACCOUNT, STORE_NUMBER, List.of("STOP")), "invalid_url");
        assertInvalid(changeOf(SmsSettings.TWILIO, "AC-12", STORE_NUMBER, List.of("STOP")), "invalid_sms_account");
        assertInvalid(changeOf(SmsSettings.TWILIO, ACCOUNT, "500600700", List.of("STOP")), "invalid_sms_sender");
        assertInvalid(changeOf(SmsSettings.TWILIO, ACCOUNT, "MG123", List.of("STOP")), "invalid_sms_sender");
        assertInvalid(changeOf(SmsSettings.TWILIO, ACCOUNT, STORE_NUMBER, List.of("STOP NOW")), "invalid_sms_keywords");
        assertInvalid(changeOf(SmsSettings.TWILIO, ACCOUNT, STORE_NUMBER, List.of("start")), "invalid_sms_keywords");
        assertInvalid(
                new SmsSettingsChange(
                        true,
                        SmsSettings.TWILIO,
                        ACCOUNT,
                        STORE_NUMBER,
                        Optional.of("token with spaces"),
                        Optional.empty(),
                        false,
                        List.of(),
                        List.of()),
                "invalid_sms_token");
        assertInvalid(
                new SmsSettingsChange(
                        true,
                        SmsSettings.TWILIO,
                        ACCOUNT,
                        STORE_NUMBER,
                        Optional.of(TOKEN),
                        Optional.of("x".repeat(201)),
                        false,
                        List.of(),
                        List.of()),
                "invalid_sms_token");
    }

    @Test
    void a_change_is_announced_and_a_refused_one_is_not() {
        settings.announceThrough(store);

        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        assertThatThrownBy(() -> settings.change(ADMIN, changeOf("ftp://x", ACCOUNT, STORE_NUMBER, List.of("STOP"))))
                .isInstanceOf(InvalidValueException.class);

        assertThat(store.settingsNews).isEqualTo(1);
    }

    @Test
    void the_stored_token_never_follows_a_new_provider_address_or_account() {
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        SmsSettings before = store.settings;

        for (SmsSettingsChange elsewhere : List.of(
                new SmsSettingsChange(
                        true,
                        "https://attacker.example",
                        ACCOUNT,
                        STORE_NUMBER,
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        SmsKeywords.DEFAULT_OPT_OUT,
                        SmsKeywords.DEFAULT_OPT_IN),
                new SmsSettingsChange(
                        true,
                        SmsSettings.TWILIO,
                        "AC" + "f".repeat(32),
                        STORE_NUMBER,
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        SmsKeywords.DEFAULT_OPT_OUT,
                        SmsKeywords.DEFAULT_OPT_IN))) {
            assertThatThrownBy(() -> settings.change(ADMIN, elsewhere))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("sms_token_required");
        }
        assertThat(store.settings).isEqualTo(before);

        settings.change(ADMIN, changeOf("https://sms.example.com/", ACCOUNT, STORE_NUMBER, List.of("STOP")));
        assertThat(store.settings.baseUrl()).as("with the token typed anew").isEqualTo("https://sms.example.com");
    }

    @Test
    void the_sender_and_a_local_provider_are_taken_as_people_write_them() {
        settings.change(ADMIN, changeOf("http://localhost:8089/", ACCOUNT, "+48 500 600 700", List.of("basta")));

        assertThat(store.settings.baseUrl()).isEqualTo("http://localhost:8089");
        assertThat(store.settings.sender()).isEqualTo(STORE_NUMBER);
        assertThat(store.settings.keywords().optOut()).containsExactly("BASTA");
    }

    @Test
    void a_test_message_goes_with_the_stored_settings_and_reports_sent() {
        settings.change(ADMIN, change(false, Optional.of(TOKEN)));
        provider.takes("SM99999999999999999999999999999999", SmsDeliveryState.QUEUED);

        SmsTestResult result = settings.test(ADMIN, "+48 600 100 200");

        assertThat(result.outcome()).isEqualTo("sent");
        assertThat(result.ok()).isTrue();
        assertThat(result.providerId()).contains("SM99999999999999999999999999999999");
        assertThat(result.error()).isEmpty();
        assertThat(provider.sent).singleElement().satisfies(call -> {
            assertThat(call.credentials())
                    .isEqualTo(new SmsCredentials(SmsSettings.TWILIO, ACCOUNT, TOKEN, STORE_NUMBER, false));
            assertThat(call.to()).isEqualTo(ANNA);
            assertThat(call.statusCallback()).isEqualTo(policy.statusUrl());
        });
    }

    @Test
    void a_failed_test_message_says_why_in_one_word_and_the_providers_error_in_words() {
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        provider.fails(failure(Optional.of(401), Optional.of("20003")))
                .fails(failure(Optional.of(403), Optional.empty()))
                .fails(failure(Optional.of(400), Optional.of("21211")))
                .fails(failure(Optional.of(429), Optional.empty()))
                .fails(failure(Optional.empty(), Optional.empty()))
                .fails(failure(Optional.of(503), Optional.empty()));
        List<SmsTestResult> results = List.of(
                tested(ANNA.e164()),
                tested(ANNA.e164()),
                tested(ANNA.e164()),
                tested(ANNA.e164()),
                tested(ANNA.e164()),
                tested(ANNA.e164()));

        assertThat(results)
                .extracting(SmsTestResult::outcome)
                .containsExactly("unauthorized", "unauthorized", "refused", "rate_limited", "unreachable", "failed");
        assertThat(results.get(0).status()).contains(401);
        assertThat(results.get(0).error()).contains("20003 provider error 20003");
        assertThat(results.get(2).error()).contains("21211 invalid number");
        assertThat(results.get(4).error()).contains("no answer within 10 s");
        assertThat(results.get(4).status()).isEmpty();
        assertThat(results).noneMatch(SmsTestResult::ok);
    }

    @Test
    void a_test_needs_a_number_and_complete_settings_and_sends_nothing_otherwise() {
        assertThatThrownBy(() -> settings.test(ADMIN, "600100200"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_phone");
        assertThatThrownBy(() -> settings.test(ADMIN, ANNA.e164()))
                .isInstanceOf(SmsNotConfiguredException.class)
                .hasFieldOrPropertyWithValue("code", "sms_not_configured");

        assertThat(provider.sent).isEmpty();
    }

    @Test
    void tests_are_limited_per_admin_and_the_limit_refills_after_its_window() {
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        AgentId other = secondAdmin();

        assertThat(settings.test(ADMIN, ANNA.e164()).ok()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(settings.test(ADMIN, ANNA.e164()).ok()).isTrue();
        assertThatThrownBy(() -> settings.test(ADMIN, ANNA.e164()))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("code", "rate_limited");
        assertThat(settings.test(other, ANNA.e164()).ok())
                .as("another admin's allowance")
                .isTrue();
        assertThat(provider.sent).hasSize(3);

        clock.advance(Duration.ofMinutes(9).minusSeconds(1));
        assertThatThrownBy(() -> settings.test(ADMIN, ANNA.e164())).isInstanceOf(RateLimitedException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(settings.test(ADMIN, ANNA.e164()).ok()).isTrue();
        assertThat(provider.sent).hasSize(4);
    }

    @Test
    void tokens_sealed_under_the_previous_key_are_sealed_anew_once() {
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        settings.change(ADMIN, withSecondary(Optional.of(SECONDARY_TOKEN), false));
        int saves = store.settingsSaves;
        secrets.key = 2;

        assertThat(settings.resealAll()).isEqualTo(1);
        assertThat(settings.resealAll()).as("once").isZero();

        assertThat(store.settingsSaves).isEqualTo(saves + 1);
        assertThat(secrets.isCurrent(store.settings.authToken().orElseThrow())).isTrue();
        assertThat(secrets.isCurrent(store.settings.secondaryAuthToken().orElseThrow()))
                .isTrue();
        assertThat(secrets.open(store.settings.authToken().get(), SmsSettings.TOKEN_CONTEXT))
                .isEqualTo(TOKEN);
        assertThat(secrets.open(store.settings.secondaryAuthToken().get(), SmsSettings.SECONDARY_TOKEN_CONTEXT))
                .isEqualTo(SECONDARY_TOKEN);
        assertThat(store.settings.updatedAt()).as("not a change an admin made").contains(NOW);
        assertThat(settings.test(ADMIN, ANNA.e164()).ok()).isTrue();
        assertThat(provider.sent.get(0).credentials().authToken()).isEqualTo(TOKEN);
    }

    @Test
    void nothing_is_resealed_without_the_key_or_without_tokens() {
        assertThat(settings.resealAll()).isZero();
        settings.change(ADMIN, change(true, Optional.of(TOKEN)));
        secrets.key = 2;
        secrets.unavailable = Optional.of("PARLEY_SECRETS_KEY is not set.");

        assertThat(settings.resealAll()).isZero();
        assertThat(secrets.isCurrent(store.settings.authToken().orElseThrow())).isFalse();
    }

    /** A test by an admin who has not tested yet, so that the limit plays no part. */
    private SmsTestResult tested(String to) {
        return settings.test(secondAdmin(), to);
    }

    private AgentId secondAdmin() {
        AgentId id = AgentId.random();
        team.create(Agent.create(
                id,
                new EmailAddress(id + "@shop.example"),
                "Another Admin",
                Role.ADMIN,
                "hashed:admin",
                Instant.parse("2026-01-01T00:00:00Z")));
        return id;
    }

    private static SmsNotSentException failure(Optional<Integer> status, Optional<String> code) {
        String why = status.map(answered -> "the provider answered " + answered).orElse("no answer within 10 s");
        return new SmsNotSentException(why, true, code, status, Optional.empty());
    }

    private void assertInvalid(SmsSettingsChange change, String code) {
        SmsSettings before = store.settings;
        int saves = store.settingsSaves;
        List<AuditEntry> entries = List.copyOf(audit.entries());

        assertThatThrownBy(() -> settings.change(ADMIN, change))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", code);

        assertThat(store.settings).isEqualTo(before);
        assertThat(store.settingsSaves).isEqualTo(saves);
        assertThat(audit.entries()).isEqualTo(entries);
    }
}
