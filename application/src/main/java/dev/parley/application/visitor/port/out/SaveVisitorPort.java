package dev.parley.application.visitor.port.out;

import dev.parley.domain.visitor.Visitor;

/** Stores visitors; driven by the visitor use cases. */
public interface SaveVisitorPort {

    void create(Visitor visitor);

    /** Stores the token hash the visitor now holds, in place of the one held before. */
    void replaceToken(Visitor visitor);
}
