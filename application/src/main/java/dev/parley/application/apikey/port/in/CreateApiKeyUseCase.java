package dev.parley.application.apikey.port.in;

/** Driven by the admins' REST API. */
public interface CreateApiKeyUseCase {

    /** Creates a key with a new random secret; the secret is in the answer and nowhere else. */
    CreatedApiKey create(CreateApiKeyCommand command);
}
