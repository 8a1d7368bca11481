package dev.parley.application.sms.port.out;

import java.util.Objects;

/**
 * What a call to the provider's Messages API needs, the token opened. Never logged: {@link #toString()} hides the
 * token.
 *
 * @param baseUrl the provider's API base URL, without a trailing slash
 * @param accountId the account id (Twilio's Account SID), the user of HTTP Basic
 * @param authToken the auth token, the password of HTTP Basic
 * @param sender the store's number in E.164, or a Messaging Service SID
 * @param throughService whether {@code sender} is a Messaging Service
 */
public record SmsCredentials(
        String baseUrl, String accountId, String authToken, String sender, boolean throughService) {

    public SmsCredentials {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(sender, "sender");
    }

    @Override
    public String toString() {
        return "SmsCredentials[" + baseUrl + ", " + accountId + ", token redacted]";
    }
}
