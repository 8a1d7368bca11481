package dev.parley.adapters.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.conversation.ConversationEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SystemNoticesTest {

    private static final Set<ConversationEvent> NOT_WORDED = Set.of(
            ConversationEvent.AWAY_REPLY, ConversationEvent.PASSED_TO_HELPDESK, ConversationEvent.HELPDESK_FALLBACK);

    @ParameterizedTest
    @EnumSource(ConversationEvent.class)
    void every_notice_is_worded_for_both_readers_in_english_and_polish_or_keeps_its_own_text(ConversationEvent event) {
        for (SystemNotices.Reader reader : SystemNotices.Reader.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("pl")}) {
                Optional<String> words = SystemNotices.text(Optional.of(event), reader, locale);
                if (NOT_WORDED.contains(event)) {
                    assertThat(words).as("%s keeps its own text", event).isEmpty();
                } else {
                    assertThat(words)
                            .as("%s for %s in %s", event, reader, locale)
                            .isPresent();
                }
            }
        }
    }
}
