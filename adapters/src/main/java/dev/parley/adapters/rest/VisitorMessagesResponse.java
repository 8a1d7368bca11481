package dev.parley.adapters.rest;

import dev.parley.adapters.wire.ConversationJson;
import dev.parley.adapters.wire.MessageJson;
import java.util.List;

/**
 * One page of a visitor's conversation, in sequence order.
 *
 * @param conversation the conversation as it is now
 * @param messages the messages after the {@code afterSeq} asked for; page on with the last one's {@code seq}
 */
public record VisitorMessagesResponse(ConversationJson conversation, List<MessageJson> messages) {}
