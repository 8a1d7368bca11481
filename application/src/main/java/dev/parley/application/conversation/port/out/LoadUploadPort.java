package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.shared.VisitorId;
import java.util.Optional;

/** Reads uploads and where they are shown; driven by the upload use cases and by posting messages with an image. */
public interface LoadUploadPort {

    /** An upload's description, without its bytes. */
    Optional<Upload> find(UploadId id);

    /** An upload's bytes. */
    Optional<byte[]> data(UploadId id);

    /** Whether a message of one of the visitor's conversations shows the upload. */
    boolean shownToVisitor(UploadId id, VisitorId visitor);

    /** The sum of the sizes of the uploads {@code owner} has stored. */
    long storedBytes(UploadOwner owner);

    /** Whether any message shows the upload (every agent may see the images of every conversation). */
    boolean shownInAnyConversation(UploadId id);
}
