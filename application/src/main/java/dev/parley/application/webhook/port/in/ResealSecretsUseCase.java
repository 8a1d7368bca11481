package dev.parley.application.webhook.port.in;

/** After a key rotation: every stored secret sealed under the previous key is sealed anew under the current one. */
public interface ResealSecretsUseCase {

    /** Reseals what needs it; answers how many endpoints' secrets were sealed anew. */
    int resealAll();
}
