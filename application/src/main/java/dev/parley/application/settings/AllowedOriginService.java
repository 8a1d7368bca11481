package dev.parley.application.settings;

import dev.parley.application.settings.port.in.AllowedOriginQuery;
import dev.parley.application.settings.port.in.EmbeddingSettingsQuery;
import dev.parley.application.settings.port.in.RequestOrigin;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Decides from which sites browser pages may reach Parley. The allowed origins are read only for a page of a foreign
 * origin on a visitor's endpoint, from memory in the steady state; the rest is decided from the request alone.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AllowedOriginService implements AllowedOriginQuery {

    private SettingsSectionPort<EmbeddingSettings> store;
    private SettingsCache cache;

    @Inject
    public AllowedOriginService(SettingsSectionPort<EmbeddingSettings> store, SettingsCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** For CDI proxies only. */
    protected AllowedOriginService() {}

    @Override
    public boolean allowsVisitorPage(RequestOrigin request) {
        return allowsAgentPage(request)
                || cache.get(EmbeddingSettingsQuery.SECTION, store::load)
                        .allowedOrigins()
                        .permits(request.pageOrigin().get());
    }

    @Override
    public boolean allowsAgentPage(RequestOrigin request) {
        return request.pageOrigin().isEmpty()
                || ownOrigin(request)
                        .map(own -> own.permits(request.pageOrigin().get()))
                        .orElse(false);
    }

    @Override
    public boolean isStoreOrigin(String origin) {
        return cache.get(EmbeddingSettingsQuery.SECTION, store::load)
                .allowedOrigins()
                .permits(origin);
    }

    /** The origin of the pages this Parley serves, as the request names it; empty when the Host is unusable. */
    private static Optional<AllowedOrigins> ownOrigin(RequestOrigin request) {
        Optional<String> host = request.host().map(String::strip).filter(value -> !value.isEmpty());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AllowedOrigins.of(request.scheme() + "://" + host.get()));
        } catch (InvalidValueException notAHost) {
            return Optional.empty();
        }
    }
}
