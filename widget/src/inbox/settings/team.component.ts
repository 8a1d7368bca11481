import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { define } from '../../define.js';
import type { ApiClient } from '../api.js';
import { RequestController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles } from './settings-screen.js';
import { teamI18n, type TeamStrings } from './team.i18n.js';
import type { Member } from './types.js';

/** @summary The team (`/api/v1/agents`): who may sign in, as an agent or an admin; admins add and deactivate. */
export class ParleySettingsTeam extends SettingsScreen<TeamStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
        gap: 0 12px;
      }
      /* A refused change to a member: on a line of its own under their row, beside the control refused. */
      .list li .refusal {
        flex-basis: 100%;
        margin: 0;
      }
    `,
  ];

  protected readonly words = teamI18n;

  private readonly calls = new RequestController(this, 'team');
  /** Changes to a member (role, removal): a refusal shows in that member's row, beside the control refused. */
  private readonly changes = new RequestController(this, 'member');
  /** The member whose last change was refused. */
  @state() private refused?: string;
  /** The member a password link was just sent to. */
  @state() private resetSentTo?: string;
  /** The team, once loaded. */
  @state() private team?: Member[];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const answer = await this.calls.run((api) => api.get<Member[]>('/agents'));
    if (answer) this.team = answer.value;
  }

  protected override render() {
    return this.calls.until(!!this.team, () => this.renderTeam(this.team!));
  }

  private renderTeam(team: Member[]) {
    const s = this.s;
    return html`<ul class="list">
        ${team.map((m) => {
          const refusal = this.refused === m.id ? this.changes.refusal : undefined;
          const why = refusal ? `refusal-member-${m.id}` : nothing;
          return html`<li>
            <strong><bdi>${m.name}</bdi>${m.id === this.me ? html` <span class="hint">(${s.you})</span>` : nothing}</strong>
            <span class="hint">${m.email}</span>
            <span class="spacer"></span>
            ${
              m.deactivated
                ? html`<span class="hint">${s.deactivated}</span>`
                : html`<label class="vh" for="role-${m.id}">${s.role}: ${m.name}</label>
                  <select id="role-${m.id}" .value=${live(m.role)} aria-invalid=${refusal ? 'true' : 'false'} aria-describedby=${why} ?disabled=${this.changes.busy} @change=${(e: Event) => this.changeRole(m, (e.target as HTMLSelectElement).value)}>
                    <option value="agent" ?selected=${m.role === 'agent'}>${s.roles.agent}</option>
                    <option value="admin" ?selected=${m.role === 'admin'}>${s.roles.admin}</option>
                  </select>
                  <button class="ghost" ?disabled=${this.changes.busy} aria-describedby=${why} @click=${() => this.sendReset(m)}>${s.sendReset}<span class="vh">: ${m.name}</span></button>
                  <button class="ghost" ?disabled=${m.id === this.me || this.changes.busy} aria-describedby=${why} @click=${() => this.removeMember(m)}>${s.deactivate}</button>`
            }
            ${refusal ? html`<p class="refusal" role="alert" id="refusal-member-${m.id}">${refusal.detail || s.failed}</p>` : nothing}
            ${this.resetSentTo === m.id ? html`<p class="saved" role="status">${s.resetSent(m.email)}</p>` : nothing}
          </li>`;
        })}
      </ul>
      <form class="card" novalidate @submit=${this.addMember}>
        <h3>${s.addMember}</h3>
        <div class="grid">
          <div class="field"><label for="memberName">${s.name}</label><input id="memberName" name="name" required aria-invalid=${this.calls.invalid('name')} /></div>
          <div class="field"><label for="memberEmail">${s.email}</label><input id="memberEmail" name="email" type="email" required aria-invalid=${this.calls.invalid('email')} /></div>
          <div class="field"><label for="memberPassword">${s.password}</label><input id="memberPassword" name="password" type="password" minlength="8" required autocomplete="new-password" aria-invalid=${this.calls.invalid('password')} /></div>
          <div class="field">
            <label for="memberRole">${s.role}</label>
            <select id="memberRole" name="role"><option value="agent">${s.roles.agent}</option><option value="admin">${s.roles.admin}</option></select>
          </div>
        </div>
        ${this.calls.outcome()}
        <div class="buttons"><button class="primary" ?disabled=${this.calls.busy}>${s.add}</button></div>
      </form>`;
  }

  private async addMember(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = Object.fromEntries(new FormData(form));
    const answer = await this.calls.run((api) => api.post<Member>('/agents', data), { busy: true });
    if (!answer) return;
    form.reset();
    this.team = [...(this.team ?? []), answer.value];
    this.calls.confirm();
  }

  private async changeRole(m: Member, role: string): Promise<void> {
    const answer = await this.change(m, (api) => api.patch<Member>(`/agents/${m.id}`, { role }));
    // A refused change puts the select back to the member's role (`live`: the select shows what was chosen).
    if (answer) this.team = this.team?.map((x) => (x.id === m.id ? answer.value : x));
    else this.requestUpdate();
  }

  /** Emails the member a link that sets a new password; the confirmation shows in their row. */
  private async sendReset(m: Member): Promise<void> {
    this.resetSentTo = undefined;
    if (await this.change(m, (api) => api.post(`/agents/${m.id}/password-reset`))) this.resetSentTo = m.id;
  }

  private async removeMember(m: Member): Promise<void> {
    if (!confirm(this.s.confirmDeactivate(m.name))) return;
    if (await this.change(m, (api) => api.delete(`/agents/${m.id}`))) {
      this.team = this.team?.map((x) => (x.id === m.id ? { ...x, deactivated: true } : x));
    }
  }

  /** A change to member `m`: its refusal shows in their row, and the form that adds members keeps its own. */
  private change<T>(m: Member, call: (api: ApiClient) => Promise<T>): Promise<{ value: T } | undefined> {
    this.refused = m.id;
    return this.changes.run(call, { busy: true });
  }
}

define('parley-settings-team', ParleySettingsTeam);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-team': ParleySettingsTeam;
  }
}
