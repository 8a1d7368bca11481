package dev.parley.application.visitor.port.out;

import dev.parley.domain.visitor.Visitor;

/** Stores visitors; driven by the visitor use cases. */
public interface SaveVisitorPort {

    void create(Visitor visitor);
}
