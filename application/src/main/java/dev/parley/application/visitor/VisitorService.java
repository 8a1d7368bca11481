package dev.parley.application.visitor;

import dev.parley.application.visitor.port.in.IdentifyVisitorUseCase;
import dev.parley.application.visitor.port.in.VisitorIdentity;
import dev.parley.application.visitor.port.out.LoadVisitorPort;
import dev.parley.application.visitor.port.out.SaveVisitorPort;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.Visitor;
import dev.parley.domain.visitor.VisitorToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/** Recognises visitors by their token, and issues tokens to new ones. */
@ApplicationScoped
@Transactional
public class VisitorService implements IdentifyVisitorUseCase {

    private final SecureRandom random = new SecureRandom();
    private LoadVisitorPort visitors;
    private SaveVisitorPort savedVisitors;
    private Clock clock;

    @Inject
    public VisitorService(LoadVisitorPort visitors, SaveVisitorPort savedVisitors, Clock clock) {
        this.visitors = visitors;
        this.savedVisitors = savedVisitors;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected VisitorService() {
    }

    @Override
    public VisitorIdentity identify(Optional<VisitorToken> token) {
        Optional<Visitor> known = token.flatMap(held -> visitors.findByTokenHash(held.hash()));
        if (known.isPresent()) {
            return new VisitorIdentity(known.get().id(), Optional.empty());
        }
        VisitorToken issued = VisitorToken.issue(random);
        Visitor visitor = Visitor.anonymous(VisitorId.random(), issued.hash(), clock.instant());
        savedVisitors.create(visitor);
        return new VisitorIdentity(visitor.id(), Optional.of(issued));
    }
}
