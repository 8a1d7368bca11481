package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.conversation.HistoryEpoch;
import dev.parley.domain.conversation.Resumption;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a reconnecting client resumes: after what it holds, or from the start when its history is not this one. */
class HistoryEpochServiceTest {

    private final HistoryEpoch first = new HistoryEpoch("first");
    private final HistoryEpoch second = new HistoryEpoch("second");
    private HistoryEpoch stored = first;
    private final HistoryEpochService service = new HistoryEpochService(() -> stored);

    private static ConversationView conversationUpTo(long lastSeq) {
        return new ConversationView(
                ConversationId.random(),
                ConversationStatus.OPEN,
                lastSeq,
                0,
                0,
                ConversationStage.LIVE,
                Optional.empty());
    }

    @Test
    void tells_the_epoch_the_database_holds() {
        assertThat(service.epoch()).isEqualTo(first);
    }

    @Test
    void a_client_of_this_epoch_resumes_after_its_last_message_even_at_the_very_end() {
        assertThat(service.resume(conversationUpTo(5), 5, Optional.of(first)))
                .isEqualTo(new Resumption(first, 5, false));
        assertThat(service.resume(conversationUpTo(5), 2, Optional.of(first)))
                .isEqualTo(new Resumption(first, 2, false));
    }

    @Test
    void a_client_one_past_the_last_message_reloads_from_the_start() {
        assertThat(service.resume(conversationUpTo(5), 6, Optional.of(first)))
                .isEqualTo(new Resumption(first, 0, true));
    }

    @Test
    void after_a_rotation_the_next_resumption_reloads_and_learns_the_new_epoch() {
        stored = second;

        assertThat(service.epoch()).isEqualTo(second);
        assertThat(service.resume(conversationUpTo(5), 3, Optional.of(first)))
                .isEqualTo(new Resumption(second, 0, true));
        assertThat(service.resume(conversationUpTo(5), 3, Optional.of(second)))
                .isEqualTo(new Resumption(second, 3, false));
    }
}
