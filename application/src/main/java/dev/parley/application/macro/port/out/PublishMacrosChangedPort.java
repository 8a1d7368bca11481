package dev.parley.application.macro.port.out;

/**
 * Tells every open inbox that the macros changed, so that it fetches them again. Driven by the macro use cases inside
 * their transaction; implementations deliver only once the transaction has committed.
 */
public interface PublishMacrosChangedPort {

    void macrosChanged();
}
