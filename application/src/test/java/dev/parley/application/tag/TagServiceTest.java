package dev.parley.application.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.tag.port.in.AddTagCommand;
import dev.parley.application.tag.port.in.DeleteTagCommand;
import dev.parley.application.tag.port.in.ReviseTagCommand;
import dev.parley.application.tag.port.in.TagPolicy;
import dev.parley.application.tag.port.in.TagView;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.tag.TagColour;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagName;
import dev.parley.domain.tag.TagNameTakenException;
import dev.parley.domain.tag.TagNotFoundException;
import dev.parley.domain.tag.TooManyTagsException;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagServiceTest {

    private static final Instant START = Instant.parse("2026-12-06T09:00:00Z");

    private final InMemoryTags tags = new InMemoryTags();
    private final InMemoryAgents agents = new InMemoryAgents();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final MovableClock clock = new MovableClock(START);
    private int announcements;

    private final Agent ada = agents.add("Ada Lovelace", Role.ADMIN);
    private final Agent bob = agents.add("Bob Marley", Role.AGENT);

    private TagService service(int limit) {
        return new TagService(
                tags,
                tags,
                () -> announcements++,
                new TagPolicy(limit),
                new AdminChangeAuditService(agents, audit, clock),
                clock);
    }

    private final TagService service = service(TagPolicy.DEFAULT_MAX);

    @Test
    void an_admin_adds_tags_that_every_agent_lists_by_name_ignoring_case() {
        service.add(add("vip", TagColour.PURPLE));
        clock.advance(Duration.ofMinutes(1));
        TagView refund = service.add(add("  Refund ", TagColour.RED));
        service.add(add("Bug", TagColour.ORANGE));

        assertThat(service.tags()).extracting(TagView::name).containsExactly("Bug", "Refund", "vip");
        assertThat(refund.colour()).isEqualTo("red");
        assertThat(refund.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(service.existing(refund.id())).isEqualTo(refund);
        assertThat(announcements).isEqualTo(3);
        AuditEntry entry = audit.entries().get(1);
        assertThat(entry.action()).isEqualTo(AuditAction.TAG_ADDED);
        assertThat(entry.summary())
                .containsEntry("tag", refund.id().toString())
                .containsEntry("tagName", "Refund")
                .containsEntry("colour", "red");
    }

    @Test
    void names_are_unique_ignoring_case_and_a_refused_name_changes_nothing() {
        TagView vip = service.add(add("VIP", TagColour.PURPLE));
        TagView bug = service.add(add("Bug", TagColour.ORANGE));
        int before = announcements;

        assertThatThrownBy(() -> service.add(add("vip", TagColour.RED)))
                .isInstanceOf(TagNameTakenException.class)
                .hasMessageContaining("vip");
        assertThatThrownBy(() ->
                        service.revise(new ReviseTagCommand(ada.id(), bug.id(), new TagName("Vip"), TagColour.GREEN)))
                .isInstanceOf(TagNameTakenException.class);

        assertThat(service.tags()).containsExactly(bug, vip);
        assertThat(announcements).isEqualTo(before);
        assertThat(audit.entries()).hasSize(2);
    }

    @Test
    void a_tag_may_be_renamed_to_another_case_of_its_own_name_and_recoloured() {
        TagView vip = service.add(add("vip", TagColour.PURPLE));
        clock.advance(Duration.ofMinutes(5));

        TagView renamed = service.revise(new ReviseTagCommand(ada.id(), vip.id(), new TagName("VIP"), TagColour.BLUE));

        assertThat(renamed.name()).isEqualTo("VIP");
        assertThat(renamed.colour()).isEqualTo("blue");
        assertThat(renamed.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        Map<String, Object> summary = audit.entries().get(1).summary();
        assertThat(audit.entries().get(1).action()).isEqualTo(AuditAction.TAG_REVISED);
        assertThat(summary).containsEntry("tagName", AuditEntry.change("vip", "VIP"));
        assertThat(summary).containsEntry("colour", AuditEntry.change("purple", "blue"));
    }

    @Test
    void the_store_keeps_at_most_the_configured_number_of_tags() {
        TagService limited = service(2);
        limited.add(add("One", TagColour.GREY));
        limited.add(add("Two", TagColour.GREY));

        assertThatThrownBy(() -> limited.add(add("Three", TagColour.GREY)))
                .isInstanceOf(TooManyTagsException.class)
                .extracting("code")
                .isEqualTo("too_many_tags");
        assertThat(limited.tags()).hasSize(2);
    }

    @Test
    void deleting_a_tag_records_how_many_tickets_carried_it() {
        TagView vip = service.add(add("VIP", TagColour.PURPLE));
        tags.ticketsCarrying = tag -> 7;

        service.delete(new DeleteTagCommand(ada.id(), vip.id()));

        assertThat(service.tags()).isEmpty();
        AuditEntry entry = audit.entries().get(1);
        assertThat(entry.action()).isEqualTo(AuditAction.TAG_DELETED);
        assertThat(entry.summary()).containsEntry("tagName", "VIP").containsEntry("tickets", 7);
        assertThatThrownBy(() -> service.delete(new DeleteTagCommand(ada.id(), vip.id())))
                .isInstanceOf(TagNotFoundException.class);
        assertThatThrownBy(() -> service.existing(vip.id())).isInstanceOf(TagNotFoundException.class);
    }

    @Test
    void agents_may_not_change_the_list_and_their_attempts_change_nothing() {
        TagView vip = service.add(add("VIP", TagColour.PURPLE));
        int before = announcements;

        assertThatThrownBy(() -> service.add(new AddTagCommand(bob.id(), new TagName("Mine"), TagColour.RED)))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(
                        () -> service.revise(new ReviseTagCommand(bob.id(), vip.id(), new TagName("X"), TagColour.RED)))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> service.delete(new DeleteTagCommand(bob.id(), vip.id())))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() ->
                        service.revise(new ReviseTagCommand(ada.id(), TagId.random(), new TagName("X"), TagColour.RED)))
                .isInstanceOf(TagNotFoundException.class);

        assertThat(service.tags()).containsExactly(vip);
        assertThat(announcements).isEqualTo(before);
        assertThat(audit.entries()).hasSize(1);
    }

    private AddTagCommand add(String name, TagColour colour) {
        return new AddTagCommand(ada.id(), new TagName(name), colour);
    }
}
