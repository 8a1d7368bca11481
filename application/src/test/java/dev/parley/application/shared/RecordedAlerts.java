package dev.parley.application.shared;

import dev.parley.application.shared.port.out.AlertAdminsPort;
import java.util.ArrayList;
import java.util.List;

/** The admins' alerts raised, as lines, for tests to read. */
public final class RecordedAlerts implements AlertAdminsPort {

    public final List<String> raised = new ArrayList<>();

    @Override
    public void webhookDisabled(String endpoint, String why) {
        raised.add("webhook disabled: " + endpoint + ": " + why);
    }

    @Override
    public void handoffFellBack(String helpdesk, String why) {
        raised.add("handoff fell back: " + helpdesk + ": " + why);
    }
}
