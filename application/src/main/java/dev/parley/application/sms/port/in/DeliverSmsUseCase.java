package dev.parley.application.sms.port.in;

import dev.parley.domain.sms.OutgoingSmsId;
import java.util.List;

/** Sends the queued replies; driven by the background worker. Driving. */
public interface DeliverSmsUseCase {

    List<OutgoingSmsId> due(int limit);

    /** One attempt at one reply: claimed, sent outside any transaction, its outcome recorded. */
    void attempt(OutgoingSmsId id);
}
