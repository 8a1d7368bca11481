package dev.parley.application.conversation;

import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviour;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BehaviourSettings;
import java.util.Optional;

/** The settings a conversation follows, answered from fixed sections as the settings context would answer them. */
final class SettingsFakes {

    /** A new store's behaviour: the default welcome message and no links. */
    static final ChatBehaviourQuery DEFAULT_BEHAVIOUR = behaviour(BehaviourSettings.defaults());

    /** A new store's availability: always open. */
    static final AvailabilityQuery ALWAYS_OPEN = availability(AvailabilitySettings.defaults());

    private SettingsFakes() {}

    static ChatBehaviourQuery behaviour(BehaviourSettings settings) {
        return () -> view(settings);
    }

    static ChatBehaviour view(BehaviourSettings settings) {
        return new ChatBehaviour(
                settings.welcomeMessage().value(),
                settings.privacyPolicyUrl(),
                settings.termsUrl(),
                settings.waitingThreshold());
    }

    static AvailabilityQuery availability(AvailabilitySettings settings) {
        return at -> new Availability(
                settings.businessHours().isOpenAt(at),
                Optional.empty(),
                settings.awayMessage().value());
    }
}
