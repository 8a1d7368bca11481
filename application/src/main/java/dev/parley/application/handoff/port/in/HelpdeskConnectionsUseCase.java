package dev.parley.application.handoff.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Helpdesk;
import java.time.Instant;
import java.util.Optional;

/** The admins' handoff settings: connecting the store's Zendesk or Gorgias, testing and disconnecting it. */
public interface HelpdeskConnectionsUseCase {

    /**
     * The connections, without their secrets.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when {@code admin} is not an active admin
     */
    HandoffSettingsView overview(AgentId admin);

    /**
     * Connects a helpdesk, or changes its connection; the secret is sealed before it is stored, and only that it
     * changed is audited.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.shared.InvalidValueException {@code invalid_helpdesk_account}, {@code
     *     invalid_client_id}, {@code invalid_email}, {@code invalid_helpdesk_secret} or {@code
     *     helpdesk_secret_required}
     * @throws dev.parley.domain.shared.SecretsKeyMissingException without {@code PARLEY_SECRETS_KEY}
     */
    ConnectionView connect(ConnectHelpdeskCommand command);

    /**
     * Disconnects a helpdesk and forgets its secret.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when {@code admin} is not an active admin
     * @throws dev.parley.domain.handoff.HelpdeskInUseException while the AI agent hands off to it
     */
    void disconnect(AgentId admin, Helpdesk helpdesk);

    /**
     * Signs in to the helpdesk with the stored connection; creates nothing there.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when {@code admin} is not an active admin
     * @throws dev.parley.domain.shared.HelpdeskNotConnectedException when it is not connected
     * @throws dev.parley.domain.shared.RateLimitedException over the admin's tests
     */
    ConnectionTest test(AgentId admin, Helpdesk helpdesk);

    /**
     * Seals anew every helpdesk secret sealed under the previous key ({@code PARLEY_SECRETS_KEY_PREVIOUS}), so that
     * the previous key can be retired; run at start-up.
     *
     * @return how many were sealed anew
     */
    int resealAll();

    /**
     * The handoff settings.
     *
     * @param secretsKeyConfigured whether secrets can be stored
     * @param zendesk the Zendesk connection, when there is one
     * @param gorgias the Gorgias connection, when there is one
     */
    record HandoffSettingsView(
            boolean secretsKeyConfigured, Optional<ConnectionView> zendesk, Optional<ConnectionView> gorgias) {}

    /**
     * One connection, without its secret.
     *
     * @param account the subdomain or domain
     * @param login the client id or user email
     */
    record ConnectionView(Helpdesk helpdesk, String account, String login, Instant updatedAt) {}

    /**
     * A change of a connection.
     *
     * @param secret the new secret; empty keeps the stored one (required for a new connection)
     */
    record ConnectHelpdeskCommand(
            AgentId actor, Helpdesk helpdesk, String account, String login, Optional<String> secret) {

        @Override
        public String toString() {
            return "ConnectHelpdeskCommand[" + helpdesk + ", secret " + (secret.isPresent() ? "given" : "kept") + "]";
        }
    }

    /**
     * The outcome of a test.
     *
     * @param outcome {@code connected}, {@code unauthorized}, {@code not_found}, {@code rate_limited}, {@code
     *     unreachable} or {@code failed}
     * @param status the helpdesk's HTTP status, when it answered
     * @param tookMillis how long it took
     */
    record ConnectionTest(String outcome, Optional<Integer> status, long tookMillis) {

        public boolean ok() {
            return outcome.equals("connected");
        }
    }
}
