package dev.parley.domain.shared;

/** Something that was asked for does not exist, or the caller may not know that it exists. */
public abstract class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    protected NotFoundException(String code, String message) {
        super(code, message);
    }
}
