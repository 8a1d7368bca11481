package dev.parley.adapters.rest;

import dev.parley.application.assistant.port.in.AssistantTrial;
import dev.parley.application.assistant.port.in.TryAssistantCommand;
import dev.parley.application.assistant.port.in.TryAssistantUseCase;
import dev.parley.application.conversation.port.in.CitationView;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Language;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * The admins' test console of the AI agent ({@code POST /api/v1/knowledge/ask}): what the AI agent would do now with
 * a question, by the store's settings and published knowledge. Admins only, with the session's CSRF token, like the
 * knowledge's other writes, though nothing is stored. See {@code docs/assistant.md}.
 */
@Path("knowledge/ask")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeAskResource {

    private TryAssistantUseCase trying;

    @Inject
    public KnowledgeAskResource(TryAssistantUseCase trying) {
        this.trying = trying;
    }

    /** For CDI proxies only. */
    protected KnowledgeAskResource() {}

    /**
     * The question to try.
     *
     * @param question as a visitor would write it, 1 to 4,000 characters after trimming
     * @param language {@code en} or {@code pl}: the language the visitor would ask in
     */
    public record Request(String question, String language) {}

    /**
     * What the AI agent would do.
     *
     * @param outcome {@code answer}, {@code choices} or {@code handoff}
     * @param text what it would write: the answer, or its "Did you mean…" line; absent when it hands off
     * @param sources what it would cite (for choices: the choices, without links)
     * @param confidence how sure the gates are, from 0 to 1; not a probability
     * @param why in a few plain words (English), why
     * @param handoffReason why it would hand off ({@code visitor_asked}, {@code no_answer}, {@code low_confidence},
     *     {@code turn_limit}, {@code error}); present exactly when it would
     */
    public record Trial(
            String outcome, String text, List<Source> sources, double confidence, String why, String handoffReason) {

        static Trial of(AssistantTrial trial) {
            return new Trial(
                    trial.outcome().name().toLowerCase(Locale.ROOT),
                    trial.text().orElse(null),
                    trial.sources().stream().map(Source::of).toList(),
                    trial.confidence(),
                    trial.why(),
                    trial.handoff().map(KnowledgeAskResource::code).orElse(null));
        }
    }

    /**
     * A source of the answer, or a choice.
     *
     * @param title the FAQ's question or the article's title
     * @param link an http(s) link to read more; absent for none, and for choices
     */
    public record Source(String title, String link) {

        static Source of(CitationView citation) {
            return new Source(citation.title(), citation.link().orElse(null));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Trial ask(Request request, @Context HttpServletRequest http) {
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        String question = SettingsJson.required(body.question(), "question");
        Language language = KnowledgeLanguage.of(SettingsJson.required(body.language(), "language"), "language");
        TryAssistantCommand command =
                SettingsFields.read("question", () -> new TryAssistantCommand(caller.id(), question, language));
        return Trial.of(trying.tryQuestion(command));
    }

    private static String code(HandoffReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
