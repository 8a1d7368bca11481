package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.Message;

/** Stores a newly posted message; driven by the conversation use cases. */
public interface AppendMessagePort {

    void append(Message message);
}
