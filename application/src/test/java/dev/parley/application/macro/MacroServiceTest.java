package dev.parley.application.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.macro.port.in.AddMacroCommand;
import dev.parley.application.macro.port.in.DeleteMacroCommand;
import dev.parley.application.macro.port.in.MacroPolicy;
import dev.parley.application.macro.port.in.MacroView;
import dev.parley.application.macro.port.in.RenderedMacro;
import dev.parley.application.macro.port.in.ReviseMacroCommand;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.macro.MacroBody;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroNotFoundException;
import dev.parley.domain.macro.MacroTitle;
import dev.parley.domain.macro.MacroVariable;
import dev.parley.domain.macro.TooManyMacrosException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MacroServiceTest {

    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    private final InMemoryMacros macros = new InMemoryMacros();
    private final Agents agents = new Agents();
    private final Tickets tickets = new Tickets();
    private final Map<VisitorId, String> visitorNames = new HashMap<>();
    private final MovableClock clock = new MovableClock(START);
    private int announcements;
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    private final Agent ada = agents.add("Ada Lovelace", Role.ADMIN);
    private final Agent bob = agents.add("Bob Marley", Role.AGENT);

    private MacroService service(int limit) {
        return new MacroService(
                macros,
                macros,
                tickets,
                visitor -> Optional.ofNullable(visitorNames.get(visitor)),
                agents,
                () -> announcements++,
                new MacroPolicy(limit),
                new AdminChangeAuditService(agents, audit, clock),
                clock);
    }

    private final MacroService service = service(MacroPolicy.DEFAULT_MAX);

    @Test
    void an_admin_adds_a_macro_that_every_agent_then_lists_sorted_by_title() {
        service.add(add(ada, "thanks", "Thank you, {{visitor.firstName}}!"));
        clock.advance(Duration.ofMinutes(1));
        MacroView greeting = service.add(add(ada, "Greeting", "Hi, I'm {{agent.firstName}}."));
        service.add(add(ada, "Bye", "Bye!"));

        List<MacroView> listed = service.macros();

        assertThat(listed).extracting(MacroView::title).containsExactly("Bye", "Greeting", "thanks");
        assertThat(listed.get(1)).isEqualTo(greeting);
        assertThat(greeting.variables()).containsExactly(MacroVariable.AGENT_FIRST_NAME);
        assertThat(greeting.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(announcements).isEqualTo(3);
    }

    @Test
    void agents_may_not_change_macros_and_their_attempts_change_nothing() {
        MacroView kept = service.add(add(ada, "Kept", "Kept."));
        int before = announcements;

        assertThatThrownBy(() -> service.add(add(bob, "Mine", "Mine."))).isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> service.revise(
                        new ReviseMacroCommand(bob.id(), kept.id(), new MacroTitle("X"), new MacroBody("X"))))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> service.delete(new DeleteMacroCommand(bob.id(), kept.id())))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> service.add(add(AgentId.random(), "Ghost", "Boo.")))
                .isInstanceOf(AdminsOnlyException.class);

        assertThat(service.macros()).containsExactly(kept);
        assertThat(announcements).isEqualTo(before);
    }

    @Test
    void a_removed_admin_may_not_change_macros() {
        Agent gone = agents.add("Gone Admin", Role.ADMIN);
        gone.deactivate(ada.id(), 2);
        agents.store(gone);

        assertThatThrownBy(() -> service.add(add(gone, "Late", "Late."))).isInstanceOf(AdminsOnlyException.class);
        assertThat(service.macros()).isEmpty();
    }

    @Test
    void a_revision_replaces_title_and_body_and_moves_updated_at() {
        MacroView written = service.add(add(ada, "Greeting", "Hi."));
        clock.advance(Duration.ofHours(2));

        MacroView revised = service.revise(new ReviseMacroCommand(
                ada.id(), written.id(), new MacroTitle("Hello"), new MacroBody("Hello {{visitor.name}}")));

        assertThat(revised.id()).isEqualTo(written.id());
        assertThat(revised.title()).isEqualTo("Hello");
        assertThat(revised.body()).isEqualTo("Hello {{visitor.name}}");
        assertThat(revised.variables()).containsExactly(MacroVariable.VISITOR_NAME);
        assertThat(revised.updatedAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(service.macros()).containsExactly(revised);
    }

    @Test
    void an_unknown_macro_cannot_be_revised_or_deleted() {
        MacroId unknown = MacroId.random();

        assertThatThrownBy(() -> service.revise(
                        new ReviseMacroCommand(ada.id(), unknown, new MacroTitle("X"), new MacroBody("X"))))
                .isInstanceOf(MacroNotFoundException.class);
        assertThatThrownBy(() -> service.delete(new DeleteMacroCommand(ada.id(), unknown)))
                .isInstanceOf(MacroNotFoundException.class);
        assertThat(announcements).isZero();
    }

    @Test
    void a_deleted_macro_is_gone() {
        MacroView doomed = service.add(add(ada, "Doomed", "Doomed."));
        MacroView kept = service.add(add(ada, "Kept", "Kept."));

        service.delete(new DeleteMacroCommand(ada.id(), doomed.id()));

        assertThat(service.macros()).containsExactly(kept);
        assertThat(announcements).isEqualTo(3);
    }

    @Test
    void the_store_keeps_at_most_its_configured_number_of_macros() {
        MacroService limited = service(2);
        limited.add(add(ada, "One", "1"));
        MacroView two = limited.add(add(ada, "Two", "2"));

        assertThatThrownBy(() -> limited.add(add(ada, "Three", "3"))).isInstanceOf(TooManyMacrosException.class);
        assertThat(limited.macros()).hasSize(2);
        assertThat(macros.countLocks()).isEqualTo(3);

        limited.delete(new DeleteMacroCommand(ada.id(), two.id()));
        assertThat(limited.add(add(ada, "Three", "3")).title()).isEqualTo("Three");
    }

    @Test
    void renders_every_macro_for_the_tickets_visitor_and_the_calling_agent() {
        VisitorId jane = VisitorId.random();
        visitorNames.put(jane, "Jane Doe");
        TicketId ticket = tickets.openFor(jane);
        MacroView hello = service.add(add(ada, "Hello", "Hi {{visitor.firstName}}, {{agent.firstName}} here."));
        MacroView sign = service.add(add(ada, "Signature", "{{agent.name}} for {{visitor.name}}"));

        List<RenderedMacro> forBob = service.renderedFor(ticket, bob.id(), "there");

        assertThat(forBob)
                .containsExactly(
                        new RenderedMacro(hello.id(), "Hello", "Hi Jane, Bob here."),
                        new RenderedMacro(sign.id(), "Signature", "Bob Marley for Jane Doe"));
        assertThat(service.renderedFor(ticket, ada.id(), "there"))
                .extracting(RenderedMacro::text)
                .containsExactly("Hi Jane, Ada here.", "Ada Lovelace for Jane Doe");
    }

    @Test
    void a_visitor_without_a_name_gets_the_fallback() {
        TicketId ticket = tickets.openFor(VisitorId.random());
        service.add(add(ada, "Hello", "Hi {{visitor.firstName}}! / {{visitor.name}}"));

        assertThat(service.renderedFor(ticket, bob.id(), "there"))
                .extracting(RenderedMacro::text)
                .containsExactly("Hi there! / there");
    }

    @Test
    void rendering_for_an_unknown_ticket_or_agent_is_refused() {
        TicketId ticket = tickets.openFor(VisitorId.random());

        assertThatThrownBy(() -> service.renderedFor(TicketId.random(), bob.id(), "there"))
                .isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> service.renderedFor(ticket, AgentId.random(), "there"))
                .isInstanceOf(AgentNotFoundException.class);
    }

    @Test
    void lists_every_variable_for_the_settings_screen() {
        assertThat(service.variables()).containsExactly(MacroVariable.values());
    }

    private static AddMacroCommand add(Agent actor, String title, String body) {
        return add(actor.id(), title, body);
    }

    private static AddMacroCommand add(AgentId actor, String title, String body) {
        return new AddMacroCommand(actor, new MacroTitle(title), new MacroBody(body));
    }

    /** The team, as far as macros need it. */
    @Test
    void every_change_is_recorded_in_the_audit_log_as_the_admins_and_a_refusal_records_nothing() {
        MacroView added = service.add(add(ada, "Hello", "Hi!"));
        service.revise(
                new ReviseMacroCommand(ada.id(), added.id(), new MacroTitle("Hello there"), new MacroBody("Hi!")));
        service.delete(new DeleteMacroCommand(ada.id(), added.id()));
        assertThatThrownBy(() -> service.add(add(bob, "Nope", "No.")));

        assertThat(audit.entries())
                .extracting(entry -> entry.action().code())
                .containsExactly("macro.added", "macro.revised", "macro.deleted");
        assertThat(audit.entries()).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(ada.id());
            assertThat(entry.actorName()).isEqualTo("Ada Lovelace");
            assertThat(entry.summary()).containsEntry("macro", added.id().toString());
        });
        assertThat(audit.entries().get(1).summary())
                .containsEntry("title", Map.of("before", "Hello", "after", "Hello there"))
                .containsEntry("bodyChanged", false);
    }

    private static final class Agents implements LoadAgentPort {

        private final Map<AgentId, Agent> agents = new HashMap<>();

        Agent add(String name, Role role) {
            Agent agent = Agent.create(
                    AgentId.random(), new EmailAddress(UUID.randomUUID() + "@shop.example"), name, role, "hash", START);
            store(agent);
            return agent;
        }

        void store(Agent agent) {
            agents.put(agent.id(), agent);
        }

        @Override
        public Optional<Agent> findById(AgentId id) {
            return Optional.ofNullable(agents.get(id));
        }

        @Override
        public Optional<Agent> findByEmail(EmailAddress email) {
            return agents.values().stream()
                    .filter(agent -> agent.email().equals(email))
                    .findFirst();
        }

        @Override
        public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
            return ids.stream()
                    .filter(agents::containsKey)
                    .collect(Collectors.toMap(id -> id, id -> agents.get(id).displayName()));
        }

        @Override
        public long countForAdding() {
            return agents.size();
        }
    }

    /** Tickets, as far as macros need them. */
    private static final class Tickets implements LoadTicketPort {

        private final Map<TicketId, Ticket> tickets = new HashMap<>();

        TicketId openFor(VisitorId visitor) {
            Ticket ticket = Ticket.open(TicketId.random(), ConversationId.random(), visitor, START);
            tickets.put(ticket.id(), ticket);
            return ticket.id();
        }

        @Override
        public Optional<Ticket> findByConversation(ConversationId conversation) {
            return tickets.values().stream()
                    .filter(ticket -> ticket.conversation().equals(conversation))
                    .findFirst();
        }

        @Override
        public Optional<Ticket> findById(TicketId id) {
            return Optional.ofNullable(tickets.get(id));
        }
    }
}
