package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AddTeamMemberCommand;
import dev.parley.application.team.port.in.AddTeamMemberUseCase;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.ChangeAccountLocaleUseCase;
import dev.parley.application.team.port.in.ChangeAgentStatusUseCase;
import dev.parley.application.team.port.in.ChangePasswordCommand;
import dev.parley.application.team.port.in.ChangePasswordUseCase;
import dev.parley.application.team.port.in.ChangeRoleCommand;
import dev.parley.application.team.port.in.ChangeRoleUseCase;
import dev.parley.application.team.port.in.IssuedSession;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.PasswordResetUseCase;
import dev.parley.application.team.port.in.RemoveTeamMemberUseCase;
import dev.parley.application.team.port.in.RoleChanged;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.application.team.port.in.TeamPresenceQuery;
import dev.parley.application.team.port.out.ResetEmailNotSentException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.AccountLocale;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The team ({@code /api/v1/agents}): every signed-in agent sees it (to assign tickets); admins add members, change
 * their roles and remove them; every agent changes their own password and the language of their account. The use cases
 * check the caller's role again. A password change, and admins' change of their own role, rotate the caller's
 * session: the answer sets the new cookie and gives the new CSRF token in the {@code X-Parley-CSRF} header.
 */
@Path("agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    private static final Logger LOG = Logger.getLogger(AgentsResource.class.getName());

    private ListTeamQuery team;
    private AddTeamMemberUseCase adding;
    private ChangeRoleUseCase roles;
    private RemoveTeamMemberUseCase removing;
    private ChangePasswordUseCase passwords;
    private ChangeAccountLocaleUseCase locales;
    private PasswordResetUseCase resets;
    private ChangeAgentStatusUseCase statuses;
    private TeamPresenceQuery presence;

    @Inject
    public AgentsResource(
            ListTeamQuery team,
            AddTeamMemberUseCase adding,
            ChangeRoleUseCase roles,
            RemoveTeamMemberUseCase removing,
            ChangePasswordUseCase passwords,
            ChangeAccountLocaleUseCase locales,
            PasswordResetUseCase resets,
            ChangeAgentStatusUseCase statuses,
            TeamPresenceQuery presence) {
        this.team = team;
        this.adding = adding;
        this.roles = roles;
        this.removing = removing;
        this.passwords = passwords;
        this.locales = locales;
        this.resets = resets;
        this.statuses = statuses;
        this.presence = presence;
    }

    /** For CDI proxies only. */
    protected AgentsResource() {}

    /** The team ordered by name; removed members only with {@code ?includeDeactivated=true}. */
    @GET
    @SignedIn
    public List<TeamMemberResponse> list(@QueryParam("includeDeactivated") boolean includeDeactivated) {
        return team.listTeam(includeDeactivated).stream().map(this::response).toList();
    }

    @GET
    @Path("{id}")
    @SignedIn
    public TeamMemberResponse one(@PathParam("id") String id) {
        AgentId agent = agentId(id);
        return team.member(agent).map(this::response).orElseThrow(() -> new AgentNotFoundException(agent));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn(Role.ADMIN)
    public Response add(TeamMemberRequest request, @Context HttpServletRequest http, @Context UriInfo uri) {
        TeamMemberRequest body = RequiredBody.of(request);
        AddTeamMemberCommand command = new AddTeamMemberCommand(
                new EmailAddress(RequiredBody.field(body.email(), "email")),
                RequiredBody.field(body.name(), "name"),
                RequiredBody.field(body.password(), "password"),
                role(RequiredBody.field(body.role(), "role")));
        AgentView caller = AgentSessions.caller(http);
        TeamMember member = adding.addTeamMember(caller.id(), command);
        LOG.info(
                () -> "event=team_member_added agent=" + member.id() + " role=" + member.role() + " by=" + caller.id());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(member.id().toString())
                        .build())
                .entity(response(member))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn(Role.ADMIN)
    public Response changeRole(@PathParam("id") String id, TeamRoleRequest request, @Context HttpServletRequest http) {
        AgentId agent = agentId(id);
        Role role = role(RequiredBody.field(RequiredBody.of(request).role(), "role"));
        AgentView caller = AgentSessions.caller(http);
        RoleChanged changed =
                roles.changeRole(caller.id(), AgentSessions.callerToken(http), new ChangeRoleCommand(agent, role));
        LOG.info(() -> "event=team_member_role_changed agent=" + agent + " role=" + role + " by=" + caller.id());
        return withSession(Response.ok(response(changed.member())), changed.rotatedSession(), http);
    }

    @DELETE
    @Path("{id}")
    @SignedIn(Role.ADMIN)
    public Response remove(@PathParam("id") String id, @Context HttpServletRequest http) {
        AgentId agent = agentId(id);
        AgentView caller = AgentSessions.caller(http);
        removing.removeTeamMember(caller.id(), agent);
        LOG.info(() -> "event=team_member_removed agent=" + agent + " by=" + caller.id());
        return Response.noContent().build();
    }

    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn
    public Response changePassword(TeamPasswordRequest request, @Context HttpServletRequest http) {
        TeamPasswordRequest body = RequiredBody.of(request);
        ChangePasswordCommand command = new ChangePasswordCommand(
                RequiredBody.field(body.currentPassword(), "currentPassword"),
                RequiredBody.field(body.newPassword(), "newPassword"));
        AgentView caller = AgentSessions.caller(http);
        Optional<IssuedSession> rotated =
                passwords.changePassword(caller.id(), AgentSessions.callerToken(http), command);
        LOG.info(() -> "event=agent_password_changed agent=" + caller.id());
        return withSession(Response.noContent(), rotated, http);
    }

    /** An admin emails a member a link that sets a new password; the member's password stays until they use it. */
    @POST
    @Path("{id}/password-reset")
    @SignedIn(Role.ADMIN)
    public Response sendReset(@PathParam("id") String id, @Context HttpServletRequest http) {
        AgentId admin = AgentSessions.caller(http).id();
        AgentId member = agentId(id);
        try {
            resets.sendReset(admin, member);
        } catch (ResetEmailNotSentException failed) {
            LOG.warning(() ->
                    "event=password_reset_email_failed agent=" + member + " reason=\"" + failed.getMessage() + "\"");
            return Problem.response(
                    Response.Status.BAD_GATEWAY,
                    "email_not_sent",
                    "The mail server did not take the email: " + failed.getMessage());
        }
        LOG.info(() -> "event=password_reset_sent_by_admin agent=" + member + " by=" + admin);
        return Response.accepted().build();
    }

    /** The answer, with the cookie and CSRF token of the caller's rotated session if it was rotated. */
    private static Response withSession(
            Response.ResponseBuilder response, Optional<IssuedSession> rotated, HttpServletRequest http) {
        return rotated.map(session -> AgentSessions.issue(response, session, http))
                .orElse(response)
                .build();
    }

    /**
     * The agent's own account: {@code {"locale": "pl"}} sets the language of the inbox and of the team's emails to
     * them, {@code {"status": "away"}} says they take no chats now (and {@code available} that they do). Anything but
     * {@code en} or {@code pl}, or {@code available} or {@code away}, is refused, naming the field, and changes nothing.
     */
    @PATCH
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn
    public AccountResponse changeAccount(AccountRequest request, @Context HttpServletRequest http) {
        AccountRequest body = RequiredBody.of(request);
        if (body.locale() == null && body.status() == null) {
            throw new RefusedFieldException(
                    "locale", "missing_field", "The body needs a 'locale' or a 'status' field, or both.");
        }
        Optional<AccountLocale> locale = Optional.ofNullable(body.locale()).map(AccountLanguages::chosen);
        Optional<AgentStatus> status = Optional.ofNullable(body.status()).map(AgentsResource::status);
        AgentView caller = AgentSessions.caller(http);
        AccountLocale localeNow = locale.map(chosen -> {
                    AccountLocale now = locales.changeLocale(caller.id(), chosen);
                    LOG.info(() -> "event=agent_locale_changed agent=" + caller.id() + " locale=" + now.tag());
                    return now;
                })
                .orElse(caller.locale());
        status.ifPresent(chosen -> {
            AgentStatus now = statuses.changeStatus(caller.id(), chosen);
            LOG.info(() -> "event=agent_status_changed agent=" + caller.id() + " status=" + now.wire());
        });
        TeamMember me = team.member(caller.id()).orElseThrow(() -> new AgentNotFoundException(caller.id()));
        return new AccountResponse(AccountLanguages.of(localeNow), me.status().wire());
    }

    private TeamMemberResponse response(TeamMember member) {
        return TeamMemberResponse.of(member, presence.presenceOf(member.id()));
    }

    private static AgentStatus status(String value) {
        try {
            return AgentStatus.ofWire(value);
        } catch (InvalidValueException unknown) {
            throw new RefusedFieldException("status", "invalid_status", "The status is 'available' or 'away'.");
        }
    }

    private static AgentId agentId(String id) {
        try {
            return AgentId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw new AgentNotFoundException("with that id");
        }
    }

    private static Role role(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "agent" -> Role.AGENT;
            case "admin" -> Role.ADMIN;
            default -> throw new InvalidValueException("invalid_role", "A role is 'agent' or 'admin'.");
        };
    }
}
