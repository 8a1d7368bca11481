package dev.parley.application.settings.port.in;

/** Driven by the REST adapter when an admin saves the embedding settings. */
public interface UpdateEmbeddingSettingsUseCase {

    /**
     * Changes the fields the command names and leaves the others as they are. Either every change is made, recorded
     * in the audit log as the actor's and announced once committed, or, when one of them breaks a rule, none is.
     * The secret is replaced, rotated, removed or kept first, then enforcement is set: so a secret and enforcement can
     * arrive together, and enforcement can end with the secret's removal.
     *
     * @return the section after the change, with the secret a rotation has just made
     * @throws dev.parley.domain.shared.InvalidValueException when a value breaks a rule of the section, such as
     *     enforcing identity verification without a secret
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an admin
     */
    EmbeddingView update(UpdateEmbeddingSettingsCommand command);
}
