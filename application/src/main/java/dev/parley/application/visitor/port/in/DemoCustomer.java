package dev.parley.application.visitor.port.in;

import java.util.Objects;

/**
 * The demo store's signed-in customer, as the demo page puts it on {@code <parley-chat user-id user-hash>}.
 *
 * @param userId the store's user id of the customer
 * @param name the customer's name, for the page to show
 * @param userHash the store's signature of the user id (hex HMAC-SHA256 under the identity-verification secret)
 */
public record DemoCustomer(String userId, String name, String userHash) {

    public DemoCustomer {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userHash, "user hash");
    }

    /** Never prints the signature, which works as a credential for the demo customer. */
    @Override
    public String toString() {
        return "DemoCustomer[userId=" + userId + ", name=" + name + "]";
    }
}
