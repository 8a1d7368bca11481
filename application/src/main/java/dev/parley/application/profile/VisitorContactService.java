package dev.parley.application.profile;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.profile.port.in.ContactLimits;
import dev.parley.application.profile.port.in.GiveEmailCommand;
import dev.parley.application.profile.port.in.GiveEmailUseCase;
import dev.parley.application.profile.port.in.ReplyAddressQuery;
import dev.parley.application.profile.port.in.VisitorContact;
import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.profile.port.out.PublishProfileNewsPort;
import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes the email address a visitor gives in the widget, so that the team's replies can reach them after they left.
 * Counted by the {@link ContactLimits} before anything is read. The address is kept apart from the store's contact
 * details: a store's address is never overwritten by the visitor, and the store's next update never erases the
 * visitor's. It also tells the other contexts where Parley writes to a visitor: the store's address first. Neither the address nor any part of it is logged.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class VisitorContactService implements GiveEmailUseCase, ReplyAddressQuery {

    private static final Logger LOG = Logger.getLogger(VisitorContactService.class.getName());

    private LoadProfilePort profiles;
    private SaveProfilePort savedProfiles;
    private PublishProfileNewsPort news;
    private AdmitUseCase admission;
    private ContactLimits limits;
    private Clock clock;

    @Inject
    public VisitorContactService(
            LoadProfilePort profiles,
            SaveProfilePort savedProfiles,
            PublishProfileNewsPort news,
            AdmitUseCase admission,
            ContactLimits limits,
            Clock clock) {
        this.profiles = profiles;
        this.savedProfiles = savedProfiles;
        this.news = news;
        this.admission = admission;
        this.limits = limits;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected VisitorContactService() {}

    @Override
    public VisitorContact giveEmail(GiveEmailCommand command) {
        admission.admitInTurn(List.of(
                LimitedUse.of(limits.perVisitor(), command.visitor().toString()),
                LimitedUse.of(limits.perAddress(), command.clientAddress())));
        Instant now = clock.instant();
        Profile profile = profiles.findByVisitorForUpdate(command.visitor()).orElseGet(() -> {
            Profile blank = Profile.blank(ProfileId.random(), command.visitor(), now);
            savedProfiles.create(blank);
            return blank;
        });
        if (profile.giveEmail(command.email(), now)) {
            savedProfiles.update(profile);
            news.publish(new ProfileNews(profile.id(), profile.visitor()));
            LOG.info(() -> "event=visitor_email_given profile=" + profile.id() + " store_email="
                    + profile.contact().email().isPresent());
        }
        return contact(profile);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitorContact contactOf(VisitorId visitor) {
        return profiles.findByVisitor(visitor)
                .map(VisitorContactService::contact)
                .orElseGet(() -> new VisitorContact(Optional.empty(), false));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReplyAddress> replyAddressOf(VisitorId visitor) {
        return profiles.findByVisitor(visitor)
                .flatMap(profile -> profile.replyAddress().map(email -> new ReplyAddress(email, profile.locale())));
    }

    private static VisitorContact contact(Profile profile) {
        return new VisitorContact(
                profile.visitorEmail(), profile.contact().email().isPresent());
    }
}
