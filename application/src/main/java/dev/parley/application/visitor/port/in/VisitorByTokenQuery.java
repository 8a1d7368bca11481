package dev.parley.application.visitor.port.in;

import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.VisitorToken;
import java.util.Optional;

/** Driven by transports that authenticate visitors by the token they carry (the visitor REST API). */
public interface VisitorByTokenQuery {

    /** The visitor holding this token, if Parley issued it and it is still theirs. */
    Optional<VisitorId> visitorHolding(VisitorToken token);
}
