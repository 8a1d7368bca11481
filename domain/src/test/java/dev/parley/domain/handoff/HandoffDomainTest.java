package dev.parley.domain.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.shared.VisitorId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandoffDomainTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final RetrySchedule RETRIES =
            new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)), 3);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "shop.zendesk.com",
                "a/b",
                "x:443",
                "evil.com#",
                "-shop",
                "shop-",
                "",
                "a b",
                "user@shop",
                "https://shop",
                "shop%2e",
                "ΑΒΓ",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void an_account_that_is_not_one_dns_label_is_refused(String typed) {
        assertThatThrownBy(() -> HelpdeskAccount.typed(typed))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_helpdesk_account");
    }

    @Test
    void an_account_is_trimmed_and_lower_cased() {
        assertThat(HelpdeskAccount.typed("  North-Wind2 ").value()).isEqualTo("north-wind2");
        assertThat(HelpdeskAccount.typed("a".repeat(63)).value()).hasSize(63);
    }

    @Test
    void a_failed_attempt_waits_the_longer_of_the_schedule_and_the_helpdesks_retry_after_then_falls_back() {
        ExternalHandoff handoff = ExternalHandoff.start(
                new ConversationId(UUID.randomUUID()),
                new VisitorId(UUID.randomUUID()),
                Helpdesk.ZENDESK,
                "anna@example.com",
                HandoffReason.VISITOR_ASKED,
                Optional.empty(),
                NOW);
        assertThat(handoff.isDueAt(NOW)).isTrue();

        handoff.claim(NOW, Duration.ofMinutes(2));
        assertThat(handoff.isDueAt(NOW.plusSeconds(60))).isFalse();
        assertThat(handoff.failed(true, Optional.of(Duration.ofSeconds(90)), "Zendesk answered 429", NOW, RETRIES))
                .isFalse();
        assertThat(handoff.nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));

        handoff.claim(NOW, Duration.ofMinutes(2));
        assertThat(handoff.failed(true, Optional.of(Duration.ofSeconds(5)), "Zendesk answered 503", NOW, RETRIES))
                .isFalse();
        assertThat(handoff.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));

        handoff.claim(NOW, Duration.ofMinutes(2));
        assertThat(handoff.failed(true, Optional.empty(), "Zendesk answered 503", NOW, RETRIES))
                .isTrue();
        assertThat(handoff.status()).isEqualTo(HandoffStatus.FELL_BACK);
        assertThat(handoff.attempts()).isEqualTo(3);
        assertThat(handoff.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void a_refusal_that_cannot_succeed_falls_back_at_once_and_a_retry_after_is_capped() {
        ExternalHandoff refused = ExternalHandoff.start(
                new ConversationId(UUID.randomUUID()),
                new VisitorId(UUID.randomUUID()),
                Helpdesk.GORGIAS,
                "anna@example.com",
                HandoffReason.NO_ANSWER,
                Optional.of("pl"),
                NOW);
        refused.claim(NOW, Duration.ofMinutes(2));
        assertThat(refused.failed(false, Optional.empty(), "Gorgias answered 401", NOW, RETRIES))
                .isTrue();

        ExternalHandoff slow = ExternalHandoff.start(
                new ConversationId(UUID.randomUUID()),
                new VisitorId(UUID.randomUUID()),
                Helpdesk.GORGIAS,
                "anna@example.com",
                HandoffReason.NO_ANSWER,
                Optional.empty(),
                NOW);
        slow.claim(NOW, Duration.ofMinutes(2));
        slow.failed(true, Optional.of(Duration.ofDays(3)), "Gorgias answered 429", NOW, RETRIES);
        assertThat(slow.nextAttemptAt()).isEqualTo(NOW.plus(ExternalHandoff.MAX_RETRY_AFTER));
    }

    @Test
    void the_note_keeps_the_newest_lines_within_its_size_and_says_when_older_ones_were_left_out() {
        List<HandoffPacket.Line> lines = new ArrayList<>();
        for (int index = 0; index < 400; index++) {
            lines.add(
                    new HandoffPacket.Line("Visitor", NOW.plusSeconds(index), "line " + index + " " + "x".repeat(200)));
        }
        HandoffPacket packet = new HandoffPacket(
                HandoffId.random(),
                "anna@example.com",
                Optional.of("Anna"),
                "first question\nwith a break",
                HandoffReason.TURN_LIMIT,
                lines,
                List.of(),
                Optional.empty());

        String note = packet.note();

        assertThat(note.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(HandoffPacket.MAX_BYTES);
        assertThat(note).contains("line 399 ").doesNotContain("line 0 ").contains("earlier messages left out");
        assertThat(note).contains("Anna <anna@example.com>");
        assertThat(packet.subject()).isEqualTo("first question with a break");
        assertThat(packet.toString()).doesNotContain("anna@example.com");
    }
}
