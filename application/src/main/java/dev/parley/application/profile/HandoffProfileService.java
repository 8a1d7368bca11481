package dev.parley.application.profile;

import dev.parley.application.profile.port.in.HandoffProfileQuery;
import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.ProfileEventsPort;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The visitor's name and latest profile events, for the helpdesk a conversation is handed to. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class HandoffProfileService implements HandoffProfileQuery {

    private LoadProfilePort profiles;
    private ProfileEventsPort events;

    @Inject
    public HandoffProfileService(LoadProfilePort profiles, ProfileEventsPort events) {
        this.profiles = profiles;
        this.events = events;
    }

    /** For CDI proxies only. */
    protected HandoffProfileService() {}

    @Override
    public Optional<HandoffProfile> handoffProfile(VisitorId visitor, int count) {
        return profiles.findByVisitor(visitor).map(profile -> summary(profile, Math.max(0, count)));
    }

    private HandoffProfile summary(Profile profile, int count) {
        List<String> recent = count == 0
                ? List.of()
                : events.page(profile.id(), Optional.empty(), count).stream()
                        .map(event -> event.name().value() + " at "
                                + event.occurredAt().truncatedTo(ChronoUnit.SECONDS))
                        .toList();
        return new HandoffProfile(profile.contact().name(), recent);
    }
}
