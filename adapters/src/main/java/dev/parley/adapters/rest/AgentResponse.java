package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.team.port.in.AgentView;
import java.util.Locale;

/**
 * A signed-in agent, as the inbox sees them.
 *
 * @param id the agent's id
 * @param email their address
 * @param name their display name
 * @param role {@code agent} or {@code admin}
 * @param locale the language their account uses, which the inbox speaks to them: {@code en} or {@code pl}
 * @param csrfToken the token every state-changing request of this session repeats in the {@code X-Parley-CSRF} header
 * @param limits what the inbox checks before it sends a message or an upload
 */
public record AgentResponse(
        String id, String email, String name, String role, String locale, String csrfToken, LimitsResponse limits) {

    static AgentResponse of(AgentView agent, String csrfToken, MessageTextPolicy text, UploadPolicy uploads) {
        return new AgentResponse(
                agent.id().toString(),
                agent.email(),
                agent.name(),
                agent.role().name().toLowerCase(Locale.ROOT),
                AccountLanguages.of(agent.locale()),
                csrfToken,
                LimitsResponse.of(text, uploads));
    }
}
