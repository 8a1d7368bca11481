package dev.parley.application.visitor.port.in;

/**
 * Signs in the demo store's customer: the identity a storefront would sign on its own server, signed by Parley for
 * its demo page. Driven by the REST adapter ({@code POST /api/v1/demo/customer}); only an installation in demo mode
 * ({@link DemoPolicy}) answers.
 */
public interface SignInDemoCustomerUseCase {

    /** The demo customer's user id in the demo store. */
    String USER_ID = "demo-customer";

    /** The demo customer's phone, which the phone simulator of demo mode texts from by default. */
    String PHONE = "+48 600 100 200";

    /**
     * The demo customer, signed with the store's current identity-verification secret; a store without a secret
     * gets a random one first, so that the demo works out of the box.
     *
     * @throws dev.parley.domain.visitor.DemoDisabledException when demo mode is off
     */
    DemoCustomer signIn();
}
