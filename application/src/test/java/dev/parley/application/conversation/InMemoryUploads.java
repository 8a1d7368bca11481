package dev.parley.application.conversation;

import dev.parley.application.conversation.port.out.DeleteUnusedUploadsPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.StoreUploadPort;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Uploads in memory; what messages show comes from the conversations fake. */
class InMemoryUploads implements StoreUploadPort, LoadUploadPort, DeleteUnusedUploadsPort {

    private final InMemoryConversations conversations;
    private final Map<UploadId, Upload> uploads = new HashMap<>();
    private final Map<UploadId, byte[]> data = new HashMap<>();

    InMemoryUploads(InMemoryConversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public void store(Upload upload, byte[] bytes) {
        uploads.put(upload.id(), upload);
        data.put(upload.id(), bytes.clone());
    }

    @Override
    public Optional<Upload> find(UploadId id) {
        return Optional.ofNullable(uploads.get(id));
    }

    @Override
    public Optional<byte[]> data(UploadId id) {
        return Optional.ofNullable(data.get(id)).map(byte[]::clone);
    }

    @Override
    public boolean shownToVisitor(UploadId id, VisitorId visitor) {
        return conversations.all().stream()
                .filter(message -> shows(message, id))
                .anyMatch(message -> conversations
                        .find(message.conversationId())
                        .map(conversation -> conversation.belongsTo(visitor))
                        .orElse(false));
    }

    @Override
    public boolean shownInAnyConversation(UploadId id) {
        return conversations.all().stream().anyMatch(message -> shows(message, id));
    }

    @Override
    public long storedBytes(UploadOwner owner) {
        return uploads.values().stream()
                .filter(upload -> upload.uploadedBy(owner))
                .mapToLong(Upload::sizeBytes)
                .sum();
    }

    @Override
    public int deleteUnusedCreatedBefore(Instant cutoff, int atMost) {
        List<UploadId> unused = uploads.values().stream()
                .filter(upload -> upload.createdAt().isBefore(cutoff))
                .filter(upload -> !shownInAnyConversation(upload.id()))
                .sorted(Comparator.comparing(Upload::createdAt))
                .limit(atMost)
                .map(Upload::id)
                .toList();
        unused.forEach(id -> {
            uploads.remove(id);
            data.remove(id);
        });
        return unused.size();
    }

    int count() {
        return uploads.size();
    }

    private static boolean shows(Message message, UploadId id) {
        return message.image().map(ImageRef::upload).filter(id::equals).isPresent();
    }
}
