package dev.parley.domain.webhook;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.SealedSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the store wants events sent: a URL, the event types it wants, whether it is enabled, and its signing secret,
 * sealed. After a rotation the previous secret signs too until its overlap ends, so that receivers can switch without
 * losing an event. An endpoint that answers {@code 410 Gone} is disabled at once; one that keeps failing is disabled
 * after too many failures in a row or too long a time failing. Enabling it again starts its count afresh.
 */
public final class WebhookEndpoint {

    /** The longest description. */
    public static final int MAX_DESCRIPTION = 200;

    /** Why an endpoint is disabled. */
    public enum Disabled {
        /** An admin turned it off. */
        BY_ADMIN,
        /** It answered {@code 410 Gone}. */
        GONE,
        /** It failed too often or too long. */
        FAILING
    }

    private final WebhookEndpointId id;
    private WebhookUrl url;
    private String description;
    private Set<WebhookEventType> types;
    private Optional<Disabled> disabled;
    private SealedSecret secret;
    private Optional<SealedSecret> previousSecret;
    private Optional<Instant> previousSecretUntil;
    private int consecutiveFailures;
    private Optional<Instant> failingSince;
    private final Instant createdAt;

    private WebhookEndpoint(
            WebhookEndpointId id,
            WebhookUrl url,
            String description,
            Set<WebhookEventType> types,
            Optional<Disabled> disabled,
            SealedSecret secret,
            Optional<SealedSecret> previousSecret,
            Optional<Instant> previousSecretUntil,
            int consecutiveFailures,
            Optional<Instant> failingSince,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.url = Objects.requireNonNull(url, "url");
        this.description = description(description);
        this.types = types(types);
        this.disabled = Objects.requireNonNull(disabled, "disabled");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.previousSecret = Objects.requireNonNull(previousSecret, "previousSecret");
        this.previousSecretUntil = Objects.requireNonNull(previousSecretUntil, "previousSecretUntil");
        this.consecutiveFailures = consecutiveFailures;
        this.failingSince = Objects.requireNonNull(failingSince, "failingSince");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new endpoint, enabled unless asked otherwise. */
    public static WebhookEndpoint register(
            WebhookEndpointId id,
            WebhookUrl url,
            String description,
            Set<WebhookEventType> types,
            boolean enabled,
            SealedSecret secret,
            Instant now) {
        return new WebhookEndpoint(
                id,
                url,
                description,
                types,
                enabled ? Optional.empty() : Optional.of(Disabled.BY_ADMIN),
                secret,
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                now);
    }

    /** An endpoint as stored. */
    public static WebhookEndpoint reconstitute(
            WebhookEndpointId id,
            WebhookUrl url,
            String description,
            Set<WebhookEventType> types,
            Optional<Disabled> disabled,
            SealedSecret secret,
            Optional<SealedSecret> previousSecret,
            Optional<Instant> previousSecretUntil,
            int consecutiveFailures,
            Optional<Instant> failingSince,
            Instant createdAt) {
        return new WebhookEndpoint(
                id,
                url,
                description,
                types,
                disabled,
                secret,
                previousSecret,
                previousSecretUntil,
                consecutiveFailures,
                failingSince,
                createdAt);
    }

    /** Changes what an admin may change; enabling a disabled endpoint starts its failure count afresh. */
    public void change(WebhookUrl url, String description, Set<WebhookEventType> types, boolean enabled) {
        this.url = Objects.requireNonNull(url, "url");
        this.description = description(description);
        this.types = types(types);
        if (enabled && disabled.isPresent()) {
            disabled = Optional.empty();
            consecutiveFailures = 0;
            failingSince = Optional.empty();
        } else if (!enabled && disabled.isEmpty()) {
            disabled = Optional.of(Disabled.BY_ADMIN);
        }
    }

    /** A new secret signs from now on; the one it replaces signs too until {@code now + overlap}. */
    public void rotate(SealedSecret next, Instant now, Duration overlap) {
        previousSecret = Optional.of(secret);
        previousSecretUntil = Optional.of(now.plus(overlap));
        secret = Objects.requireNonNull(next, "next");
    }

    /** The secrets that sign a request sent at {@code now}: the current one, then the previous one in its overlap. */
    public List<SealedSecret> signingSecrets(Instant now) {
        List<SealedSecret> signing = new ArrayList<>(List.of(secret));
        if (previousSecret.isPresent() && previousSecretUntil.orElseThrow().isAfter(now)) {
            signing.add(previousSecret.get());
        }
        return signing;
    }

    /** Replaces the sealed secrets by the same secrets sealed anew (under a new key). */
    public void reseal(SealedSecret current, Optional<SealedSecret> previous) {
        secret = Objects.requireNonNull(current, "current");
        previousSecret = previous;
    }

    /** An attempt succeeded: the failures in a row are forgotten. */
    public void succeeded() {
        consecutiveFailures = 0;
        failingSince = Optional.empty();
    }

    /**
     * An attempt failed. The endpoint is disabled when it has now failed {@code maxFailures} times in a row, or has been
     * failing for {@code maxFailingFor}.
     *
     * @return whether this failure disabled it
     */
    public boolean failed(Instant now, int maxFailures, Duration maxFailingFor) {
        consecutiveFailures++;
        if (failingSince.isEmpty()) {
            failingSince = Optional.of(now);
        }
        boolean tooMany = consecutiveFailures >= maxFailures;
        boolean tooLong = !failingSince.get().plus(maxFailingFor).isAfter(now);
        if (disabled.isEmpty() && (tooMany || tooLong)) {
            disabled = Optional.of(Disabled.FAILING);
            return true;
        }
        return false;
    }

    /**
     * The receiver answered {@code 410 Gone}: it wants no more events.
     *
     * @return whether this disabled it
     */
    public boolean gone() {
        if (disabled.isPresent()) {
            return false;
        }
        disabled = Optional.of(Disabled.GONE);
        return true;
    }

    /** Whether this endpoint receives events of this type now. */
    public boolean receives(WebhookEventType type) {
        return disabled.isEmpty() && types.contains(type);
    }

    public WebhookEndpointId id() {
        return id;
    }

    public WebhookUrl url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<WebhookEventType> types() {
        return Set.copyOf(types);
    }

    public boolean enabled() {
        return disabled.isEmpty();
    }

    public Optional<Disabled> disabled() {
        return disabled;
    }

    public SealedSecret secret() {
        return secret;
    }

    public Optional<SealedSecret> previousSecret() {
        return previousSecret;
    }

    public Optional<Instant> previousSecretUntil() {
        return previousSecretUntil;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Optional<Instant> failingSince() {
        return failingSince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    private static String description(String description) {
        String given = description == null ? "" : description.strip();
        if (given.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException(
                    "description_too_long",
                    "A webhook's description can be at most " + MAX_DESCRIPTION + " characters long.");
        }
        return given;
    }

    private static Set<WebhookEventType> types(Set<WebhookEventType> types) {
        if (types == null || types.isEmpty()) {
            throw new InvalidValueException("event_types_missing", "Choose at least one event type to receive.");
        }
        if (types.contains(WebhookEventType.WEBHOOK_TEST)) {
            throw new InvalidValueException(
                    "unknown_event_type", "The test event is sent on request only; nobody subscribes to it.");
        }
        return EnumSet.copyOf(types);
    }
}
