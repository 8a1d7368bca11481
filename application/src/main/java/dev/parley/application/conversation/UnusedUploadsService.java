package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.DeleteUnusedUploadsUseCase;
import dev.parley.application.conversation.port.in.UnusedUploadPolicy;
import dev.parley.application.conversation.port.out.DeleteUnusedUploadsPort;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Deletes images nobody showed in a message within the policy's time: uploaded and then abandoned, or uploaded only to
 * fill the database. An image a message shows stays as long as the message.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class UnusedUploadsService implements DeleteUnusedUploadsUseCase {

    private DeleteUnusedUploadsPort uploads;
    private UnusedUploadPolicy policy;
    private Clock clock;

    @Inject
    public UnusedUploadsService(DeleteUnusedUploadsPort uploads, UnusedUploadPolicy policy, Clock clock) {
        this.uploads = uploads;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected UnusedUploadsService() {}

    @Override
    public int deleteUnused() {
        return uploads.deleteUnusedCreatedBefore(clock.instant().minus(policy.keepFor()), policy.batchSize());
    }
}
