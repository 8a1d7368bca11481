package dev.parley.adapters.rest;

import dev.parley.application.visitor.port.in.DemoCustomer;
import dev.parley.application.visitor.port.in.SignInDemoCustomerUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The demo store's customer ({@code POST /api/v1/demo/customer}): the user id and signature that the demo page puts
 * on {@code <parley-chat>} when the visitor chooses "Sign in as a demo customer". Anyone may ask, and only an
 * installation in demo mode answers; otherwise 404 {@code demo_disabled}. Driving.
 */
@Path("demo/customer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemoCustomerResource {

    private SignInDemoCustomerUseCase demo;

    @Inject
    public DemoCustomerResource(SignInDemoCustomerUseCase demo) {
        this.demo = demo;
    }

    /** For CDI proxies only. */
    protected DemoCustomerResource() {}

    /** Any body is ignored: the demo customer is always the same one. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response signIn() {
        DemoCustomer customer = demo.signIn();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(new Body(customer.userId(), customer.name(), customer.userHash()))
                .cacheControl(noStore)
                .build();
    }

    /**
     * The demo customer as the demo page needs them.
     *
     * @param userId the {@code user-id} attribute
     * @param name what the page shows
     * @param userHash the {@code user-hash} attribute
     */
    public record Body(String userId, String name, String userHash) {}
}
