package dev.parley.application.team.port.in;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Driven by whoever writes to the team: the language each address's agent chose for their account. */
public interface AgentLocalesQuery {

    /** The languages of the active agents with these addresses; addresses no active agent has are left out. */
    Map<String, Locale> localesOf(Collection<String> addresses);
}
