package dev.parley.application.conversation;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.HandoffReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hands a conversation the AI agent answered to the team, in the caller's transaction: to the inbox (the ticket opens
 * now, with the AI agent's conversation as its thread; the welcome and, out of hours, the away message follow), or,
 * when the store's handoff is a message, with that message, after which the conversation ends.
 */
final class AssistantHandoff {

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

    /** Hands the conversation off; the caller saves it and publishes the news. */
    void handOff(
            Conversation conversation,
            HandoffReason reason,
            AssistantBehaviour assistant,
            Optional<String> language,
            Instant now) {
        if (assistant.handoffMessage().isPresent()) {
            List<Message> told = conversation.handOffWithMessage(
                    reason, new MessageText(assistant.handoffMessage().get()), now);
            told.forEach(appendedMessages::append);
            activity.publish(new ConversationEnded(conversation.id(), now));
            return;
        }
        String welcome = behaviour.chatBehaviourFor(language).welcomeMessage();
        conversation.handOff(reason, new MessageText(welcome), now).forEach(appendedMessages::append);
        Availability hours = availability.availabilityAt(now, language);
        if (!hours.open()) {
            conversation.replyAway(new MessageText(hours.awayMessage()), now).ifPresent(appendedMessages::append);
        }
        activity.publish(
                MessagePosted.byVisitor(conversation.id(), conversation.lastSeq(), conversation.visitor(), now));
    }
}
