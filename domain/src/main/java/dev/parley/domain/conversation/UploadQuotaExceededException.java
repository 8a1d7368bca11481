package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/**
 * An upload would take its uploader's stored images past the bytes one uploader may keep. Nothing is stored. Unlike a
 * rate limit, waiting alone does not help: room is made when images never shown in a message are deleted.
 */
public class UploadQuotaExceededException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UploadQuotaExceededException(long maxStoredBytes) {
        super(
                "upload_quota_exceeded",
                "One visitor may keep at most " + maxStoredBytes + " bytes of images; this upload would pass that.");
    }
}
