package dev.parley.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.tag.port.in.TagView;
import dev.parley.application.tag.port.in.TagsQuery;
import dev.parley.application.ticket.port.in.TagTicketCommand;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.application.ticket.port.out.TicketTagsPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagNotFoundException;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import dev.parley.domain.ticket.TooManyTicketTagsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTagServiceTest {

    private final Helpdesk helpdesk = new Helpdesk();
    private final Tags tags = new Tags();
    private final TicketTags ticketTags = new TicketTags();
    private final TicketTagService service = new TicketTagService(
            helpdesk.tickets,
            ticketTags,
            tags,
            helpdesk.conversations,
            helpdesk.inbox,
            helpdesk.news::add,
            helpdesk.clock);
    private final ConversationId conversation = helpdesk.conversations.live(2);
    private final TicketId ticket = open(conversation);
    private final TagId vip = tags.add("VIP");
    private final TagId refund = tags.add("Refund");

    @Test
    void any_agent_tags_a_ticket_once_and_every_inbox_is_told() {
        service.tag(new TagTicketCommand(helpdesk.bob, ticket, vip));
        service.tag(new TagTicketCommand(helpdesk.ada, ticket, refund));
        service.tag(new TagTicketCommand(helpdesk.ada, ticket, vip));

        assertThat(ticketTags.tagsOf(ticket)).containsExactly(vip, refund);
        assertThat(ticketTags.addedAt).containsOnly(Helpdesk.NOW);
        assertThat(helpdesk.news).containsExactly(new TicketNews(conversation, 2), new TicketNews(conversation, 2));
        assertThat(helpdesk.conversations.held()).contains(conversation);
    }

    @Test
    void untagging_takes_the_tag_off_and_a_tag_not_on_the_ticket_is_no_error() {
        service.tag(new TagTicketCommand(helpdesk.bob, ticket, vip));
        helpdesk.news.clear();

        service.untag(new TagTicketCommand(helpdesk.bob, ticket, refund));
        assertThat(helpdesk.news).isEmpty();
        service.untag(new TagTicketCommand(helpdesk.bob, ticket, vip));

        assertThat(ticketTags.tagsOf(ticket)).isEmpty();
        assertThat(helpdesk.news).containsExactly(new TicketNews(conversation, 2));
    }

    @Test
    void closed_tickets_take_tags_too() {
        helpdesk.work.close(new TicketCommand(helpdesk.ada, ticket));
        helpdesk.news.clear();

        service.tag(new TagTicketCommand(helpdesk.ada, ticket, vip));

        assertThat(ticketTags.tagsOf(ticket)).containsExactly(vip);
        assertThat(helpdesk.news).containsExactly(new TicketNews(conversation, 3));
    }

    @Test
    void unknown_tags_and_tickets_are_refused_and_nothing_changes() {
        assertThatThrownBy(() -> service.tag(new TagTicketCommand(helpdesk.ada, ticket, TagId.random())))
                .isInstanceOf(TagNotFoundException.class);
        assertThatThrownBy(() -> service.tag(new TagTicketCommand(helpdesk.ada, TicketId.random(), vip)))
                .isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> service.untag(new TagTicketCommand(helpdesk.ada, TicketId.random(), vip)))
                .isInstanceOf(TicketNotFoundException.class);

        assertThat(ticketTags.tagsOf(ticket)).isEmpty();
        assertThat(helpdesk.news).isEmpty();
    }

    @Test
    void a_ticket_carries_at_most_twenty_tags() {
        for (int i = 0; i < TooManyTicketTagsException.MAX_PER_TICKET; i++) {
            service.tag(new TagTicketCommand(helpdesk.ada, ticket, tags.add("Tag " + i)));
        }
        helpdesk.news.clear();

        assertThatThrownBy(() -> service.tag(new TagTicketCommand(helpdesk.ada, ticket, vip)))
                .isInstanceOf(TooManyTicketTagsException.class)
                .extracting("code")
                .isEqualTo("too_many_ticket_tags");
        assertThat(ticketTags.tagsOf(ticket)).hasSize(20).doesNotContain(vip);
        assertThat(helpdesk.news).isEmpty();
        // One it carries already is still no error.
        service.tag(new TagTicketCommand(
                helpdesk.ada, ticket, ticketTags.tagsOf(ticket).get(0)));
    }

    private TicketId open(ConversationId conversation) {
        helpdesk.following.visitorWrote(conversation, VisitorId.random(), Helpdesk.NOW);
        return helpdesk.tickets.findByConversation(conversation).orElseThrow().id();
    }

    /** The tag list, as far as tagging needs it. */
    private static final class Tags implements TagsQuery {

        private final Map<TagId, TagView> tags = new LinkedHashMap<>();

        TagId add(String name) {
            TagView tag = new TagView(TagId.random(), name, "blue", Instant.EPOCH);
            tags.put(tag.id(), tag);
            return tag.id();
        }

        @Override
        public List<TagView> tags() {
            return List.copyOf(tags.values());
        }

        @Override
        public Optional<TagView> tag(TagId id) {
            return Optional.ofNullable(tags.get(id));
        }

        @Override
        public TagView existing(TagId id) {
            return tag(id).orElseThrow(() -> new TagNotFoundException(id));
        }
    }

    /** Which tickets carry which tags, in memory. */
    private static final class TicketTags implements TicketTagsPort {

        private final Map<TicketId, List<TagId>> carried = new HashMap<>();
        private final List<Instant> addedAt = new ArrayList<>();

        @Override
        public List<TagId> tagsOf(TicketId ticket) {
            return List.copyOf(carried.getOrDefault(ticket, List.of()));
        }

        @Override
        public boolean add(TicketId ticket, TagId tag, Instant at) {
            List<TagId> tags = carried.computeIfAbsent(ticket, key -> new ArrayList<>());
            if (tags.contains(tag)) {
                return false;
            }
            addedAt.add(at);
            return tags.add(tag);
        }

        @Override
        public boolean remove(TicketId ticket, TagId tag) {
            return carried.getOrDefault(ticket, new ArrayList<>()).remove(tag);
        }
    }
}
