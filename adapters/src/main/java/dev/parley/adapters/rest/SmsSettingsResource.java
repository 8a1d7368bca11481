package dev.parley.adapters.rest;

import dev.parley.application.sms.port.in.SmsSettingsUseCase;
import dev.parley.application.sms.port.in.SmsSettingsUseCase.SmsSettingsChange;
import dev.parley.application.sms.port.in.SmsSettingsUseCase.SmsSettingsView;
import dev.parley.application.sms.port.in.SmsSettingsUseCase.SmsTestResult;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The SMS settings ({@code /api/v1/settings/sms}), for admins only (with the session's CSRF token on changes): the
 * provider, the account, the write-only auth tokens, the sender, the keywords, the webhook URLs to paste into the
 * provider's console, and a test message. See {@code docs/schemas/rest/settings-sms*.schema.json}.
 */
@Path("settings/sms")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SmsSettingsResource {

    private SmsSettingsUseCase sms;

    @Inject
    public SmsSettingsResource(SmsSettingsUseCase sms) {
        this.sms = sms;
    }

    /** For CDI proxies only. */
    protected SmsSettingsResource() {}

    /** The section as an admin writes it; the tokens absent, null or empty keep the stored ones. */
    public record Request(
            Boolean enabled,
            String baseUrl,
            String accountId,
            String sender,
            String authToken,
            String secondaryAuthToken,
            Boolean dropSecondaryAuthToken,
            List<String> optOutKeywords,
            List<String> optInKeywords) {

        @Override
        public String toString() {
            return "Request[tokens redacted]";
        }
    }

    /** A test message's number. */
    public record TestRequest(String to) {}

    /** The section, the tokens only as stored or not. */
    public record SettingsResponse(
            boolean enabled,
            boolean secretsKeyConfigured,
            boolean demoProvider,
            String baseUrl,
            String accountId,
            String sender,
            boolean authTokenStored,
            boolean secondaryAuthTokenStored,
            List<String> optOutKeywords,
            List<String> optInKeywords,
            String inboundUrl,
            String statusUrl,
            int maxLength,
            String updatedAt) {}

    /** How a test message went. */
    public record TestResponse(
            boolean ok, String outcome, Integer status, String error, String providerId, long tookMs) {}

    @GET
    public SettingsResponse read(@Context HttpServletRequest http) {
        return response(sms.settings(caller(http)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsResponse change(Request request, @Context HttpServletRequest http) {
        Request body = RequiredBody.of(request);
        SmsSettingsChange change = new SmsSettingsChange(
                RequiredBody.field(body.enabled(), "enabled"),
                RequiredBody.field(body.baseUrl(), "baseUrl"),
                RequiredBody.field(body.accountId(), "accountId"),
                RequiredBody.field(body.sender(), "sender"),
                Optional.ofNullable(body.authToken()),
                Optional.ofNullable(body.secondaryAuthToken()),
                Boolean.TRUE.equals(body.dropSecondaryAuthToken()),
                RequiredBody.field(body.optOutKeywords(), "optOutKeywords"),
                RequiredBody.field(body.optInKeywords(), "optInKeywords"));
        return response(sms.change(caller(http), change));
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    public TestResponse test(TestRequest request, @Context HttpServletRequest http) {
        TestRequest body = RequiredBody.of(request);
        SmsTestResult result = sms.test(caller(http), RequiredBody.field(body.to(), "to"));
        return new TestResponse(
                result.ok(),
                result.outcome(),
                result.status().orElse(null),
                result.error().orElse(null),
                result.providerId().orElse(null),
                result.tookMs());
    }

    private static SettingsResponse response(SmsSettingsView view) {
        return new SettingsResponse(
                view.enabled(),
                view.secretsKeyConfigured(),
                view.demoProvider(),
                view.baseUrl(),
                view.accountId(),
                view.sender(),
                view.authTokenStored(),
                view.secondaryAuthTokenStored(),
                view.optOutKeywords(),
                view.optInKeywords(),
                view.inboundUrl(),
                view.statusUrl(),
                view.maxLength(),
                view.updatedAt()
                        .map(at -> at.truncatedTo(ChronoUnit.MILLIS).toString())
                        .orElse(null));
    }

    private static AgentId caller(HttpServletRequest http) {
        return AgentSessions.caller(http).id();
    }
}
