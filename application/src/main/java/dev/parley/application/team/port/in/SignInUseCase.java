package dev.parley.application.team.port.in;

/** Driven by the REST adapter when somebody signs in to the inbox. */
public interface SignInUseCase {

    /**
     * Checks an agent's email and password.
     *
     * @throws dev.parley.domain.team.SignInFailedException when they do not match an agent; which of the two was
     *     wrong is not told
     */
    AgentView signIn(SignInCommand command);
}
