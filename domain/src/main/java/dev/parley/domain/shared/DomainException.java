package dev.parley.domain.shared;

/**
 * A rule of Parley was broken. Each subclass carries a stable, machine-readable {@link #code()} that the REST API
 * puts in its problem documents and the WebSocket endpoints put in their error frames, and a message written for a
 * person.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable error code, in lower snake case, e.g. {@code conversation_closed}. */
    public String code() {
        return code;
    }
}
