package dev.parley.domain.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.tag.TagId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavedViewTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final ViewFilter MINE_OPEN =
            new ViewFilter(Optional.of("open"), "mine", Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void a_name_is_one_to_sixty_characters_on_one_line() {
        assertThat(new ViewName("  VIP chats ").value()).isEqualTo("VIP chats");
        assertThat(new ViewName("x".repeat(60)).value()).hasSize(60);
        for (String wrong : new String[] {"", " ", "x".repeat(61), "a\nb"}) {
            assertThatThrownBy(() -> new ViewName(wrong)).extracting("code").isEqualTo("invalid_view_name");
        }
    }

    @Test
    void a_filter_takes_only_what_the_ticket_list_knows() {
        ViewFilter full = new ViewFilter(
                Optional.of("closed"),
                "unassigned",
                Optional.of("sms"),
                Optional.of(TagId.random()),
                Optional.of("  refund  "));
        assertThat(full.text()).contains("refund");
        assertThat(new ViewFilter(Optional.empty(), "all", Optional.empty(), Optional.empty(), Optional.of(" ")).text())
                .isEmpty();

        assertInvalid(() -> new ViewFilter(Optional.of("pending"), "all", Optional.empty(), Optional.empty(), none()));
        assertInvalid(() -> new ViewFilter(Optional.empty(), "theirs", Optional.empty(), Optional.empty(), none()));
        assertInvalid(() -> new ViewFilter(Optional.empty(), "all", Optional.of("email"), Optional.empty(), none()));
        assertInvalid(() -> new ViewFilter(Optional.empty(), "all", Optional.empty(), Optional.empty(), text("ab")));
        assertInvalid(() ->
                new ViewFilter(Optional.empty(), "all", Optional.empty(), Optional.empty(), text("x".repeat(201))));
    }

    @Test
    void a_personal_view_is_its_owners_and_a_shared_one_everybodys() {
        AgentId ada = AgentId.random();
        AgentId bob = AgentId.random();
        SavedView personal = SavedView.save(SavedViewId.random(), ada, false, new ViewName("Mine"), MINE_OPEN, NOW);
        SavedView shared = SavedView.save(SavedViewId.random(), ada, true, new ViewName("Team"), MINE_OPEN, NOW);

        assertThat(personal.isVisibleTo(ada)).isTrue();
        assertThat(personal.isVisibleTo(bob)).isFalse();
        assertThat(shared.isVisibleTo(bob)).isTrue();
    }

    @Test
    void views_are_limited_and_revisable() {
        SavedView.requireRoomBeside(49, 50);
        assertThatThrownBy(() -> SavedView.requireRoomBeside(50, 50))
                .isInstanceOf(TooManyViewsException.class)
                .extracting("code")
                .isEqualTo("too_many_views");

        SavedView view =
                SavedView.save(SavedViewId.random(), AgentId.random(), false, new ViewName("A"), MINE_OPEN, NOW);
        ViewFilter all = new ViewFilter(Optional.empty(), "all", Optional.empty(), Optional.empty(), none());
        view.revise(new ViewName("B"), all, NOW.plusSeconds(1));
        assertThat(view.name().value()).isEqualTo("B");
        assertThat(view.filter()).isEqualTo(all);
        assertThat(view.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(view.createdAt()).isEqualTo(NOW);
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    private static Optional<String> text(String text) {
        return Optional.of(text);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable make) {
        assertThatThrownBy(make)
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_view_filter");
    }
}
