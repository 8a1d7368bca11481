package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.server.it.ParleyClient.AgentSession;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Removing a member from the team ends them at once: every session they are signed in with and every inbox they have
 * open, not at their next request. A refused removal ends nothing.
 */
class AgentRemovalIT {

    private final AgentSession admin = ParleyClient.signInAsAdmin();

    @Test
    void removing_an_agent_closes_their_open_inboxes_and_ends_every_session_of_theirs() {
        AgentSession laptop = TeamApi.addAndSignIn(admin, "removal-it-", "Rae Removed", "agent");
        AgentSession phone = new AgentSession(
                ParleyClient.sessionCookie(
                                ParleyClient.signIn(laptop.agent().getString("email"), "password of Rae Removed"))
                        .orElseThrow(),
                laptop.agent());
        try (FrameSocket laptopInbox = laptop.openInbox();
                FrameSocket phoneInbox = phone.openInbox()) {

            TeamApi.remove(admin, laptop.id());

            assertThat(laptopInbox.closedWith(Duration.ofSeconds(5)))
                    .as("the laptop's inbox closes: removed, not signed out")
                    .hasValue("4002 removed");
            assertThat(phoneInbox.closedWith(Duration.ofSeconds(5)))
                    .as("the phone's inbox closes: removed, not signed out")
                    .hasValue("4002 removed");
        }
        for (AgentSession session : new AgentSession[] {laptop, phone}) {
            assertProblem(
                    ParleyClient.get("/api/v1/agent/session", Optional.of(session.cookie())), 401, "account_removed");
            assertThat(ParleyClient.json(ParleyClient.get("/api/v1/agent/session/probe", Optional.of(session.cookie()))
                                    .body())
                            .getString("code"))
                    .as("the probe says why too")
                    .isEqualTo("account_removed");
            assertProblem(ParleyClient.get("/api/v1/tickets", Optional.of(session.cookie())), 401, "account_removed");
            Throwable handshake = catchThrowable(() ->
                    FrameSocket.open("/ws/agent", Optional.of(session.cookie())).close());
            assertThat(handshake).as("a removed agent's handshake is refused").isNotNull();
        }
    }

    @Test
    void a_refused_removal_ends_nobody() {
        AgentSession agent = TeamApi.addAndSignIn(admin, "removal-it-", "Ray Stays", "agent");
        AgentSession other = TeamApi.addAndSignIn(admin, "removal-it-", "Rex Agent", "agent");
        try (FrameSocket inbox = agent.openInbox()) {

            assertProblem(ParleyClient.delete(TeamApi.AGENTS + "/" + agent.id(), other), 403, "admins_only");
            assertProblem(ParleyClient.delete(TeamApi.AGENTS + "/" + admin.id(), admin), 409, "cannot_remove_yourself");

            assertThat(inbox.awaitClose(FrameSocket.QUIET))
                    .as("the inbox stays open")
                    .isFalse();
            inbox.send(Frames.agentHello());
            assertThat(inbox.next("error").getString("code")).isEqualTo("already_ready");
            assertThat(ParleyClient.get("/api/v1/agent/session", Optional.of(agent.cookie()))
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            TeamApi.remove(admin, agent.id());
            TeamApi.remove(admin, other.id());
        }
    }
}
