package dev.parley.application.sms.port.in;

import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The SMS section of the settings, for admins. Driving. */
public interface SmsSettingsUseCase {

    SmsSettingsView settings(AgentId admin);

    /**
     * Replaces the section; a token left empty keeps the stored one.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when a field breaks its rule; nothing stored
     * @throws dev.parley.domain.shared.SecretsKeyMissingException when a token is given and no key can seal it
     */
    SmsSettingsView change(AgentId admin, SmsSettingsChange change);

    /** Sends a test message with the stored settings, outside any transaction. */
    SmsTestResult test(AgentId admin, String to);

    /** Seals anew the tokens sealed under the previous key; at start-up. */
    int resealAll();

    /**
     * The section as admins see it; the tokens only as stored or not.
     *
     * @param demoProvider whether the base URL is demo mode's built-in fake provider
     */
    record SmsSettingsView(
            boolean enabled,
            boolean secretsKeyConfigured,
            boolean demoProvider,
            String baseUrl,
            String accountId,
            String sender,
            boolean authTokenStored,
            boolean secondaryAuthTokenStored,
            List<String> optOutKeywords,
            List<String> optInKeywords,
            String inboundUrl,
            String statusUrl,
            int maxLength,
            Optional<Instant> updatedAt) {}

    /** A change of the whole section; empty tokens keep the stored ones. */
    record SmsSettingsChange(
            boolean enabled,
            String baseUrl,
            String accountId,
            String sender,
            Optional<String> authToken,
            Optional<String> secondaryAuthToken,
            boolean dropSecondaryAuthToken,
            List<String> optOutKeywords,
            List<String> optInKeywords) {

        public SmsSettingsChange {
            Objects.requireNonNull(authToken, "authToken");
            Objects.requireNonNull(secondaryAuthToken, "secondaryAuthToken");
            optOutKeywords = List.copyOf(optOutKeywords);
            optInKeywords = List.copyOf(optInKeywords);
        }
    }

    /**
     * How a test message went.
     *
     * @param outcome {@code sent}, {@code unauthorized}, {@code refused}, {@code rate_limited}, {@code unreachable}
     *     or {@code failed}
     */
    record SmsTestResult(
            String outcome,
            Optional<Integer> status,
            Optional<String> error,
            Optional<String> providerId,
            long tookMs) {

        public boolean ok() {
            return outcome.equals("sent");
        }
    }
}
