package dev.parley.application.settings.port.in;

/**
 * Driven by the adapter that delivers the news of a committed settings change (today on this node; from other nodes
 * too once there are several): the section kept in memory is forgotten and read from the database the next time it
 * is needed.
 */
public interface RefreshSettingsUseCase {

    /**
     * Forgets the section kept in memory, so that its next read comes from the database.
     *
     * @param section the section that changed, as its query names it, such as {@code availability}
     */
    void refresh(String section);

    /** Forgets every section kept in memory: news of changes may have been missed (another node's, while unheard). */
    void refreshAll();
}
