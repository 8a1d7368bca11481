package dev.parley.server;

import dev.parley.application.assistant.port.in.AnswerVisitorUseCase;
import dev.parley.application.conversation.port.out.RequestAssistantAnswerPort;
import dev.parley.domain.conversation.ConversationId;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Links the chat to the store's AI agent: a visitor's question is answered only after the transaction that stored it
 * committed (a rolled-back question is never answered), on the server's managed executor, never on a socket's thread.
 * A question left unanswered by a crash (between commit and answer) stays so: the AI agent answers the visitor's next
 * question, and "Talk to a person" always hands off.
 */
@ApplicationScoped
public class AssistantDispatch implements RequestAssistantAnswerPort {

    private static final Logger LOG = Logger.getLogger(AssistantDispatch.class.getName());

    /** A question to answer, fired in the transaction that stored it. */
    record Question(ConversationId conversation, long seq, Optional<String> language) {}

    private Event<Question> questions;
    private AnswerVisitorUseCase assistant;
    private ManagedExecutorService executor;

    @Inject
    public AssistantDispatch(
            Event<Question> questions, AnswerVisitorUseCase assistant, ManagedExecutorService executor) {
        this.questions = questions;
        this.assistant = assistant;
        this.executor = executor;
    }

    /** For CDI proxies only. */
    protected AssistantDispatch() {}

    @Override
    public void requestAnswer(ConversationId conversation, long seq, Optional<String> language) {
        questions.fire(new Question(conversation, seq, language));
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Question question) {
        try {
            executor.execute(() -> answer(question));
        } catch (RejectedExecutionException stopping) {
            LOG.log(Level.WARNING, "event=assistant_answer_refused conversation=" + question.conversation(), stopping);
        }
    }

    private void answer(Question question) {
        try {
            assistant.answer(question.conversation(), question.seq(), question.language());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=assistant_turn_failed conversation=" + question.conversation(), failed);
        }
    }
}
