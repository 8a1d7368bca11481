package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.GroundingPrompt;
import dev.parley.domain.assistant.ModelReply;

/**
 * The operator's language model (an OpenAI-compatible chat-completions endpoint), asked to word an answer from the
 * passages of a {@link GroundingPrompt}. It is given the prompt and nothing else; it has no tools.
 */
public interface AskLanguageModelPort {

    /**
     * What the model replies to the prompt, read from the JSON it was asked for; not checked yet.
     *
     * @throws LanguageModelFailedException when the model does not reply in time, the endpoint answers an error, or the
     *     reply is not the JSON asked for
     */
    ModelReply ask(GroundingPrompt prompt);
}
