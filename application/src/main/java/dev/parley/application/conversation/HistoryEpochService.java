package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.HistoryEpochQuery;
import dev.parley.application.conversation.port.out.LoadHistoryEpochPort;
import dev.parley.domain.conversation.HistoryEpoch;
import dev.parley.domain.conversation.Resumption;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Tells clients the history's epoch and where they resume, read afresh from the database each time, so that an
 * operator's rotation counts from the next connection on, without a restart.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class HistoryEpochService implements HistoryEpochQuery {

    private LoadHistoryEpochPort epochs;

    @Inject
    public HistoryEpochService(LoadHistoryEpochPort epochs) {
        this.epochs = epochs;
    }

    /** For CDI proxies only. */
    protected HistoryEpochService() {}

    @Override
    public HistoryEpoch epoch() {
        return epochs.current();
    }

    @Override
    public Resumption resume(ConversationView conversation, long heldSeq, Optional<HistoryEpoch> heldEpoch) {
        return epochs.current().resume(heldSeq, heldEpoch, conversation.lastSeq());
    }
}
