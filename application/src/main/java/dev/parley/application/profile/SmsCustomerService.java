package dev.parley.application.profile;

import dev.parley.application.profile.port.in.SmsCustomerUseCase;
import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.application.profile.port.out.StoreUsersPort;
import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.StoreUserId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.Visitor;
import dev.parley.domain.visitor.VisitorToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Finds the customer behind a phone number: the store may have given it to a profile (Events API, or a visitor who
 * typed it), which then holds their chat and SMS tickets side by side. A number nobody has gets a visitor of its own,
 * who has no token anyone holds (it never opens the widget), and a profile with the number.
 */
@ApplicationScoped
public class SmsCustomerService implements SmsCustomerUseCase {

    private static final Logger LOG = Logger.getLogger(SmsCustomerService.class.getName());

    private final SecureRandom random = new SecureRandom();
    private LoadProfilePort profiles;
    private SaveProfilePort savedProfiles;
    private StoreUsersPort visitors;
    private Clock clock;

    @Inject
    public SmsCustomerService(
            LoadProfilePort profiles, SaveProfilePort savedProfiles, StoreUsersPort visitors, Clock clock) {
        this.profiles = profiles;
        this.savedProfiles = savedProfiles;
        this.visitors = visitors;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected SmsCustomerService() {}

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    public VisitorId giveStoreUserPhone(String storeUserId, String name, PhoneNumber phone) {
        Instant now = clock.instant();
        StoreUserId user = new StoreUserId(storeUserId);
        Visitor visitor = visitors.findStoreUser(user.value()).orElseGet(() -> {
            Visitor created = Visitor.identified(
                    VisitorId.random(), user.value(), VisitorToken.issue(random).hash(), now);
            visitors.createStoreUser(created);
            return created;
        });
        Optional<Profile> found = profiles.findByVisitorForUpdate(visitor.id());
        Profile profile = found.orElseGet(() -> Profile.blank(ProfileId.random(), visitor.id(), now));
        ContactDetails before = profile.contact();
        profile.update(
                new ContactDetails(Optional.of(name), before.email(), Optional.of(phone.e164()), before.location()),
                profile.properties(),
                now);
        if (found.isPresent()) {
            savedProfiles.update(profile);
        } else {
            savedProfiles.create(profile);
        }
        return visitor.id();
    }

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    public VisitorId customerWithPhone(PhoneNumber phone) {
        Optional<Profile> known = profiles.findByPhone(phone);
        if (known.isPresent()) {
            return known.get().visitor();
        }
        Instant now = clock.instant();
        Visitor visitor =
                Visitor.anonymous(VisitorId.random(), VisitorToken.issue(random).hash(), now);
        visitors.createStoreUser(visitor);
        Profile profile = Profile.blank(ProfileId.random(), visitor.id(), now);
        profile.update(
                new ContactDetails(Optional.empty(), Optional.empty(), Optional.of(phone.e164()), Optional.empty()),
                profile.properties(),
                now);
        savedProfiles.create(profile);
        LOG.info(() -> "event=sms_customer_created visitor=" + visitor.id() + " phone=" + phone.masked());
        return visitor.id();
    }
}
