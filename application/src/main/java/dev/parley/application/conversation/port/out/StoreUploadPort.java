package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.Upload;

/** Stores an accepted upload with its bytes; driven by the upload use case. */
public interface StoreUploadPort {

    void store(Upload upload, byte[] data);
}
