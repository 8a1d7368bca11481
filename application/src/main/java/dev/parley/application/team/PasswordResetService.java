package dev.parley.application.team;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.application.team.port.in.NoMailServerException;
import dev.parley.application.team.port.in.PasswordResetPolicy;
import dev.parley.application.team.port.in.PasswordResetUseCase;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.application.team.port.out.PasswordResetPort;
import dev.parley.application.team.port.out.ResetEmailNotSentException;
import dev.parley.application.team.port.out.SendPasswordResetEmailPort;
import dev.parley.application.team.port.out.SendPasswordResetEmailPort.PasswordResetEmail;
import dev.parley.application.team.port.out.UpdateAgentPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.PasswordReset;
import dev.parley.domain.team.PasswordResetLinkInvalidException;
import dev.parley.domain.team.PasswordRule;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Password reset links: asked for by an agent who forgot their password (the answer never says whether the address
 * has an account), or sent by an admin to a member; used once, within their lifetime, to set a new password, which
 * ends every session of the agent's and sets aside their other links.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class PasswordResetService implements PasswordResetUseCase {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private LoadAgentPort agents;
    private UpdateAgentPort updatedAgents;
    private PasswordHashingPort passwords;
    private PasswordResetPort resets;
    private SendPasswordResetEmailPort mail;
    private AgentSessionService sessions;
    private AdminChangeAudit audit;
    private AdmitUseCase admission;
    private PasswordResetPolicy policy;
    private Clock clock;

    @Inject
    public PasswordResetService(
            LoadAgentPort agents,
            UpdateAgentPort updatedAgents,
            PasswordHashingPort passwords,
            PasswordResetPort resets,
            SendPasswordResetEmailPort mail,
            AgentSessionService sessions,
            AdminChangeAudit audit,
            AdmitUseCase admission,
            PasswordResetPolicy policy,
            Clock clock) {
        this.agents = agents;
        this.updatedAgents = updatedAgents;
        this.passwords = passwords;
        this.resets = resets;
        this.mail = mail;
        this.sessions = sessions;
        this.audit = audit;
        this.admission = admission;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected PasswordResetService() {}

    @Override
    public void requestReset(String email, String clientAddress) {
        EmailAddress address;
        try {
            address = new EmailAddress(email);
        } catch (InvalidValueException notAnAddress) {
            throw new InvalidValueException("invalid_email", "Give the email address you sign in with.");
        }
        requireMailServer();
        admission.admitInTurn(List.of(
                LimitedUse.of(policy.perAddress(), clientAddress),
                LimitedUse.of(policy.perEmail(), address.value().toLowerCase(Locale.ROOT))));
        Optional<Agent> agent = agents.findByEmail(address).filter(Agent::isActive);
        if (agent.isEmpty()) {
            LOG.info(() -> "event=password_reset_not_sent reason=no_such_agent");
            return;
        }
        try {
            issueAndSend(agent.get(), Optional.empty());
        } catch (ResetEmailNotSentException failed) {
            // The answer is the same as for an address without an account: a failure would tell who has one.
            LOG.warning(() -> "event=password_reset_email_failed agent="
                    + agent.get().id() + " reason=\"" + failed.getMessage() + "\"");
        }
    }

    @Override
    public void sendReset(AgentId admin, AgentId member) {
        AuditActor actor = audit.requireAdmin(admin);
        Agent agent =
                agents.findById(member).filter(Agent::isActive).orElseThrow(() -> new AgentNotFoundException(member));
        requireMailServer();
        issueAndSend(agent, Optional.of(actor.name()));
        audit.record(actor, AuditAction.TEAM_PASSWORD_RESET_SENT, TeamService.about(agent));
    }

    @Override
    public void reset(String secret, String newPassword) {
        PasswordRule.check(newPassword);
        SessionToken token = SessionToken.parse(secret).orElseThrow(PasswordResetLinkInvalidException::new);
        Instant now = clock.instant();
        PasswordReset link = resets.findForUpdate(token.hash()).orElseThrow(PasswordResetLinkInvalidException::new);
        Agent agent = agents.findById(link.agent())
                .filter(Agent::isActive)
                .orElseThrow(PasswordResetLinkInvalidException::new);
        resets.save(link.useAt(now));
        resets.setAsideAllOf(agent.id(), now);
        agent.changePasswordHash(passwords.hash(newPassword));
        updatedAgents.update(agent);
        sessions.endAll(agent.id(), SessionEnd.PASSWORD_CHANGED);
        audit.record(
                AuditActor.of(agent.id(), agent.displayName()),
                AuditAction.TEAM_PASSWORD_RESET,
                TeamService.about(agent));
        LOG.info(() -> "event=password_reset agent=" + agent.id());
    }

    private void requireMailServer() {
        if (!mail.canSend()) {
            throw new NoMailServerException();
        }
    }

    /** A new link for {@code agent}, older ones set aside, emailed at once. */
    private void issueAndSend(Agent agent, Optional<String> sentBy) {
        Instant now = clock.instant();
        SessionToken secret = SessionToken.issue(RANDOM);
        PasswordReset link = PasswordReset.issue(secret.hash(), agent.id(), now, policy.lifetime());
        resets.setAsideAllOf(agent.id(), now);
        resets.save(link);
        mail.send(new PasswordResetEmail(
                agent.email().value(),
                agent.displayName(),
                agent.locale().toLocale(),
                URI.create(policy.inboxUrl() + "#/reset/" + secret.value()),
                link.expiresAt(),
                sentBy));
        LOG.info(() -> "event=password_reset_sent agent=" + agent.id() + " by_admin=" + sentBy.isPresent());
    }
}
