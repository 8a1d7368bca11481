package dev.parley.application.shared;

import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.SecretsKeyMissingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Seals by encoding with the context, so that tests can see a secret is never kept as given. */
public final class FakeSecrets implements SecretsPort {

    public Optional<String> unavailable = Optional.empty();
    /** Which key seals now: a key rotation moves it on. */
    public int key = 1;

    @Override
    public Optional<String> unavailable() {
        return unavailable;
    }

    @Override
    public SealedSecret seal(String secret, String context) {
        unavailable.ifPresent(why -> {
            throw new SecretsKeyMissingException(why);
        });
        return new SealedSecret("sealed" + key + ":" + context + ":"
                + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String open(SealedSecret sealed, String context) {
        String value = sealed.value();
        int contextStart = value.indexOf(':') + 1;
        int secretStart = value.lastIndexOf(':') + 1;
        if (!value.substring(contextStart, secretStart - 1).equals(context)) {
            throw new IllegalStateException("sealed for another context");
        }
        return new String(Base64.getDecoder().decode(value.substring(secretStart)), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isCurrent(SealedSecret sealed) {
        return sealed.value().startsWith("sealed" + key + ":");
    }
}
