package dev.parley.adapters.rest;

import dev.parley.application.sms.port.in.DemoPhoneUseCase;
import dev.parley.application.sms.port.in.DemoPhoneUseCase.PhoneMessage;
import dev.parley.application.sms.port.in.DemoPhoneUseCase.PhoneThread;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The phone simulator of demo mode ({@code /api/v1/demo/phone/messages}): a simulated phone texts the store, and shows
 * what the fake provider carried to and from it. Anyone may ask; only an installation in demo mode answers (404 {@code
 * demo_disabled} otherwise). See {@code docs/schemas/rest/demo-phone-*.schema.json}.
 */
@Path("demo/phone/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemoPhoneResource {

    private DemoPhoneUseCase phones;

    @Inject
    public DemoPhoneResource(DemoPhoneUseCase phones) {
        this.phones = phones;
    }

    /** For CDI proxies only. */
    protected DemoPhoneResource() {}

    /** A text from a simulated phone. */
    public record SendRequest(String from, String text) {}

    /** One message on the phone. */
    public record Message(String sid, String direction, String text, String at, String status, Integer webhookStatus) {}

    /** A phone's messages. */
    public record PhoneThreadResponse(String number, String storeNumber, List<Message> messages) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(SendRequest request) {
        SendRequest body = RequiredBody.of(request);
        PhoneMessage sent =
                phones.send(RequiredBody.field(body.from(), "from"), RequiredBody.field(body.text(), "text"));
        return Response.accepted(message(sent)).build();
    }

    @GET
    public PhoneThreadResponse thread(@QueryParam("number") String number) {
        PhoneThread thread = phones.thread(RequiredBody.field(number, "number"));
        return new PhoneThreadResponse(
                thread.number(),
                thread.storeNumber(),
                thread.messages().stream().map(DemoPhoneResource::message).toList());
    }

    private static Message message(PhoneMessage message) {
        return new Message(
                message.sid(),
                message.toStore() ? "to_store" : "to_phone",
                message.text(),
                message.at().truncatedTo(ChronoUnit.MILLIS).toString(),
                message.status(),
                message.webhookStatus().orElse(null));
    }
}
