package dev.parley.application.visitor;

import dev.parley.application.settings.port.out.LoadStoreSettingsPort;
import dev.parley.application.settings.port.out.SaveStoreSettingsPort;
import dev.parley.application.visitor.port.in.DemoCustomer;
import dev.parley.application.visitor.port.in.DemoPolicy;
import dev.parley.application.visitor.port.in.SignInDemoCustomerUseCase;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.settings.StoreSettings;
import dev.parley.domain.visitor.DemoDisabledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * Signs the demo store's customer the way a storefront's server signs its logged-in users, so that the demo page can
 * show identity verification at work. Only in demo mode; a store without a secret gets a random one in the same
 * transaction (its enforcement stays as it was).
 */
@ApplicationScoped
@Transactional
public class DemoCustomerService implements SignInDemoCustomerUseCase {

    /** The demo customer's user id in the demo store. */
    static final String USER_ID = "demo-customer";
    /** The demo customer's name. */
    static final String NAME = "Demo customer";

    private static final Logger LOG = Logger.getLogger(DemoCustomerService.class.getName());

    private final SecureRandom random = new SecureRandom();
    private LoadStoreSettingsPort settings;
    private SaveStoreSettingsPort savedSettings;
    private DemoPolicy policy;

    @Inject
    public DemoCustomerService(LoadStoreSettingsPort settings, SaveStoreSettingsPort savedSettings,
            DemoPolicy policy) {
        this.settings = settings;
        this.savedSettings = savedSettings;
        this.policy = policy;
    }

    /** For CDI proxies only. */
    protected DemoCustomerService() {
    }

    @Override
    public DemoCustomer signIn() {
        if (!policy.enabled()) {
            throw new DemoDisabledException();
        }
        IdentityVerification verification = settings.load().identityVerification();
        if (verification.secret().isEmpty()) {
            verification = generateSecret();
        }
        return new DemoCustomer(USER_ID, NAME, verification.sign(USER_ID));
    }

    /** Gives the store a random secret, unless another request gave it one since it was read. */
    private IdentityVerification generateSecret() {
        StoreSettings current = settings.loadForUpdate();
        if (current.identityVerification().secret().isPresent()) {
            return current.identityVerification();
        }
        IdentityVerification generated = current.identityVerification().withRandomSecret(random);
        savedSettings.save(current.withIdentityVerification(generated));
        LOG.info("event=demo_identity_secret_generated reason=\"demo mode is on and the store had no"
                + " identity-verification secret\"");
        return generated;
    }
}
