package dev.parley.domain.shared;

/** A value given to Parley breaks a rule about its shape, such as its length. */
public class InvalidValueException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String code, String message) {
        super(code, message);
    }
}
