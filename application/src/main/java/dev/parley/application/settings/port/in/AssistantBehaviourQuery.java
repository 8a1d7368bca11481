package dev.parley.application.settings.port.in;

/** Driven by the chat and the AI agent: how the AI agent behaves now. */
public interface AssistantBehaviourQuery {

    AssistantBehaviour assistantBehaviour();
}
