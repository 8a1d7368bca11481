package dev.parley.domain.sms;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.SealedSecret;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The store's SMS channel: on or off, the provider's API base URL, the account id, the auth token (and, during a
 * rotation, a second one accepted on incoming requests), both sealed, the store's sender (its number, or a Messaging
 * Service) and the opt-out and opt-in keywords. It can be on only with an account, a sender and a token.
 *
 * @param updatedAt when it last changed; empty for the defaults of a new store
 */
public record SmsSettings(
        boolean enabled,
        String baseUrl,
        String accountId,
        String sender,
        Optional<SealedSecret> authToken,
        Optional<SealedSecret> secondaryAuthToken,
        SmsKeywords keywords,
        Optional<Instant> updatedAt) {

    /** Twilio's API, the default provider. */
    public static final String TWILIO = "https://api.twilio.com";

    /** The longest message Twilio's Messages API takes, in characters. */
    public static final int MAX_LENGTH = 1600;

    /** The context the auth token is sealed for. */
    public static final String TOKEN_CONTEXT = "sms:auth-token";

    /** The context the secondary auth token is sealed for. */
    public static final String SECONDARY_TOKEN_CONTEXT = "sms:secondary-auth-token";

    public static final int MAX_URL = 500;

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern SERVICE = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public SmsSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(secondaryAuthToken, "secondaryAuthToken");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(updatedAt, "updatedAt");
        baseUrl = checkedBaseUrl(baseUrl.strip());
        accountId = accountId.strip();
        sender = sender.strip();
        if (!accountId.isEmpty() && !ACCOUNT.matcher(accountId).matches()) {
            throw new InvalidValueException(
                    "invalid_sms_account", "The account id is letters and digits only, at most 64 (AC…).");
        }
        if (!sender.isEmpty() && !SERVICE.matcher(sender).matches()) {
            sender = PhoneNumber.tryParse(sender)
                    .map(PhoneNumber::e164)
                    .orElseThrow(() -> new InvalidValueException(
                            "invalid_sms_sender",
                            "The sender is the store's number with its country code (+48…) or a Messaging"
                                    + " Service SID (MG and 32 hex digits)."));
        }
        if (enabled && (accountId.isEmpty() || sender.isEmpty() || authToken.isEmpty())) {
            throw new SmsNotConfiguredException();
        }
    }

    /** A new store's settings: off, Twilio, nothing set. */
    public static SmsSettings defaults() {
        return new SmsSettings(
                false, TWILIO, "", "", Optional.empty(), Optional.empty(), SmsKeywords.defaults(), Optional.empty());
    }

    /** Whether the sender is a Messaging Service rather than a number. */
    public boolean sendsThroughService() {
        return SERVICE.matcher(sender).matches();
    }

    /** Whether an account, a sender and a token are set, so that a message can be sent. */
    public boolean isConfigured() {
        return !accountId.isEmpty() && !sender.isEmpty() && authToken.isPresent();
    }

    private static String checkedBaseUrl(String url) {
        InvalidValueException invalid = new InvalidValueException(
                "invalid_url",
                "The provider's base URL is an https address without a user, query or fragment (http only for this"
                        + " machine).");
        if (url.isEmpty() || url.length() > MAX_URL) {
            throw invalid;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException unparsable) {
            throw invalid;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host));
        if (!allowed
                || host.isEmpty()
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "SmsSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", sender=" + sender + "]";
    }
}
