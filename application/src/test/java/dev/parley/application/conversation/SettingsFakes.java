package dev.parley.application.conversation;

import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviour;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.shared.Language;
import java.util.Optional;

/** The settings a conversation follows, answered from fixed sections as the settings context would answer them. */
final class SettingsFakes {

    /** A new store's behaviour: the default welcome message and no links. */
    static final ChatBehaviourQuery DEFAULT_BEHAVIOUR = behaviour(BehaviourSettings.defaults());

    /** A new store's availability: always open. */
    static final AvailabilityQuery ALWAYS_OPEN = availability(AvailabilitySettings.defaults());

    private SettingsFakes() {}

    static ChatBehaviourQuery behaviour(BehaviourSettings settings) {
        return language -> view(settings, language);
    }

    static ChatBehaviour view(BehaviourSettings settings) {
        return view(settings, Optional.empty());
    }

    private static ChatBehaviour view(BehaviourSettings settings, Optional<String> language) {
        return new ChatBehaviour(
                settings.welcomeMessageFor(language.flatMap(Language::of).orElse(settings.language()))
                        .value(),
                settings.privacyPolicyUrl(),
                settings.termsUrl(),
                settings.waitingThreshold());
    }

    /** The availability of an English store. */
    static AvailabilityQuery availability(AvailabilitySettings settings) {
        return (at, language) -> new Availability(
                settings.businessHours().isOpenAt(at),
                Optional.empty(),
                settings.awayMessageFor(language.flatMap(Language::of).orElse(Language.ENGLISH))
                        .value(),
                true);
    }
}
