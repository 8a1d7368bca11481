package dev.parley.application.visitor;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.application.settings.port.in.VisitorIdentityQuery;
import dev.parley.application.visitor.port.in.IdentifyVisitorCommand;
import dev.parley.application.visitor.port.in.IdentifyVisitorUseCase;
import dev.parley.application.visitor.port.in.StartVisitorSessionCommand;
import dev.parley.application.visitor.port.in.StartVisitorSessionUseCase;
import dev.parley.application.visitor.port.in.VisitorByTokenQuery;
import dev.parley.application.visitor.port.in.VisitorIdentity;
import dev.parley.application.visitor.port.in.VisitorSessionLimits;
import dev.parley.application.visitor.port.out.LoadVisitorPort;
import dev.parley.application.visitor.port.out.SaveVisitorPort;
import dev.parley.domain.profile.FirstVisit;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.IdentityRejectedException;
import dev.parley.domain.visitor.Visitor;
import dev.parley.domain.visitor.VisitorToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Recognises visitors by their token or by the store's signed user id (identity verification), and issues tokens to
 * new ones: new anonymous visitors only as often as {@link VisitorSessionLimits} allows per client address.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class VisitorService implements IdentifyVisitorUseCase, StartVisitorSessionUseCase, VisitorByTokenQuery {

    private final SecureRandom random = new SecureRandom();
    private LoadVisitorPort visitors;
    private SaveVisitorPort savedVisitors;
    private VisitorIdentityQuery verification;
    private LoadProfilePort profiles;
    private SaveProfilePort savedProfiles;
    private Clock clock;
    private AdmitUseCase admission;
    private VisitorSessionLimits limits;

    @Inject
    public VisitorService(
            LoadVisitorPort visitors,
            SaveVisitorPort savedVisitors,
            VisitorIdentityQuery verification,
            LoadProfilePort profiles,
            SaveProfilePort savedProfiles,
            Clock clock,
            AdmitUseCase admission,
            VisitorSessionLimits limits) {
        this.visitors = visitors;
        this.savedVisitors = savedVisitors;
        this.verification = verification;
        this.profiles = profiles;
        this.savedProfiles = savedProfiles;
        this.clock = clock;
        this.admission = admission;
        this.limits = limits;
    }

    /** For CDI proxies only. */
    protected VisitorService() {}

    @Override
    public VisitorIdentity identify(IdentifyVisitorCommand command) {
        VisitorIdentity identity = recognise(command);
        if (!command.firstVisit().isEmpty()) {
            recordFirstVisit(identity.visitor(), command.firstVisit());
        }
        return identity;
    }

    private VisitorIdentity recognise(IdentifyVisitorCommand command) {
        Optional<String> user = verifiedUser(command.userId(), command.userHash());
        if (user.isPresent()) {
            // The signature is the proof, sent again on every connection: no token is handed out.
            Visitor visitor = visitors.findByExternalId(user.get())
                    .orElseGet(() -> createIdentified(user.get(), VisitorToken.issue(random)));
            return new VisitorIdentity(visitor.id(), Optional.empty());
        }
        Optional<Visitor> known = command.token().flatMap(held -> visitors.findByTokenHash(held.hash()));
        if (known.isPresent()) {
            return new VisitorIdentity(known.get().id(), Optional.empty());
        }
        return createAnonymous(command.clientAddress());
    }

    @Override
    public VisitorIdentity startSession(StartVisitorSessionCommand command) {
        Optional<String> user = verifiedUser(command.userId(), command.userHash());
        if (user.isEmpty()) {
            return createAnonymous(command.clientAddress());
        }
        VisitorToken issued = VisitorToken.issue(random);
        Optional<Visitor> known = visitors.findByExternalId(user.get());
        if (known.isPresent()) {
            Visitor reissued = known.get().withToken(issued.hash());
            savedVisitors.replaceToken(reissued);
            return new VisitorIdentity(reissued.id(), Optional.of(issued));
        }
        return new VisitorIdentity(createIdentified(user.get(), issued).id(), Optional.of(issued));
    }

    @Override
    public Optional<VisitorId> visitorHolding(VisitorToken token) {
        return visitors.findByTokenHash(token.hash()).map(Visitor::id);
    }

    /**
     * The store user the visitor has proven to be, or empty for an anonymous visitor.
     *
     * @throws IdentityRejectedException when a user id is claimed but not proven as the store requires
     */
    private Optional<String> verifiedUser(Optional<String> userId, Optional<String> userHash) {
        if (userId.isEmpty()) {
            if (userHash.isPresent()) {
                throw new IdentityRejectedException("A user hash was sent without the user id it signs.");
            }
            return Optional.empty();
        }
        if (userHash.isEmpty()) {
            if (verification.identityEnforced()) {
                throw new IdentityRejectedException(
                        "This store verifies logged-in visitors: send the user id with its user hash.");
            }
            return Optional.empty();
        }
        boolean valid;
        try {
            valid = verification.verifies(userId.get(), userHash.get(), clock.instant());
        } catch (InvalidValueException badUserId) {
            throw new IdentityRejectedException(badUserId.getMessage());
        }
        if (!valid) {
            throw new IdentityRejectedException("The user hash does not match the user id; nobody was signed in.");
        }
        return userId;
    }

    /** Counts the new visitor against its address before anything is created; a refusal creates nothing. */
    private VisitorIdentity createAnonymous(String clientAddress) {
        admission.admit(limits.newVisitorsPerAddress(), clientAddress);
        VisitorToken issued = VisitorToken.issue(random);
        Visitor visitor = Visitor.anonymous(VisitorId.random(), issued.hash(), clock.instant());
        create(visitor);
        return new VisitorIdentity(visitor.id(), Optional.of(issued));
    }

    private Visitor createIdentified(String externalId, VisitorToken token) {
        Visitor visitor = Visitor.identified(VisitorId.random(), externalId, token.hash(), clock.instant());
        create(visitor);
        return visitor;
    }

    /** Every visitor has a profile from the start. */
    private void create(Visitor visitor) {
        savedVisitors.create(visitor);
        savedProfiles.create(Profile.blank(ProfileId.random(), visitor.id(), visitor.createdAt()));
    }

    /** The profile keeps the first locale and page it is told of. */
    private void recordFirstVisit(VisitorId visitor, FirstVisit visit) {
        Profile profile = profiles.findByVisitorForUpdate(visitor).orElseGet(() -> {
            Profile blank = Profile.blank(ProfileId.random(), visitor, clock.instant());
            savedProfiles.create(blank);
            return blank;
        });
        if (profile.recordFirstVisit(visit, clock.instant())) {
            savedProfiles.update(profile);
        }
    }
}
