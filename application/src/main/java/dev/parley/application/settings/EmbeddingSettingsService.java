package dev.parley.application.settings;

import dev.parley.application.settings.port.in.EmbeddingSettingsQuery;
import dev.parley.application.settings.port.in.EmbeddingView;
import dev.parley.application.settings.port.in.SignAsStoreUseCase;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsCommand;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsCommand.IdentityVerificationChange;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsUseCase;
import dev.parley.application.settings.port.in.VisitorIdentityQuery;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Shows admins the sites that may embed the chat and identity verification, and lets them change both; verifies
 * logged-in visitors for the visitor context, from memory in the steady state. The secret never leaves this service
 * but once, in the answer to the rotation that made it.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class EmbeddingSettingsService
        implements EmbeddingSettingsQuery, UpdateEmbeddingSettingsUseCase, VisitorIdentityQuery, SignAsStoreUseCase {

    private static final Logger LOG = Logger.getLogger(EmbeddingSettingsService.class.getName());

    private final SecureRandom random = new SecureRandom();
    private SettingsSectionPort<EmbeddingSettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;
    private Clock clock;

    @Inject
    public EmbeddingSettingsService(
            SettingsSectionPort<EmbeddingSettings> store, SettingsCache cache, SettingsChanges changes, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected EmbeddingSettingsService() {}

    @Override
    public EmbeddingView embeddingSettings() {
        return EmbeddingView.of(current(), clock.instant());
    }

    @Override
    public EmbeddingView update(UpdateEmbeddingSettingsCommand command) {
        EmbeddingSettings changed = changes.change(command.actor(), SECTION, store, (current, now) -> {
            EmbeddingSettings result =
                    command.allowedOrigins().map(current::withAllowedOrigins).orElse(current);
            return command.identityVerification()
                    .map(change ->
                            result.withIdentityVerification(identity(result.identityVerification(), change, now)))
                    .orElse(result);
        });
        EmbeddingView view = EmbeddingView.of(changed, clock.instant());
        boolean rotated = command.identityVerification()
                .filter(IdentityVerificationChange::rotate)
                .isPresent();
        return rotated
                ? view.withNewIdentitySecret(
                        changed.identityVerification().secret().orElseThrow())
                : view;
    }

    @Override
    public boolean identityEnforced() {
        return current().identityVerification().enforced();
    }

    @Override
    public boolean verifies(String userId, String userHash, Instant at) {
        return current().identityVerification().verify(userId, userHash, at);
    }

    @Override
    public String signAsStore(String userId) {
        IdentityVerification verification = current().identityVerification();
        if (verification.secret().isEmpty()) {
            verification = generateSecret();
        }
        return verification.sign(userId);
    }

    private EmbeddingSettings current() {
        return cache.get(SECTION, store::load);
    }

    /** Gives the store a random secret, unless another request gave it one since it was read. */
    private IdentityVerification generateSecret() {
        EmbeddingSettings current = store.loadForUpdate();
        if (current.identityVerification().secret().isPresent()) {
            return current.identityVerification();
        }
        IdentityVerification generated = current.identityVerification().withRandomSecret(random);
        EmbeddingSettings changed = current.withIdentityVerification(generated);
        store.save(changed);
        changes.announce(SECTION, changed);
        LOG.info("event=demo_identity_secret_generated reason=\"demo mode is on and the store had no"
                + " identity-verification secret\"");
        return generated;
    }

    /** Replaces, rotates, removes or keeps the secret, then sets enforcement. */
    private IdentityVerification identity(
            IdentityVerification current, IdentityVerificationChange change, Instant now) {
        IdentityVerification replaced;
        if (change.rotate()) {
            replaced = current.rotated(random, now, change.grace().orElse(IdentityVerification.DEFAULT_GRACE));
        } else if (change.newSecret().isPresent()) {
            replaced = current.replacedBy(
                    change.newSecret().get(), now, change.grace().orElse(Duration.ZERO));
        } else if (change.removeSecret()) {
            replaced = new IdentityVerification(Optional.empty(), false);
        } else {
            replaced = current;
        }
        boolean enforced = change.enforced().orElse(current.enforced());
        return new IdentityVerification(replaced.secret(), enforced, replaced.previous());
    }
}
