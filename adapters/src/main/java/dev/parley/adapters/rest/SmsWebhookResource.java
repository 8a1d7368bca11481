package dev.parley.adapters.rest;

import dev.parley.application.sms.port.in.ProviderRequest;
import dev.parley.application.sms.port.in.ReceiveSmsUseCase;
import dev.parley.application.sms.port.in.SmsPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS provider's webhooks ({@code /api/v1/channels/sms/inbound} and {@code .../status}), form-encoded as Twilio
 * sends them. No session: each request is checked by its {@code X-Twilio-Signature} against the URL Parley is
 * published under ({@code PARLEY_PUBLIC_URL} + path + query), never the URL it arrived on, so that it holds behind a
 * TLS-terminating proxy. A refused request is answered 403 and stores nothing; a taken one, 200 with empty TwiML at
 * once. See {@code docs/sms.md}.
 */
@Path("channels/sms")
@RequestScoped
public class SmsWebhookResource {

    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private ReceiveSmsUseCase sms;
    private SmsPolicy policy;

    @Inject
    public SmsWebhookResource(ReceiveSmsUseCase sms, SmsPolicy policy) {
        this.sms = sms;
        this.policy = policy;
    }

    /** For CDI proxies only. */
    protected SmsWebhookResource() {}

    @POST
    @Path("inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inbound(
            MultivaluedMap<String, String> form,
            @HeaderParam("X-Twilio-Signature") String signature,
            @Context UriInfo uri) {
        sms.receive(request(SmsPolicy.INBOUND_PATH, form, signature, uri));
        return Response.ok(EMPTY_TWIML, "text/xml;charset=utf-8").build();
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(
            MultivaluedMap<String, String> form,
            @HeaderParam("X-Twilio-Signature") String signature,
            @Context UriInfo uri) {
        sms.status(request(SmsPolicy.STATUS_PATH, form, signature, uri));
        return Response.noContent().build();
    }

    private ProviderRequest request(String path, MultivaluedMap<String, String> form, String signature, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String url = policy.publicUrl() + path + (query == null ? "" : "?" + query);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, values) -> parameters.put(name, List.copyOf(values)));
        }
        return new ProviderRequest(url, parameters, Optional.ofNullable(signature));
    }
}
