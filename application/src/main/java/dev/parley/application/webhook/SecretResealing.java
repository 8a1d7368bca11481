package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.webhook.port.in.ResealSecretsUseCase;
import dev.parley.application.webhook.port.out.WebhookEndpointsPort;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.webhook.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Seals the endpoints' secrets anew under the current key ({@code PARLEY_SECRETS_KEY}) when they were sealed under the
 * previous one ({@code PARLEY_SECRETS_KEY_PREVIOUS}), so that the previous key can be dropped after one start.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class SecretResealing implements ResealSecretsUseCase {

    private static final Logger LOG = Logger.getLogger(SecretResealing.class.getName());

    private WebhookEndpointsPort endpoints;
    private SecretsPort secrets;

    @Inject
    public SecretResealing(WebhookEndpointsPort endpoints, SecretsPort secrets) {
        this.endpoints = endpoints;
        this.secrets = secrets;
    }

    /** For CDI proxies only. */
    protected SecretResealing() {}

    @Override
    public int resealAll() {
        if (secrets.unavailable().isPresent()) {
            return 0;
        }
        int resealed = 0;
        for (WebhookEndpoint found : endpoints.all()) {
            boolean stale = !secrets.isCurrent(found.secret())
                    || found.previousSecret()
                            .filter(previous -> !secrets.isCurrent(previous))
                            .isPresent();
            if (!stale) {
                continue;
            }
            WebhookEndpoint endpoint = endpoints.findForUpdate(found.id()).orElseThrow();
            String context = WebhookOutbox.context(endpoint.id());
            SealedSecret current = secrets.seal(secrets.open(endpoint.secret(), context), context);
            Optional<SealedSecret> previous =
                    endpoint.previousSecret().map(kept -> secrets.seal(secrets.open(kept, context), context));
            endpoint.reseal(current, previous);
            endpoints.update(endpoint);
            resealed++;
        }
        int count = resealed;
        if (count > 0) {
            LOG.info(() -> "event=secrets_resealed endpoints=" + count);
        }
        return count;
    }
}
