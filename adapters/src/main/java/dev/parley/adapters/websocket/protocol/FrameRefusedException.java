package dev.parley.adapters.websocket.protocol;

/** A frame could not be accepted for its shape; the code goes into the error frame. */
public class FrameRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public FrameRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
