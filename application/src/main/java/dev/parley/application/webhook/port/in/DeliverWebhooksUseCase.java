package dev.parley.application.webhook.port.in;

/** The worker's round: deliver what is due, and forget what the delivery log no longer keeps. */
public interface DeliverWebhooksUseCase {

    /** Attempts every delivery due now, a batch at most; answers how many were attempted. */
    int deliverDue();

    /** Deletes the finished deliveries older than the log keeps; answers how many. */
    int purgeOld();
}
