package dev.parley.domain.macro;

import java.util.Objects;
import java.util.Optional;

/**
 * What the variables stand for when a macro is rendered for one agent answering one visitor.
 *
 * @param visitorName the visitor's name, when Parley knows it
 * @param agentName the display name of the agent who inserts the macro
 * @param unknownVisitorName what stands for the visitor's name when Parley does not know it, in the words of whoever
 *     renders the macro (such as "there", so that "Hi {{visitor.firstName}}!" reads "Hi there!")
 */
public record MacroValues(Optional<String> visitorName, String agentName, String unknownVisitorName) {

    public MacroValues {
        Objects.requireNonNull(visitorName, "visitor name");
        Objects.requireNonNull(agentName, "agent name");
        Objects.requireNonNull(unknownVisitorName, "unknown visitor name");
        visitorName = visitorName.map(String::strip).filter(name -> !name.isEmpty());
        agentName = agentName.strip();
    }

    /** The value of a variable, or empty when it is unknown (then its fallback is rendered). */
    Optional<String> valueOf(MacroVariable variable) {
        Optional<String> agent = Optional.of(agentName).filter(name -> !name.isEmpty());
        return switch (variable) {
            case VISITOR_NAME -> visitorName;
            case VISITOR_FIRST_NAME -> visitorName.map(MacroValues::firstWord);
            case AGENT_NAME -> agent;
            case AGENT_FIRST_NAME -> agent.map(MacroValues::firstWord);
        };
    }

    /** What a variable renders when its value is unknown; agents' names are always known. */
    String fallbackFor(MacroVariable variable) {
        return variable.namesTheVisitor() ? unknownVisitorName : "";
    }

    private static String firstWord(String name) {
        return name.split("\\s+", 2)[0];
    }
}
