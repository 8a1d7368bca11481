package dev.parley.application.settings.port.in;

/** Driven by the REST adapter when an admin opens the embedding settings. */
public interface EmbeddingSettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "embedding";

    /** The embedding sites and identity verification; the identity-verification secret is never included. */
    EmbeddingView embeddingSettings();
}
