package dev.parley.adapters.rest;

import dev.parley.application.sms.port.in.DemoPhoneUseCase;
import dev.parley.application.sms.port.in.DemoPhoneUseCase.ProviderAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demo mode's fake SMS provider: Twilio's Messages API ({@code POST
 * /api/v1/demo/sms-provider/2010-04-01/Accounts/{account}/Messages.json}, HTTP Basic, form-encoded), answered as Twilio
 * answers, so that Parley's own SMS adapter talks to it unchanged. 404 {@code demo_disabled} outside demo mode.
 */
@Path("demo/sms-provider/2010-04-01/Accounts/{account}/Messages.json")
@RequestScoped
public class DemoSmsProviderResource {

    private DemoPhoneUseCase phones;

    @Inject
    public DemoSmsProviderResource(DemoPhoneUseCase phones) {
        this.phones = phones;
    }

    /** For CDI proxies only. */
    protected DemoSmsProviderResource() {}

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(
            @PathParam("account") String account,
            @HeaderParam("Authorization") String authorization,
            MultivaluedMap<String, String> form) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, values) -> parameters.put(name, List.copyOf(values)));
        }
        ProviderAnswer answer = phones.accept(account, Optional.ofNullable(authorization), parameters);
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (answer.sid().isPresent()) {
            json.add("sid", answer.sid().get())
                    .add("account_sid", account)
                    .add("status", answer.message())
                    .add("to", answer.to())
                    .add("from", answer.from())
                    .add("body", answer.body())
                    .add("num_segments", "1");
        } else {
            json.add("code", answer.errorCode().orElse(0))
                    .add("message", answer.message())
                    .add(
                            "more_info",
                            "https://www.twilio.com/docs/errors/"
                                    + answer.errorCode().orElse(0))
                    .add("status", answer.status());
        }
        return Response.status(answer.status()).entity(json.build().toString()).build();
    }
}
