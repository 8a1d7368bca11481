package dev.parley.application.tag.port.out;

/**
 * Tells every open inbox that the tag list changed, so that it fetches it again. Driven by the tag use cases inside
 * their transaction; implementations deliver only once the transaction has committed.
 */
public interface PublishTagsChangedPort {

    void tagsChanged();
}
