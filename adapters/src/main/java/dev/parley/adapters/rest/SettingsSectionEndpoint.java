package dev.parley.adapters.rest;

import dev.parley.domain.shared.AgentId;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * One section of the settings over REST ({@code /api/v1/settings/{section}}): its name, the fields of its body, and
 * how it is read and changed. {@link SettingsResource} finds every section as a CDI bean of this type, so a new
 * section is one new implementation and nothing else here.
 */
public interface SettingsSectionEndpoint {

    /** The section's path segment, such as {@code availability}. */
    String section();

    /** Every top-level field of the section's body, read-only ones included; any other field is refused. */
    Set<String> fields();

    /** The section's body as {@code GET} answers it. */
    Object read();

    /**
     * Changes the section as the body asks: a field left out or {@code null} stays as it is, read-only fields are
     * ignored.
     *
     * @param body the request body, whose top-level fields are all the section's
     * @return the section's body after the change, as {@code GET} answers it
     * @throws dev.parley.domain.shared.InvalidValueException when a value breaks a rule ({@link
     *     RefusedFieldException} when one field is to blame)
     */
    Object update(AgentId actor, JsonObject body);
}
