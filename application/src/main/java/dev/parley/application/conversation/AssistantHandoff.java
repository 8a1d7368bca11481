package dev.parley.application.conversation;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hands a conversation the AI agent answered to the team, in the caller's transaction: to the inbox (the ticket opens
 * now, with the AI agent's conversation as its thread; the welcome and, out of hours, the away message follow), or,
 * when the store's handoff is a message, with that message, after which the conversation ends; or to the store's
 * external helpdesk, which replies by email: at once when Parley knows the visitor's address (the conversation ends
 * and the handoff is queued), else after asking the visitor for it.
 */
final class AssistantHandoff {

    private Optional<HelpdeskHandoffs> helpdesks = Optional.empty();

    private final AppendMessagePort appendedMessages;
    private final PublishConversationActivityPort activity;
    private final ChatBehaviourQuery behaviour;
    private final AvailabilityQuery availability;

    AssistantHandoff(
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            ChatBehaviourQuery behaviour,
            AvailabilityQuery availability) {
        this.appendedMessages = appendedMessages;
        this.activity = activity;
        this.behaviour = behaviour;
        this.availability = availability;
    }

    /** Hands off to the store's external helpdesk from now on, when one is chosen and connected. */
    void routeToHelpdesks(HelpdeskHandoffs routes) {
        this.helpdesks = Optional.of(routes);
    }

    /**
     * Hands the conversation off; the caller saves it and publishes the news.
     *
     * @return what the visitor is told beyond the welcome they already had: the away message, or the store's handoff
     *     message; empty when they are told nothing more (a channel without the widget texts only these)
     */
    List<Message> handOff(
            Conversation conversation,
            HandoffReason reason,
            AssistantBehaviour assistant,
            Optional<String> language,
            Instant now) {
        Optional<Helpdesk> helpdesk = helpdesks.flatMap(routes -> routes.target(assistant));
        if (helpdesk.isPresent()) {
            Optional<String> email = helpdesks.get().port().knownEmail(conversation.visitor());
            if (email.isPresent()) {
                toHelpdesk(conversation, reason, helpdesk.get(), email.get(), language, now);
                return List.of();
            } else if (conversation.channel() == Channel.SMS) {
                // A phone has no form to give an address in: the team answers it here.
                return toInbox(conversation, reason, language, now);
            } else {
                appendedMessages.append(conversation.askEmailForHandoff(reason, now));
                return List.of();
            }
        }
        if (assistant.handoffMessage().isPresent()) {
            List<Message> told = conversation.handOffWithMessage(
                    reason, new MessageText(assistant.handoffMessage().get()), now);
            told.forEach(appendedMessages::append);
            activity.publish(new ConversationEnded(conversation.id(), now));
            return told.stream()
                    .filter(message ->
                            message.event().isEmpty() && message.text().isPresent())
                    .toList();
        }
        return toInbox(conversation, reason, language, now);
    }

    /**
     * Hands the conversation to the store's helpdesk, which replies to {@code email}: the visitor is told, the
     * conversation ends, and the handoff is queued in the same transaction. Falls back to the inbox when the helpdesk
     * is no longer the store's choice or no longer connected.
     */
    void toHelpdesk(
            Conversation conversation,
            HandoffReason reason,
            Helpdesk chosen,
            String email,
            Optional<String> language,
            Instant now) {
        HelpdeskHandoffs routes = helpdesks.orElseThrow(() -> new IllegalStateException("No helpdesk routes"));
        conversation.handOffToHelpdesk(reason, email, now).forEach(appendedMessages::append);
        HandoffReason why = conversation.assistant().handoff().orElse(reason);
        routes.port().queue(conversation.id(), conversation.visitor(), chosen, email, why, language);
        activity.publish(new ConversationEnded(conversation.id(), now));
    }

    /** The helpdesk a handoff would go to now. */
    Optional<Helpdesk> helpdeskFor(AssistantBehaviour assistant) {
        return helpdesks.flatMap(routes -> routes.target(assistant));
    }

    /**
     * Hands the conversation to the inbox: live, with the welcome and, out of hours, the away message.
     *
     * @return the away message, when one was posted
     */
    List<Message> toInbox(Conversation conversation, HandoffReason reason, Optional<String> language, Instant now) {
        String welcome = behaviour.chatBehaviourFor(language).welcomeMessage();
        conversation.handOff(reason, new MessageText(welcome), now).forEach(appendedMessages::append);
        Availability hours = availability.availabilityAt(now, language);
        Optional<Message> away =
                hours.open() ? Optional.empty() : conversation.replyAway(new MessageText(hours.awayMessage()), now);
        away.ifPresent(appendedMessages::append);
        activity.publish(
                MessagePosted.byVisitor(conversation.id(), conversation.lastSeq(), conversation.visitor(), now));
        return away.stream().toList();
    }
}
