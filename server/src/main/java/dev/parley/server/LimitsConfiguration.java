package dev.parley.server;

import dev.parley.application.assistant.port.in.AssistantTrialLimits;
import dev.parley.application.conversation.port.in.RatingLimits;
import dev.parley.application.conversation.port.in.VisitorWritingLimits;
import dev.parley.application.notification.port.in.TestEmailLimits;
import dev.parley.application.notification.port.in.TranscriptLimits;
import dev.parley.application.profile.port.in.ContactLimits;
import dev.parley.application.visitor.port.in.VisitorSessionLimits;
import dev.parley.application.webhook.port.in.WebhookTestLimits;
import dev.parley.domain.shared.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The abuse limits on what anonymous visitors may do, read from configuration: one property per limit,
 * {@code parley.limit.<name>} = {@code <capacity>/<window>} (env var {@code PARLEY_LIMIT_<NAME>}), e.g. {@code 20/1h}.
 * The defaults are far above what a store's real visitors do, even many behind one address (an office, a mobile
 * carrier's NAT), and low enough that a script meets them within seconds; see {@code docs/security.md}.
 */
@ApplicationScoped
public class LimitsConfiguration {

    static final String VISITOR_SESSIONS_PER_ADDRESS = "visitor_sessions_per_address";
    static final String CONVERSATIONS_PER_VISITOR = "conversations_per_visitor";
    static final String CONVERSATIONS_PER_ADDRESS = "conversations_per_address";
    static final String MESSAGES_PER_VISITOR = "messages_per_visitor";
    static final String MESSAGES_PER_ADDRESS = "messages_per_address";
    static final String TEST_EMAILS_PER_ADMIN = "test_emails_per_admin";

    /** New anonymous visitors per client address ({@code PARLEY_LIMIT_VISITOR_SESSIONS_PER_ADDRESS}, 20/1h). */
    @Produces
    VisitorSessionLimits visitorSessionLimits(
            @ConfigProperty(name = "parley.limit." + VISITOR_SESSIONS_PER_ADDRESS, defaultValue = "20/1h")
                    String perAddress) {
        return new VisitorSessionLimits(RateLimit.parse(VISITOR_SESSIONS_PER_ADDRESS, perAddress));
    }

    /**
     * New conversations per visitor ({@code PARLEY_LIMIT_CONVERSATIONS_PER_VISITOR}, 10/1h) and per client address
     * ({@code PARLEY_LIMIT_CONVERSATIONS_PER_ADDRESS}, 30/1h); messages per visitor ({@code
     * PARLEY_LIMIT_MESSAGES_PER_VISITOR}, 20/1m) and per client address ({@code PARLEY_LIMIT_MESSAGES_PER_ADDRESS},
     * 120/1m). The older {@code PARLEY_VISITOR_MESSAGES_PER_MINUTE} (a number per minute) still sets the messages per
     * visitor when {@code PARLEY_LIMIT_MESSAGES_PER_VISITOR} is not set.
     */
    @Produces
    VisitorWritingLimits visitorWritingLimits(
            @ConfigProperty(name = "parley.limit." + CONVERSATIONS_PER_VISITOR, defaultValue = "10/1h")
                    String conversationsPerVisitor,
            @ConfigProperty(name = "parley.limit." + CONVERSATIONS_PER_ADDRESS, defaultValue = "30/1h")
                    String conversationsPerAddress,
            @ConfigProperty(name = "parley.limit." + MESSAGES_PER_VISITOR) Optional<String> messagesPerVisitor,
            @ConfigProperty(name = "parley.visitor.messages-per-minute") Optional<Integer> legacyMessagesPerMinute,
            @ConfigProperty(name = "parley.limit." + MESSAGES_PER_ADDRESS, defaultValue = "120/1m")
                    String messagesPerAddress) {
        return new VisitorWritingLimits(
                RateLimit.parse(CONVERSATIONS_PER_VISITOR, conversationsPerVisitor),
                RateLimit.parse(CONVERSATIONS_PER_ADDRESS, conversationsPerAddress),
                messagesPerVisitor(messagesPerVisitor, legacyMessagesPerMinute),
                RateLimit.parse(MESSAGES_PER_ADDRESS, messagesPerAddress));
    }

    /** The new property wins; the older per-minute number is read as that many per minute; 20/1m otherwise. */
    static RateLimit messagesPerVisitor(Optional<String> spec, Optional<Integer> legacyPerMinute) {
        if (spec.isPresent()) {
            return RateLimit.parse(MESSAGES_PER_VISITOR, spec.get());
        }
        return RateLimit.perMinute(MESSAGES_PER_VISITOR, legacyPerMinute.orElse(20));
    }

    /**
     * Ratings of conversations per visitor ({@code PARLEY_LIMIT_RATINGS_PER_VISITOR}, 10/1h) and per client address
     * ({@code PARLEY_LIMIT_RATINGS_PER_ADDRESS}, 100/1h).
     */
    @Produces
    RatingLimits ratingLimits(
            @ConfigProperty(
                            name = "parley.limit." + RatingLimits.PER_VISITOR,
                            defaultValue = RatingLimits.DEFAULT_PER_VISITOR)
                    String perVisitor,
            @ConfigProperty(
                            name = "parley.limit." + RatingLimits.PER_ADDRESS,
                            defaultValue = RatingLimits.DEFAULT_PER_ADDRESS)
                    String perAddress) {
        return new RatingLimits(
                RateLimit.parse(RatingLimits.PER_VISITOR, perVisitor),
                RateLimit.parse(RatingLimits.PER_ADDRESS, perAddress));
    }

    /**
     * Email addresses visitors give in the widget, per visitor ({@code PARLEY_LIMIT_CONTACTS_PER_VISITOR}, 10/1h) and
     * per client address ({@code PARLEY_LIMIT_CONTACTS_PER_ADDRESS}, 100/1h).
     */
    @Produces
    ContactLimits contactLimits(
            @ConfigProperty(
                            name = "parley.limit." + ContactLimits.PER_VISITOR,
                            defaultValue = ContactLimits.DEFAULT_PER_VISITOR)
                    String perVisitor,
            @ConfigProperty(
                            name = "parley.limit." + ContactLimits.PER_ADDRESS,
                            defaultValue = ContactLimits.DEFAULT_PER_ADDRESS)
                    String perAddress) {
        return new ContactLimits(
                RateLimit.parse(ContactLimits.PER_VISITOR, perVisitor),
                RateLimit.parse(ContactLimits.PER_ADDRESS, perAddress));
    }

    /**
     * Conversations emailed to visitors, per conversation ({@code PARLEY_LIMIT_TRANSCRIPTS_PER_CONVERSATION}, 3/24h)
     * and per client address ({@code PARLEY_LIMIT_TRANSCRIPTS_PER_ADDRESS}, 20/1h).
     */
    @Produces
    TranscriptLimits transcriptLimits(
            @ConfigProperty(
                            name = "parley.limit." + TranscriptLimits.PER_CONVERSATION,
                            defaultValue = TranscriptLimits.DEFAULT_PER_CONVERSATION)
                    String perConversation,
            @ConfigProperty(
                            name = "parley.limit." + TranscriptLimits.PER_ADDRESS,
                            defaultValue = TranscriptLimits.DEFAULT_PER_ADDRESS)
                    String perAddress) {
        return new TranscriptLimits(
                RateLimit.parse(TranscriptLimits.PER_CONVERSATION, perConversation),
                RateLimit.parse(TranscriptLimits.PER_ADDRESS, perAddress));
    }

    /**
     * Test emails per admin ({@code PARLEY_LIMIT_TEST_EMAILS_PER_ADMIN}, 5/10m): enough to try a mail server's settings
     * a few times, too few to make it send on Parley's behalf in a loop.
     */
    @Produces
    TestEmailLimits testEmailLimits(
            @ConfigProperty(name = "parley.limit." + TEST_EMAILS_PER_ADMIN, defaultValue = "5/10m") String perAdmin) {
        return new TestEmailLimits(RateLimit.parse(TEST_EMAILS_PER_ADMIN, perAdmin));
    }

    /**
     * Webhook test events per admin ({@code PARLEY_LIMIT_WEBHOOK_TESTS_PER_ADMIN}, 20/10m): enough to try a receiver
     * while writing it, too few to make Parley hammer an address in a loop.
     */
    @Produces
    WebhookTestLimits webhookTestLimits(
            @ConfigProperty(name = "parley.limit." + WebhookTestLimits.PER_ADMIN, defaultValue = "20/10m")
                    String perAdmin) {
        return new WebhookTestLimits(RateLimit.parse(WebhookTestLimits.PER_ADMIN, perAdmin));
    }

    /**
     * Questions an admin may try in the AI agent's test console ({@code PARLEY_LIMIT_ASSISTANT_TRIALS_PER_ADMIN},
     * 30/1m): far more than anyone types by hand, few enough that a script in a loop cannot keep the knowledge's index
     * busy.
     */
    @Produces
    AssistantTrialLimits assistantTrialLimits(
            @ConfigProperty(
                            name = "parley.limit." + AssistantTrialLimits.PER_ADMIN,
                            defaultValue = AssistantTrialLimits.DEFAULT_PER_ADMIN)
                    String perAdmin) {
        return new AssistantTrialLimits(RateLimit.parse(AssistantTrialLimits.PER_ADMIN, perAdmin));
    }
}
