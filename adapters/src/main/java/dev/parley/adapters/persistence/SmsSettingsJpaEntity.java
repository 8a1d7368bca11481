package dev.parley.adapters.persistence;

import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The one row of {@code sms_settings}; the tokens sealed. */
@Entity(name = "SmsSettings")
@Table(name = "sms_settings")
class SmsSettingsJpaEntity {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    Integer id;

    @Column(name = "enabled", nullable = false)
    boolean enabled;

    @Column(name = "base_url", nullable = false)
    String baseUrl;

    @Column(name = "account_id", nullable = false)
    String accountId;

    @Column(name = "sender", nullable = false)
    String sender;

    @Column(name = "auth_token")
    String authToken;

    @Column(name = "secondary_auth_token")
    String secondaryAuthToken;

    @Column(name = "opt_out_keywords", nullable = false)
    String optOutKeywords;

    @Column(name = "opt_in_keywords", nullable = false)
    String optInKeywords;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static SmsSettingsJpaEntity from(SmsSettings settings) {
        SmsSettingsJpaEntity row = new SmsSettingsJpaEntity();
        row.id = ID;
        row.copyStateOf(settings);
        return row;
    }

    void copyStateOf(SmsSettings settings) {
        enabled = settings.enabled();
        baseUrl = settings.baseUrl();
        accountId = settings.accountId();
        sender = settings.sender();
        authToken = settings.authToken().map(SealedSecret::value).orElse(null);
        secondaryAuthToken =
                settings.secondaryAuthToken().map(SealedSecret::value).orElse(null);
        optOutKeywords = String.join(",", settings.keywords().optOut());
        optInKeywords = String.join(",", settings.keywords().optIn());
        updatedAt = UtcTimes.toColumn(settings.updatedAt().orElseThrow());
    }

    SmsSettings toDomain() {
        return new SmsSettings(
                enabled,
                baseUrl,
                accountId,
                sender,
                Optional.ofNullable(authToken).map(SealedSecret::new),
                Optional.ofNullable(secondaryAuthToken).map(SealedSecret::new),
                new SmsKeywords(words(optOutKeywords), words(optInKeywords)),
                Optional.of(UtcTimes.fromColumn(updatedAt)));
    }

    private static List<String> words(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",", -1));
    }
}
