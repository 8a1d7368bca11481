package dev.parley.application.settings.port.in;

/** Driven by the demo, which signs its customer the way a storefront's server signs its logged-in users. */
public interface SignAsStoreUseCase {

    /**
     * The user hash of a user id, signed with the store's identity-verification secret. A store without a secret gets
     * a random one first (its enforcement stays as it was), announced like any settings change.
     */
    String signAsStore(String userId);
}
