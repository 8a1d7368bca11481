package dev.parley.application.visitor;

import dev.parley.application.settings.port.in.SignAsStoreUseCase;
import dev.parley.application.visitor.port.in.DemoCustomer;
import dev.parley.application.visitor.port.in.DemoPolicy;
import dev.parley.application.visitor.port.in.SignInDemoCustomerUseCase;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.visitor.DemoDisabledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Signs the demo store's customer the way a storefront's server signs its logged-in users, so that the demo page can
 * show identity verification at work. Only in demo mode; a store without a secret gets a random one in the same
 * transaction (its enforcement stays as it was).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class DemoCustomerService implements SignInDemoCustomerUseCase {

    /** The demo customer's user id in the demo store. */
    static final String USER_ID = SignInDemoCustomerUseCase.USER_ID;
    /** The demo customer's name. */
    static final String NAME = "Demo customer";

    private SignAsStoreUseCase store;
    private DemoPolicy policy;

    @Inject
    public DemoCustomerService(SignAsStoreUseCase store, DemoPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /** For CDI proxies only. */
    protected DemoCustomerService() {}

    @Override
    public DemoCustomer signIn() {
        if (!policy.enabled()) {
            throw new DemoDisabledException();
        }
        return new DemoCustomer(USER_ID, NAME, store.signAsStore(USER_ID));
    }
}
