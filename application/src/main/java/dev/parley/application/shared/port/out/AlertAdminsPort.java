package dev.parley.application.shared.port.out;

/**
 * Tells the store's admins that an integration stopped working on its own; implemented where Parley is wired, over
 * the notification's driving port (which the contexts that notice it may not lean on directly).
 */
public interface AlertAdminsPort {

    /** A webhook endpoint was disabled; {@code endpoint} is its address, {@code why} the reason. */
    void webhookDisabled(String endpoint, String why);

    /** A handoff to the store's helpdesk fell back to the inbox; {@code helpdesk} is its name, {@code why} the error. */
    void handoffFellBack(String helpdesk, String why);
}
