package dev.parley.server;

import dev.parley.adapters.rest.EventsApiLimit;
import dev.parley.application.assistant.port.in.DemoKnowledgePolicy;
import dev.parley.application.assistant.port.in.KnowledgePolicy;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.macro.port.in.MacroPolicy;
import dev.parley.application.note.port.in.NotePolicy;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.in.ReplyEmailPolicy;
import dev.parley.application.tag.port.in.TagPolicy;
import dev.parley.application.team.port.in.AgentSessionPolicy;
import dev.parley.application.team.port.in.PasswordResetPolicy;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.view.port.in.ViewPolicy;
import dev.parley.application.visitor.port.in.DemoPolicy;
import dev.parley.domain.profile.ProfilePolicy;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.team.PasswordReset;
import dev.parley.domain.team.SessionLifetime;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Produces the plain values and container resources that Parley's beans are built with. */
@ApplicationScoped
public class Resources {

    /** The JNDI name of Parley's data source, defined in server.xml. */
    static final String DATA_SOURCE = "jdbc/parley";

    /**
     * Parley's only source of time; tests replace it, nothing else reads the system clock. It ticks in microseconds,
     * the finest time H2 and PostgreSQL keep: an instant answered before it is stored is the instant read back
     * afterwards (a nanosecond part would be rounded by the database, and could round into the next millisecond).
     */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /**
     * Failed sign-ins tolerated per account address ({@code PARLEY_LIMIT_SIGN_IN_FAILURES_PER_EMAIL}, default 5 per 15
     * minutes) and per client address ({@code PARLEY_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS}, default 10 per 15 minutes),
     * and the longest a lock-out grows to ({@code PARLEY_SIGN_IN_MAX_LOCKOUT_MINUTES}, default 60).
     */
    @Produces
    SignInPolicy signInPolicy(
            @ConfigProperty(name = "parley.limit.sign_in_failures_per_email", defaultValue = "5/15m") String perEmail,
            @ConfigProperty(name = "parley.limit.sign_in_failures_per_address", defaultValue = "10/15m")
                    String perAddress,
            @ConfigProperty(name = "parley.sign-in.max-lockout-minutes", defaultValue = "60") int maxLockoutMinutes) {
        return new SignInPolicy(
                RateLimit.parse("sign_in_failures_per_email", perEmail),
                RateLimit.parse("sign_in_failures_per_address", perAddress),
                Duration.ofMinutes(maxLockoutMinutes));
    }

    /**
     * How password reset links work: each works once for {@code PARLEY_PASSWORD_RESET_LIFETIME_MINUTES} (default 60,
     * 5 to 10,080), and links may be asked for {@code PARLEY_LIMIT_PASSWORD_RESETS_PER_ADDRESS} times per client address
     * (default 10 per hour) and {@code PARLEY_LIMIT_PASSWORD_RESETS_PER_EMAIL} times per email address (default 3 per
     * hour: each is an email the store's mail server sends).
     */
    @Produces
    PasswordResetPolicy passwordResetPolicy(
            @ConfigProperty(name = "parley.password-reset.lifetime-minutes", defaultValue = "60") int lifetimeMinutes,
            @ConfigProperty(name = "parley.limit.password_resets_per_address", defaultValue = "10/1h")
                    String perAddress,
            @ConfigProperty(name = "parley.limit.password_resets_per_email", defaultValue = "3/1h") String perEmail,
            NotificationPolicy notifications) {
        Duration lifetime = Duration.ofMinutes(lifetimeMinutes);
        if (lifetime.compareTo(PasswordReset.MIN_LIFETIME) < 0 || lifetime.compareTo(PasswordReset.MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException(
                    "PARLEY_PASSWORD_RESET_LIFETIME_MINUTES must be 5 to 10080, not " + lifetimeMinutes);
        }
        return new PasswordResetPolicy(
                lifetime,
                RateLimit.parse("password_resets_per_address", perAddress),
                RateLimit.parse("password_resets_per_email", perEmail),
                notifications.inboxUrl());
    }

    /**
     * Events API calls one API key may make ({@code PARLEY_LIMIT_EVENTS_API_PER_KEY}, default 6000 per minute: a
     * hundred a second for a minute on end, far beyond what a store's backend sends, and a flood is held back within
     * a minute).
     */
    @Produces
    EventsApiLimit eventsApiLimit(
            @ConfigProperty(name = "parley.limit.events_api_per_key", defaultValue = "6000/1m") String perKey) {
        return new EventsApiLimit(RateLimit.parse("events_api_per_key", perKey));
    }

    /**
     * How agents' sessions live: ended after {@code PARLEY_AGENT_SESSION_IDLE_TIMEOUT_MINUTES} without a request
     * (default 8 hours, a working day's pauses), and never longer than {@code PARLEY_AGENT_SESSION_MAX_AGE_HOURS}
     * after signing in (default 7 days); a node reuses a session it read for {@code
     * PARLEY_AGENT_SESSION_CACHE_SECONDS} (default 10).
     */
    @Produces
    AgentSessionPolicy agentSessionPolicy(
            @ConfigProperty(name = "parley.agent-session.idle-timeout-minutes", defaultValue = "480") int idleMinutes,
            @ConfigProperty(name = "parley.agent-session.max-age-hours", defaultValue = "168") int maxAgeHours,
            @ConfigProperty(name = "parley.agent-session.cache-seconds", defaultValue = "10") int cacheSeconds) {
        return new AgentSessionPolicy(
                new SessionLifetime(Duration.ofMinutes(idleMinutes), Duration.ofHours(maxAgeHours)),
                Duration.ofSeconds(cacheSeconds));
    }

    /** The longest message text accepted ({@code PARLEY_MESSAGE_MAX_LENGTH}, at most and by default 4,000). */
    @Produces
    MessageTextPolicy messageTextPolicy(
            @ConfigProperty(name = "parley.message.max-length", defaultValue = "4000") int maxLength) {
        return new MessageTextPolicy(maxLength);
    }

    /** The longest internal note accepted ({@code PARLEY_NOTE_MAX_LENGTH}, at most and by default 4,000). */
    @Produces
    NotePolicy notePolicy(@ConfigProperty(name = "parley.note.max-length", defaultValue = "4000") int maxLength) {
        return new NotePolicy(maxLength);
    }

    /**
     * The largest image upload accepted ({@code PARLEY_UPLOAD_MAX_BYTES}, default 5 MiB; {@code PARLEY_UPLOAD_MAX_PIXELS},
     * default 40 million pixels).
     */
    @Produces
    UploadPolicy uploadPolicy(
            @ConfigProperty(name = "parley.upload.max-bytes", defaultValue = "5242880") long maxBytes,
            @ConfigProperty(name = "parley.upload.max-pixels", defaultValue = "40000000") long maxPixels) {
        return new UploadPolicy(maxBytes, maxPixels);
    }

    /** Whether this installation runs the demo store ({@code PARLEY_DEMO_ENABLED}, default off). */
    @Produces
    DemoPolicy demoPolicy(@ConfigProperty(name = "parley.demo.enabled", defaultValue = "false") boolean enabled) {
        return new DemoPolicy(enabled);
    }

    /**
     * Whether an empty store gets the demo store's knowledge at start-up: in demo mode ({@code PARLEY_DEMO_ENABLED})
     * and when asked for ({@code PARLEY_DEMO_KNOWLEDGE}), both off by default.
     */
    @Produces
    DemoKnowledgePolicy demoKnowledgePolicy(
            @ConfigProperty(name = "parley.demo.enabled", defaultValue = "false") boolean demo,
            @ConfigProperty(name = "parley.demo.knowledge", defaultValue = "false") boolean knowledge) {
        return new DemoKnowledgePolicy(demo && knowledge);
    }

    /** How many tags the store may keep ({@code PARLEY_TAGS_MAX}, default 200). */
    @Produces
    TagPolicy tagPolicy(@ConfigProperty(name = "parley.tags.max", defaultValue = "200") int maxTags) {
        return new TagPolicy(maxTags);
    }

    /** How many saved views each agent, and the team, may keep ({@code PARLEY_VIEWS_MAX}, default 50). */
    @Produces
    ViewPolicy viewPolicy(@ConfigProperty(name = "parley.views.max", defaultValue = "50") int maxViews) {
        return new ViewPolicy(maxViews);
    }

    /** How many macros the store may keep ({@code PARLEY_MACROS_MAX}, default 500). */
    @Produces
    MacroPolicy macroPolicy(@ConfigProperty(name = "parley.macros.max", defaultValue = "500") int maxMacros) {
        return new MacroPolicy(maxMacros);
    }

    /** How many knowledge articles the store may keep ({@code PARLEY_KNOWLEDGE_ARTICLES_MAX}, default 2,000). */
    @Produces
    KnowledgePolicy knowledgePolicy(
            @ConfigProperty(name = "parley.knowledge.articles.max", defaultValue = "2000") int maxArticles) {
        return new KnowledgePolicy(maxArticles);
    }

    /**
     * The limits on profiles and events the store sends: properties per profile ({@code
     * PARLEY_PROFILE_MAX_PROPERTIES}, default 50), key and value lengths ({@code PARLEY_PROFILE_PROPERTY_KEY_MAX_LENGTH},
     * at most and by default 64; {@code PARLEY_PROFILE_PROPERTY_VALUE_MAX_LENGTH}, at most and by default 1,000), and
     * an event's properties ({@code PARLEY_EVENT_PROPERTIES_MAX_BYTES}, default 16 KiB).
     */
    @Produces
    ProfilePolicy profilePolicy(
            @ConfigProperty(name = "parley.profile.max-properties", defaultValue = "50") int maxProperties,
            @ConfigProperty(name = "parley.profile.property-key-max-length", defaultValue = "64") int maxKeyLength,
            @ConfigProperty(name = "parley.profile.property-value-max-length", defaultValue = "1000")
                    int maxValueLength,
            @ConfigProperty(name = "parley.event.properties-max-bytes", defaultValue = "16384")
                    int maxEventPropertiesBytes) {
        return new ProfilePolicy(maxProperties, maxKeyLength, maxValueLength, maxEventPropertiesBytes);
    }

    /**
     * How the team's emails are sent: they link the inbox at {@code PARLEY_PUBLIC_URL} (default
     * {@code http://localhost:9080}), a failed one is retried on the standard schedule, or every
     * {@code PARLEY_EMAIL_RETRY_SECONDS} when that is set (for tests), and the team gets at most one email per
     * {@code PARLEY_EMAIL_COALESCE_WINDOW} (default {@code 10m}; seconds, minutes or hours such as {@code 90s}, {@code
     * 10m}, {@code 1h}; {@code 0s} sends an email per ticket): the rest of a burst is told in one summary.
     */
    @Produces
    NotificationPolicy notificationPolicy(
            @ConfigProperty(name = "parley.public-url", defaultValue = "http://localhost:9080") String publicUrl,
            @ConfigProperty(name = "parley.email.retry-seconds") Optional<Integer> retrySeconds,
            @ConfigProperty(name = "parley.email.coalesce-window", defaultValue = "10m") String coalesceWindow) {
        NotificationPolicy standard = NotificationPolicy.standard(URI.create(publicUrl.strip()))
                .withCoalesceWindow(duration("parley.email.coalesce-window", coalesceWindow));
        return retrySeconds
                .map(seconds -> new NotificationPolicy(
                        standard.publicBaseUrl(),
                        RetrySchedule.every(Duration.ofSeconds(seconds)),
                        standard.claimLease(),
                        standard.batchSize(),
                        standard.coalesceWindow()))
                .orElse(standard);
    }

    /**
     * How agents' replies reach visitors who left: {@code PARLEY_VISITOR_REPLY_EMAIL_DELAY_SECONDS} (default 180) after
     * the last reply of a burst, signed with {@code PARLEY_STORE_NAME} (default "Customer support"), with a link to
     * the chat page under {@code PARLEY_PUBLIC_URL} that opens the conversation for {@code
     * PARLEY_VISITOR_RESUME_LINK_DAYS} (default 7); retried like the team's emails.
     */
    @Produces
    ReplyEmailPolicy replyEmailPolicy(
            NotificationPolicy notifications,
            @ConfigProperty(name = "parley.visitor.reply.email.delay.seconds", defaultValue = "180") long delaySeconds,
            @ConfigProperty(name = "parley.visitor.resume.link.days", defaultValue = "7") long linkDays,
            @ConfigProperty(name = "parley.store.name", defaultValue = ReplyEmailPolicy.DEFAULT_STORE_NAME)
                    String storeName) {
        return new ReplyEmailPolicy(
                Duration.ofSeconds(delaySeconds),
                Duration.ofDays(linkDays),
                storeName.isBlank() ? ReplyEmailPolicy.DEFAULT_STORE_NAME : storeName.strip(),
                notifications.publicBaseUrl(),
                notifications.retries(),
                notifications.claimLease(),
                notifications.batchSize());
    }

    /** Typed as the scheduled executor alone: it is a managed executor too, which {@link #executor()} produces. */
    @Produces
    @Typed(ManagedScheduledExecutorService.class)
    ManagedScheduledExecutorService scheduledExecutor() {
        return lookup("java:comp/DefaultManagedScheduledExecutorService", ManagedScheduledExecutorService.class);
    }

    @Produces
    ManagedExecutorService executor() {
        return lookup("java:comp/DefaultManagedExecutorService", ManagedExecutorService.class);
    }

    /** Threads that run with the application's context, for work that never ends (the cluster's listener). */
    @Produces
    ManagedThreadFactory threadFactory() {
        return lookup("java:comp/DefaultManagedThreadFactory", ManagedThreadFactory.class);
    }

    @Produces
    DataSource dataSource() {
        return lookup(DATA_SOURCE, DataSource.class);
    }

    /** A duration as configuration writes it: a whole number and {@code s}, {@code m} or {@code h}. */
    static Duration duration(String property, String value) {
        java.util.regex.Matcher parts =
                java.util.regex.Pattern.compile("([0-9]{1,9})([smh])").matcher(value.strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException(property + " must read like 90s, 10m or 1h: " + value);
        }
        long amount = Long.parseLong(parts.group(1));
        return switch (parts.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    // The names are the server's own resources, fixed in this class; nothing a user sends reaches JNDI.
    @SuppressWarnings("BanJNDI")
    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException missing) {
            throw new IllegalStateException("The server does not provide " + name + "; see server.xml", missing);
        }
    }
}
