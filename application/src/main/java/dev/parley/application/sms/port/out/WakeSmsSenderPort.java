package dev.parley.application.sms.port.out;

/**
 * Tells the worker that sends SMS that a reply was queued, so that it sends it once the reply's transaction has
 * committed instead of at its next round. A hint only: the worker's rounds send every due reply anyway. Driven.
 */
public interface WakeSmsSenderPort {

    /** A reply was queued in the current transaction. */
    void replyQueued();
}
