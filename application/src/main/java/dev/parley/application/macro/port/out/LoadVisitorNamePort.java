package dev.parley.application.macro.port.out;

import dev.parley.domain.shared.VisitorId;
import java.util.Optional;

/** Tells a visitor's own name, when Parley knows it; driven when macros are rendered. */
public interface LoadVisitorNamePort {

    /** The visitor's name; empty when Parley does not know it (an anonymous visitor has none). */
    Optional<String> nameOf(VisitorId visitor);
}
