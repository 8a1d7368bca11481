package dev.parley.application.profile.port.out;

/**
 * Tells live subscribers (the agents' inboxes) that a profile changed. Driven by the profile use cases inside their
 * transaction; implementations deliver only once the transaction has committed.
 */
public interface PublishProfileNewsPort {

    void publish(ProfileNews news);
}
