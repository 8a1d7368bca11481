package dev.parley.application.macro;

import dev.parley.application.macro.port.in.AddMacroCommand;
import dev.parley.application.macro.port.in.AddMacroUseCase;
import dev.parley.application.macro.port.in.DeleteMacroCommand;
import dev.parley.application.macro.port.in.DeleteMacroUseCase;
import dev.parley.application.macro.port.in.MacroPolicy;
import dev.parley.application.macro.port.in.MacroView;
import dev.parley.application.macro.port.in.MacrosQuery;
import dev.parley.application.macro.port.in.RenderedMacro;
import dev.parley.application.macro.port.in.ReviseMacroCommand;
import dev.parley.application.macro.port.in.ReviseMacroUseCase;
import dev.parley.application.macro.port.in.TicketMacrosQuery;
import dev.parley.application.macro.port.out.LoadMacrosPort;
import dev.parley.application.macro.port.out.LoadVisitorNamePort;
import dev.parley.application.macro.port.out.PublishMacrosChangedPort;
import dev.parley.application.macro.port.out.SaveMacroPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroNotFoundException;
import dev.parley.domain.macro.MacroValues;
import dev.parley.domain.macro.MacroVariable;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team's saved replies: admins add, revise and delete them; every agent lists them, and gets them rendered for
 * the ticket they answer. Every change is recorded in the audit log with it, and announced to the open inboxes once
 * committed.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class MacroService
        implements MacrosQuery, TicketMacrosQuery, AddMacroUseCase, ReviseMacroUseCase, DeleteMacroUseCase {

    private static final Comparator<Macro> BY_TITLE = Comparator.comparing(
                    (Macro macro) -> macro.title().value(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(macro -> macro.title().value())
            .thenComparing(macro -> macro.id().value());

    private LoadMacrosPort macros;
    private SaveMacroPort savedMacros;
    private LoadTicketPort tickets;
    private LoadVisitorNamePort visitorNames;
    private LoadAgentPort agents;
    private PublishMacrosChangedPort news;
    private MacroPolicy policy;
    private AdminChangeAudit audit;
    private Clock clock;

    @Inject
    public MacroService(
            LoadMacrosPort macros,
            SaveMacroPort savedMacros,
            LoadTicketPort tickets,
            LoadVisitorNamePort visitorNames,
            LoadAgentPort agents,
            PublishMacrosChangedPort news,
            MacroPolicy policy,
            AdminChangeAudit audit,
            Clock clock) {
        this.macros = macros;
        this.savedMacros = savedMacros;
        this.tickets = tickets;
        this.visitorNames = visitorNames;
        this.agents = agents;
        this.news = news;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected MacroService() {}

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public List<MacroView> macros() {
        return macros.loadAll().stream().sorted(BY_TITLE).map(MacroView::of).toList();
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public List<MacroVariable> variables() {
        return List.of(MacroVariable.values());
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public List<RenderedMacro> renderedFor(TicketId ticketId, AgentId agentId, String unknownVisitorName) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> new TicketNotFoundException(ticketId));
        Agent agent =
                agents.findById(agentId).filter(Agent::isActive).orElseThrow(() -> new AgentNotFoundException(agentId));
        MacroValues values =
                new MacroValues(visitorNames.nameOf(ticket.requester()), agent.displayName(), unknownVisitorName);
        return macros.loadAll().stream()
                .sorted(BY_TITLE)
                .map(macro -> new RenderedMacro(macro.id(), macro.title().value(), macro.render(values)))
                .toList();
    }

    @Override
    public MacroView add(AddMacroCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        Macro.requireRoomBeside(macros.countForAdding(), policy.maxMacros());
        Macro macro = Macro.write(MacroId.random(), command.title(), command.body(), clock.instant());
        savedMacros.create(macro);
        audit.record(admin, AuditAction.MACRO_ADDED, about(macro));
        news.macrosChanged();
        return MacroView.of(macro);
    }

    @Override
    public MacroView revise(ReviseMacroCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        Macro macro = macros.findById(command.macro()).orElseThrow(() -> new MacroNotFoundException(command.macro()));
        String titleBefore = macro.title().value();
        String bodyBefore = macro.body().value();
        macro.revise(command.title(), command.body(), clock.instant());
        savedMacros.update(macro);
        Map<String, Object> summary = about(macro);
        if (!titleBefore.equals(macro.title().value())) {
            summary.put("title", AuditEntry.change(titleBefore, macro.title().value()));
        }
        summary.put("bodyChanged", !bodyBefore.equals(macro.body().value()));
        audit.record(admin, AuditAction.MACRO_REVISED, summary);
        news.macrosChanged();
        return MacroView.of(macro);
    }

    @Override
    public void delete(DeleteMacroCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        Macro macro = macros.findById(command.macro()).orElseThrow(() -> new MacroNotFoundException(command.macro()));
        if (!savedMacros.delete(command.macro())) {
            throw new MacroNotFoundException(command.macro());
        }
        audit.record(admin, AuditAction.MACRO_DELETED, about(macro));
        news.macrosChanged();
    }

    private static Map<String, Object> about(Macro macro) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("macro", macro.id().toString());
        summary.put("title", macro.title().value());
        return summary;
    }
}
