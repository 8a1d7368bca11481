package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How the store's chat looks and behaves. There is one store per installation, and its admins change these settings.
 *
 * <p>The settings are immutable: every change returns a changed copy, and a store starts from {@link #defaults()}.
 * They cover whether the chat and its onsite widget are on, the chat's design, the welcome message, the FAQs in their
 * order, the privacy policy and terms links, business hours and the away message, how long a visitor may wait before
 * the ticket is highlighted, the sites that may embed the chat, identity verification, and the team's email
 * notifications of new tickets. While the store's
 * <b>customer hub</b> is active, its design styles the chat ({@link #effectiveAppearance()}) and the chat's own design
 * cannot be changed. FAQ ids are unique, links are full web addresses, and the waiting threshold lies between
 * {@link #MIN_WAITING_THRESHOLD one minute} and {@link #MAX_WAITING_THRESHOLD 24 hours}.
 */
public final class StoreSettings {

    /** How long a visitor waits for an agent before the ticket is highlighted, unless the store says otherwise. */
    public static final Duration DEFAULT_WAITING_THRESHOLD = Duration.ofMinutes(3);

    /** The shortest waiting threshold. */
    public static final Duration MIN_WAITING_THRESHOLD = Duration.ofMinutes(1);

    /** The longest waiting threshold. */
    public static final Duration MAX_WAITING_THRESHOLD = Duration.ofHours(24);

    private final boolean chatEnabled;
    private final boolean onsiteWidgetEnabled;
    private final Appearance chatAppearance;
    private final CustomerHub customerHub;
    private final WelcomeMessage welcomeMessage;
    private final List<Faq> faqs;
    private final Optional<URI> privacyPolicyUrl;
    private final Optional<URI> termsUrl;
    private final BusinessHours businessHours;
    private final AwayMessage awayMessage;
    private final Duration waitingThreshold;
    private final AllowedOrigins allowedOrigins;
    private final IdentityVerification identityVerification;
    private final EmailNotifications emailNotifications;

    private StoreSettings(boolean chatEnabled, boolean onsiteWidgetEnabled, Appearance chatAppearance,
            CustomerHub customerHub, WelcomeMessage welcomeMessage, List<Faq> faqs, Optional<URI> privacyPolicyUrl,
            Optional<URI> termsUrl, BusinessHours businessHours, AwayMessage awayMessage, Duration waitingThreshold,
            AllowedOrigins allowedOrigins, IdentityVerification identityVerification,
            EmailNotifications emailNotifications) {
        this.chatEnabled = chatEnabled;
        this.onsiteWidgetEnabled = onsiteWidgetEnabled;
        this.chatAppearance = Objects.requireNonNull(chatAppearance, "chat appearance");
        this.customerHub = Objects.requireNonNull(customerHub, "customer hub");
        this.welcomeMessage = Objects.requireNonNull(welcomeMessage, "welcome message");
        this.faqs = checkedFaqs(faqs);
        this.privacyPolicyUrl = Objects.requireNonNull(privacyPolicyUrl, "privacy policy link")
                .map(url -> WebPageUrl.require(url, "The privacy policy link"));
        this.termsUrl = Objects.requireNonNull(termsUrl, "terms link")
                .map(url -> WebPageUrl.require(url, "The terms link"));
        this.businessHours = Objects.requireNonNull(businessHours, "business hours");
        this.awayMessage = Objects.requireNonNull(awayMessage, "away message");
        this.waitingThreshold = checkedThreshold(waitingThreshold);
        this.allowedOrigins = Objects.requireNonNull(allowedOrigins, "allowed origins");
        this.identityVerification = Objects.requireNonNull(identityVerification, "identity verification");
        this.emailNotifications = Objects.requireNonNull(emailNotifications, "email notifications");
    }

    /**
     * A new store's settings: chat and widget on, Parley's blue launcher on the right, an inactive customer hub, a
     * friendly welcome and away message, no FAQs or links, always open, a three-minute waiting threshold, no embedding
     * sites, no identity verification and no email notifications.
     */
    public static StoreSettings defaults() {
        return new StoreSettings(true, true, Appearance.defaults(), CustomerHub.defaults(),
                new WelcomeMessage("Hi! How can we help you today?"), List.of(), Optional.empty(), Optional.empty(),
                BusinessHours.defaults(),
                new AwayMessage("Thanks for your message! We're away right now and will reply as soon as we're back."),
                DEFAULT_WAITING_THRESHOLD, AllowedOrigins.none(), IdentityVerification.none(),
                EmailNotifications.off());
    }

    /**
     * Rebuilds the settings from what was stored; for persistence adapters only.
     *
     * @throws InvalidValueException when what was stored breaks a rule
     */
    public static StoreSettings reconstitute(boolean chatEnabled, boolean onsiteWidgetEnabled,
            Appearance chatAppearance, CustomerHub customerHub, WelcomeMessage welcomeMessage, List<Faq> faqs,
            Optional<URI> privacyPolicyUrl, Optional<URI> termsUrl, BusinessHours businessHours,
            AwayMessage awayMessage, Duration waitingThreshold, AllowedOrigins allowedOrigins,
            IdentityVerification identityVerification) {
        return reconstitute(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub, welcomeMessage, faqs,
                privacyPolicyUrl, termsUrl, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, EmailNotifications.off());
    }

    /**
     * Rebuilds the settings from what was stored, email notifications included; for persistence adapters only.
     *
     * @throws InvalidValueException when what was stored breaks a rule
     */
    public static StoreSettings reconstitute(boolean chatEnabled, boolean onsiteWidgetEnabled,
            Appearance chatAppearance, CustomerHub customerHub, WelcomeMessage welcomeMessage, List<Faq> faqs,
            Optional<URI> privacyPolicyUrl, Optional<URI> termsUrl, BusinessHours businessHours,
            AwayMessage awayMessage, Duration waitingThreshold, AllowedOrigins allowedOrigins,
            IdentityVerification identityVerification, EmailNotifications emailNotifications) {
        return new StoreSettings(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub, welcomeMessage, faqs,
                privacyPolicyUrl, termsUrl, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    // ---- online chat on and off

    /** Turns the online chat on, and with it the onsite widget. */
    public StoreSettings enableChat() {
        return change(draft -> {
            draft.chatEnabled = true;
            draft.onsiteWidgetEnabled = true;
        });
    }

    /** Turns the online chat off; the onsite widget setting is left as it is. */
    public StoreSettings disableChat() {
        return change(draft -> draft.chatEnabled = false);
    }

    /** Shows or hides the onsite widget. */
    public StoreSettings withOnsiteWidget(boolean enabled) {
        return change(draft -> draft.onsiteWidgetEnabled = enabled);
    }

    // ---- design

    /**
     * Changes the chat's own design.
     *
     * @throws InvalidValueException while the customer hub is active, because its design is the one in use
     */
    public StoreSettings withChatAppearance(Appearance appearance) {
        Objects.requireNonNull(appearance, "chat appearance");
        if (customerHub.active()) {
            throw new InvalidValueException("appearance_locked_by_customer_hub", "The customer hub is active, so the"
                    + " chat uses the hub's design; change the design in the customer hub settings.");
        }
        return change(draft -> draft.chatAppearance = appearance);
    }

    /** Replaces the customer hub's state and design. */
    public StoreSettings withCustomerHub(CustomerHub hub) {
        return change(draft -> draft.customerHub = Objects.requireNonNull(hub, "customer hub"));
    }

    /** The design the launcher shows: the customer hub's while the hub is active, otherwise the chat's own. */
    public Appearance effectiveAppearance() {
        return customerHub.active() ? customerHub.appearance() : chatAppearance;
    }

    /** Whether the chat's own design is set aside for the customer hub's, so that admins see a warning. */
    public boolean isChatAppearanceLocked() {
        return customerHub.active();
    }

    // ---- welcome message and FAQs

    public StoreSettings withWelcomeMessage(WelcomeMessage message) {
        return change(draft -> draft.welcomeMessage = Objects.requireNonNull(message, "welcome message"));
    }

    /** The published FAQs, in the store's order: what a visitor sees first. */
    public List<Faq> publishedFaqs() {
        return faqs.stream().filter(Faq::published).toList();
    }

    /** The FAQ with this id, published or not. */
    public Optional<Faq> faq(FaqId id) {
        return faqs.stream().filter(faq -> faq.id().equals(id)).findFirst();
    }

    /**
     * Adds an FAQ after the others.
     *
     * @throws InvalidValueException when an FAQ with its id exists already
     */
    public StoreSettings addFaq(Faq faq) {
        Objects.requireNonNull(faq, "FAQ");
        return change(draft -> draft.faqs.add(faq));
    }

    /**
     * Replaces the FAQ with the same id, keeping its place.
     *
     * @throws FaqNotFoundException when there is no FAQ with its id
     */
    public StoreSettings updateFaq(Faq faq) {
        Objects.requireNonNull(faq, "FAQ");
        int index = indexOf(faq.id());
        return change(draft -> draft.faqs.set(index, faq));
    }

    /**
     * Removes an FAQ.
     *
     * @throws FaqNotFoundException when there is no FAQ with this id
     */
    public StoreSettings removeFaq(FaqId id) {
        int index = indexOf(id);
        return change(draft -> draft.faqs.remove(index));
    }

    /**
     * Puts the FAQs in a new order.
     *
     * @param order every FAQ's id exactly once, first to last
     * @throws InvalidValueException when the order leaves an FAQ out, lists one twice or names an unknown one
     */
    public StoreSettings reorderFaqs(List<FaqId> order) {
        Objects.requireNonNull(order, "FAQ order");
        Set<FaqId> listed = new HashSet<>(order);
        if (order.size() != faqs.size() || listed.size() != order.size()
                || !faqs.stream().allMatch(faq -> listed.contains(faq.id()))) {
            throw new InvalidValueException("invalid_faq_order", "The new order must list every FAQ exactly once.");
        }
        List<Faq> reordered = order.stream().map(id -> faqs.get(indexOf(id))).toList();
        return change(draft -> {
            draft.faqs.clear();
            draft.faqs.addAll(reordered);
        });
    }

    // ---- links

    /**
     * Links the store's privacy policy, shown before the visitor's first message.
     *
     * @throws InvalidValueException when the link is not a full http or https address of at most 2,000 characters
     */
    public StoreSettings withPrivacyPolicyUrl(URI url) {
        Objects.requireNonNull(url, "privacy policy link");
        return change(draft -> draft.privacyPolicyUrl = Optional.of(url));
    }

    public StoreSettings withoutPrivacyPolicyUrl() {
        return change(draft -> draft.privacyPolicyUrl = Optional.empty());
    }

    /**
     * Links the store's terms, shown before the visitor's first message.
     *
     * @throws InvalidValueException when the link is not a full http or https address of at most 2,000 characters
     */
    public StoreSettings withTermsUrl(URI url) {
        Objects.requireNonNull(url, "terms link");
        return change(draft -> draft.termsUrl = Optional.of(url));
    }

    public StoreSettings withoutTermsUrl() {
        return change(draft -> draft.termsUrl = Optional.empty());
    }

    // ---- hours, waiting, embedding and identity

    public StoreSettings withBusinessHours(BusinessHours hours) {
        return change(draft -> draft.businessHours = Objects.requireNonNull(hours, "business hours"));
    }

    public StoreSettings withAwayMessage(AwayMessage message) {
        return change(draft -> draft.awayMessage = Objects.requireNonNull(message, "away message"));
    }

    /**
     * Sets how long a visitor may wait for an agent before the ticket is highlighted.
     *
     * @throws InvalidValueException when it is shorter than one minute or longer than 24 hours
     */
    public StoreSettings withWaitingThreshold(Duration threshold) {
        return change(draft -> draft.waitingThreshold = threshold);
    }

    public StoreSettings withAllowedOrigins(AllowedOrigins origins) {
        return change(draft -> draft.allowedOrigins = Objects.requireNonNull(origins, "allowed origins"));
    }

    public StoreSettings withIdentityVerification(IdentityVerification verification) {
        return change(draft -> draft.identityVerification =
                Objects.requireNonNull(verification, "identity verification"));
    }

    /** Replaces who is emailed about new tickets, and when. */
    public StoreSettings withEmailNotifications(EmailNotifications notifications) {
        return change(draft -> draft.emailNotifications = Objects.requireNonNull(notifications,
                "email notifications"));
    }

    // ---- accessors

    public boolean chatEnabled() {
        return chatEnabled;
    }

    public boolean onsiteWidgetEnabled() {
        return onsiteWidgetEnabled;
    }

    /** The chat's own design, which is in use only while the customer hub is inactive. */
    public Appearance chatAppearance() {
        return chatAppearance;
    }

    public CustomerHub customerHub() {
        return customerHub;
    }

    public WelcomeMessage welcomeMessage() {
        return welcomeMessage;
    }

    /** All FAQs, published or not, in the store's order. */
    public List<Faq> faqs() {
        return faqs;
    }

    public Optional<URI> privacyPolicyUrl() {
        return privacyPolicyUrl;
    }

    public Optional<URI> termsUrl() {
        return termsUrl;
    }

    public BusinessHours businessHours() {
        return businessHours;
    }

    public AwayMessage awayMessage() {
        return awayMessage;
    }

    public Duration waitingThreshold() {
        return waitingThreshold;
    }

    public AllowedOrigins allowedOrigins() {
        return allowedOrigins;
    }

    public IdentityVerification identityVerification() {
        return identityVerification;
    }

    public EmailNotifications emailNotifications() {
        return emailNotifications;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof StoreSettings that
                && chatEnabled == that.chatEnabled
                && onsiteWidgetEnabled == that.onsiteWidgetEnabled
                && chatAppearance.equals(that.chatAppearance)
                && customerHub.equals(that.customerHub)
                && welcomeMessage.equals(that.welcomeMessage)
                && faqs.equals(that.faqs)
                && privacyPolicyUrl.equals(that.privacyPolicyUrl)
                && termsUrl.equals(that.termsUrl)
                && businessHours.equals(that.businessHours)
                && awayMessage.equals(that.awayMessage)
                && waitingThreshold.equals(that.waitingThreshold)
                && allowedOrigins.equals(that.allowedOrigins)
                && identityVerification.equals(that.identityVerification)
                && emailNotifications.equals(that.emailNotifications));
    }

    @Override
    public int hashCode() {
        return Objects.hash(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub, welcomeMessage, faqs,
                privacyPolicyUrl, termsUrl, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    /** Describes the settings; the identity-verification secret is never shown. */
    @Override
    public String toString() {
        return "StoreSettings[chatEnabled=" + chatEnabled + ", onsiteWidgetEnabled=" + onsiteWidgetEnabled
                + ", chatAppearance=" + chatAppearance + ", customerHub=" + customerHub
                + ", welcomeMessage=" + welcomeMessage + ", faqs=" + faqs.size()
                + ", privacyPolicyUrl=" + privacyPolicyUrl + ", termsUrl=" + termsUrl
                + ", businessHours=" + businessHours + ", awayMessage=" + awayMessage
                + ", waitingThreshold=" + waitingThreshold + ", allowedOrigins=" + allowedOrigins
                + ", identityVerification=" + identityVerification
                + ", emailNotifications=" + emailNotifications.enabled() + "/" + emailNotifications.recipients().size()
                + "]";
    }

    private int indexOf(FaqId id) {
        Objects.requireNonNull(id, "FAQ id");
        for (int i = 0; i < faqs.size(); i++) {
            if (faqs.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new FaqNotFoundException(id);
    }

    private static List<Faq> checkedFaqs(List<Faq> faqs) {
        Objects.requireNonNull(faqs, "FAQs");
        Set<FaqId> seen = new HashSet<>();
        for (Faq faq : faqs) {
            Objects.requireNonNull(faq, "FAQ");
            if (!seen.add(faq.id())) {
                throw new InvalidValueException("duplicate_faq", "This FAQ has been added already.");
            }
        }
        return List.copyOf(faqs);
    }

    private static Duration checkedThreshold(Duration threshold) {
        Objects.requireNonNull(threshold, "waiting threshold");
        if (threshold.compareTo(MIN_WAITING_THRESHOLD) < 0 || threshold.compareTo(MAX_WAITING_THRESHOLD) > 0) {
            throw new InvalidValueException("invalid_waiting_threshold", "The waiting time before a ticket is"
                    + " highlighted must be between 1 minute and 24 hours.");
        }
        return threshold;
    }

    private StoreSettings change(Consumer<Draft> edit) {
        Draft draft = new Draft(this);
        edit.accept(draft);
        return draft.settle();
    }

    /** A mutable copy that the change methods edit before it becomes new, checked settings. */
    private static final class Draft {

        private boolean chatEnabled;
        private boolean onsiteWidgetEnabled;
        private Appearance chatAppearance;
        private CustomerHub customerHub;
        private WelcomeMessage welcomeMessage;
        private final List<Faq> faqs;
        private Optional<URI> privacyPolicyUrl;
        private Optional<URI> termsUrl;
        private BusinessHours businessHours;
        private AwayMessage awayMessage;
        private Duration waitingThreshold;
        private AllowedOrigins allowedOrigins;
        private IdentityVerification identityVerification;
        private EmailNotifications emailNotifications;

        private Draft(StoreSettings from) {
            chatEnabled = from.chatEnabled;
            onsiteWidgetEnabled = from.onsiteWidgetEnabled;
            chatAppearance = from.chatAppearance;
            customerHub = from.customerHub;
            welcomeMessage = from.welcomeMessage;
            faqs = new ArrayList<>(from.faqs);
            privacyPolicyUrl = from.privacyPolicyUrl;
            termsUrl = from.termsUrl;
            businessHours = from.businessHours;
            awayMessage = from.awayMessage;
            waitingThreshold = from.waitingThreshold;
            allowedOrigins = from.allowedOrigins;
            identityVerification = from.identityVerification;
            emailNotifications = from.emailNotifications;
        }

        private StoreSettings settle() {
            return new StoreSettings(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub, welcomeMessage,
                    faqs, privacyPolicyUrl, termsUrl, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                    identityVerification, emailNotifications);
        }
    }
}
