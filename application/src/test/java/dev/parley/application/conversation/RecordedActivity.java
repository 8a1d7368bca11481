package dev.parley.application.conversation;

import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import java.util.ArrayList;
import java.util.List;

/** What the conversation use cases published, in order, for tests to read. */
class RecordedActivity implements PublishConversationActivityPort {

    private final List<Object> published = new ArrayList<>();

    @Override
    public void publish(MessagePosted posted) {
        published.add(posted);
    }

    @Override
    public void publish(ConversationEnded ended) {
        published.add(ended);
    }

    /** Everything published, in order. */
    List<Object> all() {
        return List.copyOf(published);
    }

    void clear() {
        published.clear();
    }
}
