package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** An upload is larger than Parley takes. */
public class UploadTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(long maxBytes) {
        super("upload_too_large", "An upload can be at most " + maxBytes + " bytes.");
    }
}
