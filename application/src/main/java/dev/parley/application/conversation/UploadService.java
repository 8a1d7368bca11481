package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.UploadImageCommand;
import dev.parley.application.conversation.port.in.UploadImageUseCase;
import dev.parley.application.conversation.port.in.UploadLimits;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.conversation.port.in.UploadView;
import dev.parley.application.conversation.port.in.UploadedImage;
import dev.parley.application.conversation.port.in.UploadedImageQuery;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.StoreUploadPort;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadNotFoundException;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.conversation.UploadQuotaExceededException;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Takes the images visitors and agents upload, and hands them out only to those who may see them: the uploader, and
 * the participants of a conversation that shows the image. A visitor's uploads are held to the {@link UploadLimits}:
 * images and bytes per hour, per visitor and per client address, and the bytes one visitor keeps stored.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class UploadService implements UploadImageUseCase, UploadedImageQuery {

    private StoreUploadPort stored;
    private LoadUploadPort uploads;
    private UploadPolicy policy;
    private UploadLimits limits;
    private AdmitUseCase admissions;
    private Clock clock;

    @Inject
    public UploadService(
            StoreUploadPort stored,
            LoadUploadPort uploads,
            UploadPolicy policy,
            UploadLimits limits,
            AdmitUseCase admissions,
            Clock clock) {
        this.stored = stored;
        this.uploads = uploads;
        this.policy = policy;
        this.limits = limits;
        this.admissions = admissions;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected UploadService() {}

    @Override
    public UploadView upload(UploadImageCommand command) {
        Upload upload = Upload.accept(
                UploadId.random(),
                command.owner(),
                command.declaredMediaType(),
                command.data(),
                policy.maxBytes(),
                policy.maxPixels(),
                clock.instant());
        if (!command.owner().isAgent()) {
            admitVisitorUpload(command, upload.sizeBytes());
        }
        stored.store(upload, command.data());
        return view(upload);
    }

    /**
     * Counts a visitor's upload against their limits, or refuses it. The stored quota is checked first: it counts
     * nothing, so a visitor over it spends none of their hourly allowance.
     */
    private void admitVisitorUpload(UploadImageCommand command, long size) {
        long kept = uploads.storedBytes(command.owner());
        if (kept + size > limits.maxStoredBytesPerVisitor()) {
            throw new UploadQuotaExceededException(limits.maxStoredBytesPerVisitor());
        }
        String visitor = command.owner().id();
        admissions.admitInTurn(List.of(
                LimitedUse.of(limits.perVisitor(), visitor),
                LimitedUse.of(limits.perAddress(), command.clientAddress()),
                new LimitedUse(limits.bytesPerVisitor(), visitor, size),
                new LimitedUse(limits.bytesPerAddress(), command.clientAddress(), size)));
    }

    @Override
    public UploadedImage image(UploadId id, UploadOwner viewer) {
        Upload upload = uploads.find(id)
                .filter(found -> maySee(found, viewer))
                .orElseThrow(() -> new UploadNotFoundException(id));
        byte[] data = uploads.data(id).orElseThrow(() -> new UploadNotFoundException(id));
        return new UploadedImage(view(upload), data);
    }

    private boolean maySee(Upload upload, UploadOwner viewer) {
        if (upload.uploadedBy(viewer)) {
            return true;
        }
        return viewer.isAgent()
                ? uploads.shownInAnyConversation(upload.id())
                : uploads.shownToVisitor(upload.id(), VisitorId.of(viewer.id()));
    }

    private static UploadView view(Upload upload) {
        return new UploadView(upload.id(), upload.type().mediaType(), upload.sizeBytes());
    }
}
