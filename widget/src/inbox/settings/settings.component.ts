import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SocketFactory } from '../../controllers/chat-connection.controller.js';
import tokens from '../../styles/tokens.styles.js';
import { settingsI18n, type SectionId, type SettingsStrings } from './settings.i18n.js';
import styles from './settings.styles.js';

interface Design {
  colour: string;
  icon: string;
  position: 'left' | 'right';
  launcherLabel?: string;
}
interface Faq {
  id?: string;
  question: string;
  answer: string;
  published: boolean;
}
interface Range {
  start: string;
  end: string;
}
interface Hours {
  timeZone: string;
  alwaysOpen: boolean;
  weeklySchedule: Record<string, Range[]>;
  closures: string[];
}
/** The store's settings as `GET /api/v1/settings` answers them (docs/rest-settings.md). */
interface StoreSettings {
  chatEnabled: boolean;
  onsiteWidgetEnabled: boolean;
  appearance: Design;
  appearanceLocked: boolean;
  welcomeMessage: string;
  faqs: Faq[];
  links: { privacyPolicyUrl: string | null; termsUrl: string | null };
  businessHours: Hours;
  awayMessage: string;
  waitingThresholdSeconds: number;
  allowedOrigins: string[];
  identityVerification: { enforced: boolean; secretSet: boolean; previousSecretUntil?: string; newSecret?: string };
  emailNotifications?: { enabled: boolean; recipients: string[]; delaySeconds: number };
}
interface Macro {
  id?: string;
  title: string;
  body: string;
}
interface Variable {
  name: string;
  placeholder: string;
  description: string;
  fallback?: string;
}
interface Member {
  id: string;
  email: string;
  name: string;
  role: string;
  deactivated?: boolean;
}
interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}
/** One recorded change (`GET /api/v1/audit`). */
interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string };
  action: string;
  summary: Record<string, unknown>;
}

/** What a refused request said: its code and words, and which field it is about. */
interface Refusal {
  section: string;
  code: string;
  detail: string;
}

const SECTIONS: SectionId[] = ['chat', 'design', 'behaviour', 'faqs', 'hours', 'macros', 'team', 'notifications', 'security', 'audit'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ICONS = ['chat', 'help', 'message', 'smile'];
const ZONES = ['Europe/Warsaw', 'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'UTC'];

/** Which field a refusal code is about, so that the field is marked invalid. */
const FIELD_OF: Record<string, string> = {
  invalid_colour: 'colour',
  launcher_label_too_long: 'launcherLabel',
  invalid_welcome_message: 'welcomeMessage',
  invalid_away_message: 'awayMessage',
  invalid_waiting_threshold: 'waitingThreshold',
  invalid_time_zone: 'timeZone',
  invalid_origin: 'origins',
  too_many_origins: 'origins',
  invalid_macro_title: 'macroTitle',
  invalid_macro_body: 'macroBody',
  macro_body_too_long: 'macroBody',
  macro_variable_unknown: 'macroBody',
  invalid_email: 'memberEmail',
  invalid_password: 'memberPassword',
  invalid_api_key_name: 'keyName',
  invalid_recipient: 'recipients',
  duplicate_recipient: 'recipients',
  too_many_recipients: 'recipients',
  email_notifications_need_recipients: 'recipients',
  invalid_notification_delay: 'delay',
  invalid_grace_period: 'graceHours',
};

/** A fake socket: the preview widget never connects, so previewing creates no visitor. */
const noSocket: SocketFactory = () => ({
  readyState: 0,
  onopen: null,
  onmessage: null,
  onclose: null,
  onerror: null,
  send: () => undefined,
  close: () => undefined,
});

/**
 * @summary The admins' settings: online chat, design with a live preview of the real widget, behaviour, FAQs,
 * business hours, saved replies, the team and security. Every change is checked by the server; a refused one shows
 * its reason beside the form and changes nothing.
 */
export class ParleySettings extends LitElement {
  static override styles = [tokens, styles];

  @property() base = '';
  @property() csrfToken = '';
  @property() locale: 'en' | 'pl' = 'en';
  /** The signed-in admin's id: they cannot remove themselves. */
  @property() me = '';
  @property() section: SectionId = 'chat';

  @state() private settings?: StoreSettings;
  @state() private draft?: StoreSettings;
  @state() private busy = false;
  @state() private refusal?: Refusal;
  @state() private saved?: string;
  @state() private openNow?: { open: boolean; next?: string };
  @state() private macros: Macro[] = [];
  @state() private variables: Variable[] = [];
  @state() private editing?: Macro;
  @state() private team: Member[] = [];
  @state() private keys: ApiKey[] = [];
  @state() private shownSecret?: string;
  /** A new API key's secret, shown once. */
  @state() private shownKey?: string;
  @state() private dragged?: number;
  @state() private audit: AuditEntry[] = [];
  @state() private auditCursor?: string;

  private get s(): SettingsStrings {
    return settingsI18n[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
    import(/* @vite-ignore */ `${this.base}/widget/parley-chat.js`).catch(() => undefined);
  }

  private async load(): Promise<void> {
    const [settings, macros, variables, team, keys, config] = await Promise.all([
      this.call('GET', '/settings'),
      this.call('GET', '/macros'),
      this.call('GET', '/macros/variables'),
      this.call('GET', '/agents'),
      this.call('GET', '/api-keys'),
      this.call('GET', '/widget/config'),
    ]);
    if (settings.ok) this.adopt(settings.body as StoreSettings);
    if (macros.ok) this.macros = macros.body as Macro[];
    if (variables.ok) this.variables = variables.body as Variable[];
    if (team.ok) this.team = team.body as Member[];
    if (keys.ok) this.keys = keys.body as ApiKey[];
    if (config.ok) this.adoptConfig(config.body as { openNow: boolean; nextOpeningAt?: string });
  }

  private adopt(settings: StoreSettings): void {
    this.settings = settings;
    this.draft = structuredClone(settings);
  }

  private adoptConfig(c: { openNow: boolean; nextOpeningAt?: string }): void {
    const next = c.nextOpeningAt ? new Date(c.nextOpeningAt) : undefined;
    const when = next && new Intl.DateTimeFormat(this.locale, { weekday: 'long', hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' }).format(next);
    this.openNow = { open: c.openNow, next: when };
  }

  /** One call of the API; a refusal is kept to be shown beside the form of `section`. */
  private async call(method: string, path: string, body?: unknown, section?: string): Promise<{ ok: boolean; body: unknown }> {
    try {
      const res = await fetch(`${this.base}/api/v1${path}`, {
        method,
        credentials: 'include',
        headers: {
          accept: 'application/json',
          ...(method !== 'GET' && { 'X-Parley-CSRF': this.csrfToken }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = res.status === 204 ? null : await res.json().catch(() => null);
      if (!res.ok && section) {
        const problem = (answer ?? {}) as { code?: string; detail?: string; title?: string };
        this.refusal = { section, code: problem.code ?? String(res.status), detail: problem.detail ?? problem.title ?? this.s.failed };
      }
      return { ok: res.ok, body: answer };
    } catch {
      if (section) this.refusal = { section, code: 'network', detail: this.s.failed };
      return { ok: false, body: null };
    }
  }

  /** Saves part of the settings (`PUT /api/v1/settings` with just these sections). */
  private async save(section: SectionId, change: Partial<StoreSettings> & Record<string, unknown>): Promise<boolean> {
    this.busy = true;
    this.refusal = undefined;
    this.saved = undefined;
    const answer = await this.call('PUT', '/settings', change, section);
    this.busy = false;
    if (!answer.ok) return false;
    this.adopt(answer.body as StoreSettings);
    this.saved = section;
    const config = await this.call('GET', '/widget/config');
    if (config.ok) this.adoptConfig(config.body as { openNow: boolean; nextOpeningAt?: string });
    return true;
  }

  private go(section: SectionId): void {
    this.section = section;
    if (section === 'audit') this.loadAudit();
    this.refusal = undefined;
    this.saved = undefined;
    this.shownSecret = undefined;
    this.shownKey = undefined;
    if (this.settings) this.draft = structuredClone(this.settings);
    this.dispatchEvent(new CustomEvent('parley-settings-section', { detail: section, bubbles: true, composed: true }));
  }

  /** Updates the draft (and re-renders, so the preview follows). */
  private edit(fn: (d: StoreSettings) => void): void {
    if (!this.draft) return;
    fn(this.draft);
    this.draft = { ...this.draft };
  }

  private invalid(field: string): boolean {
    return !!this.refusal && FIELD_OF[this.refusal.code] === field;
  }

  protected override render() {
    const s = this.s;
    return html`<div class="settings">
      <nav aria-label=${s.title}>
        <h1>${s.title}</h1>
        <ul>
          ${SECTIONS.map(
            (id) => html`<li><a href="#/settings/${id}" aria-current=${this.section === id ? 'page' : 'false'} @click=${(e: Event) => {
              e.preventDefault();
              this.go(id);
            }}>${s.sections[id]}</a></li>`,
          )}
        </ul>
      </nav>
      <section class="pane" aria-labelledby="pane-title">
        <h2 id="pane-title">${s.sections[this.section]}</h2>
        ${!this.draft ? html`<p role="status">${s.loading}</p>` : this.renderSection(this.section, this.draft, s)}
      </section>
    </div>`;
  }

  private renderSection(section: SectionId, d: StoreSettings, s: SettingsStrings): TemplateResult {
    switch (section) {
      case 'chat':
        return this.form('chat', (x) => ({ chatEnabled: x.chatEnabled, onsiteWidgetEnabled: x.onsiteWidgetEnabled }), html`
          ${this.toggle('chatEnabled', s.chatEnabled, s.chatEnabledHint, d.chatEnabled, (on) => this.edit((x) => {
            x.chatEnabled = on;
            if (on && !this.settings!.chatEnabled) x.onsiteWidgetEnabled = true;
          }))}
          ${this.toggle('widgetEnabled', s.widgetEnabled, s.widgetEnabledHint, d.onsiteWidgetEnabled, (on) => this.edit((x) => (x.onsiteWidgetEnabled = on)), !d.chatEnabled)}`);
      case 'design':
        return this.renderDesign(d, s);
      case 'behaviour':
        return this.form(
          'behaviour',
          (x) => ({ welcomeMessage: x.welcomeMessage, links: x.links, waitingThresholdSeconds: x.waitingThresholdSeconds }),
          html`${this.textarea('welcomeMessage', s.welcomeMessage, d.welcomeMessage, (v) => this.edit((x) => (x.welcomeMessage = v)))}
            ${this.input('privacyUrl', s.privacyUrl, d.links.privacyPolicyUrl ?? '', (v) => this.edit((x) => (x.links = { ...x.links, privacyPolicyUrl: v || null })), 'url')}
            ${this.input('termsUrl', s.termsUrl, d.links.termsUrl ?? '', (v) => this.edit((x) => (x.links = { ...x.links, termsUrl: v || null })), 'url')}
            ${this.input('waitingThreshold', s.waitingThreshold, String(Math.round(d.waitingThresholdSeconds / 60)), (v) => this.edit((x) => (x.waitingThresholdSeconds = Math.round(Number(v) * 60))), 'number', s.waitingThresholdHint)}`,
        );
      case 'faqs':
        return this.renderFaqs(d, s);
      case 'hours':
        return this.renderHours(d, s);
      case 'macros':
        return this.renderMacros(s);
      case 'team':
        return this.renderTeam(s);
      case 'security':
        return this.renderSecurity(d, s);
      case 'notifications':
        return this.renderNotifications(d, s);
      case 'audit':
        return this.renderAudit(s);
    }
  }

  /** A form that saves `change` to the settings, with the section's refusal or confirmation under it. */
  private form(section: SectionId, change: (d: StoreSettings) => Record<string, unknown>, fields: unknown, aside?: unknown) {
    return html`<div class="with-aside">
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          // Read at the time of saving, from the draft as it is then.
          if (this.draft) this.save(section, change(this.draft));
        }}
      >
        ${fields}
        ${this.outcome(section)}
        <div class="buttons"><button class="primary" ?disabled=${this.busy}>${this.busy ? this.s.saving : this.s.save}</button></div>
      </form>
      ${aside ?? nothing}
    </div>`;
  }

  private outcome(section: string) {
    if (this.refusal?.section === section) return html`<p class="refusal" role="alert" id="refusal-${section}">${this.refusal.detail}</p>`;
    if (this.saved === section) return html`<p class="saved" role="status">${this.s.saved}</p>`;
    return html`<p class="vh" role="status"></p>`;
  }

  private toggle(id: string, label: string, hint: string, on: boolean, change: (on: boolean) => void, disabled = false) {
    return html`<div class="toggle">
      <input id=${id} type="checkbox" role="switch" .checked=${on} ?disabled=${disabled} aria-describedby="${id}-hint" @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>
      <p id="${id}-hint" class="hint">${hint}</p>
    </div>`;
  }

  private input(id: string, label: string, value: string, change: (v: string) => void, type: 'text' | 'number' | 'url' | 'email' = 'text', hint?: string, disabled = false) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        .value=${value}
        ?disabled=${disabled}
        aria-invalid=${this.invalid(id) ? 'true' : 'false'}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @input=${(e: Event) => change((e.target as HTMLInputElement).value)}
      />
      ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
    </div>`;
  }

  private textarea(id: string, label: string, value: string, change: (v: string) => void) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <textarea id=${id} rows="3" .value=${value} aria-invalid=${this.invalid(id) ? 'true' : 'false'} @input=${(e: Event) => change((e.target as HTMLTextAreaElement).value)}></textarea>
    </div>`;
  }

  // ---- design ---------------------------------------------------------------------------------------------------

  private renderDesign(d: StoreSettings, s: SettingsStrings) {
    const a = d.appearance;
    const locked = d.appearanceLocked;
    const set = (change: Partial<Design>) => this.edit((x) => (x.appearance = { ...x.appearance, ...change }));
    return this.form(
      'design',
      (x) => ({ appearance: x.appearance }),
      html`${locked ? html`<p class="warning" role="note">${s.hubActive}</p>` : nothing}
        <div class="field">
          <label for="colour">${s.colour}</label>
          <span class="colour">
            <input id="colour" type="color" .value=${a.colour.toLowerCase()} ?disabled=${locked} @input=${(e: Event) => set({ colour: (e.target as HTMLInputElement).value.toUpperCase() })} />
            <code>${a.colour}</code>
          </span>
        </div>
        <fieldset ?disabled=${locked}>
          <legend>${s.icon}</legend>
          ${ICONS.map(
            (icon) => html`<label class="choice"><input type="radio" name="icon" .checked=${a.icon === icon} @change=${() => set({ icon })} /> ${s.icons[icon]}</label>`,
          )}
        </fieldset>
        <fieldset ?disabled=${locked}>
          <legend>${s.position}</legend>
          <label class="choice"><input type="radio" name="position" .checked=${a.position === 'left'} @change=${() => set({ position: 'left' })} /> ${s.left}</label>
          <label class="choice"><input type="radio" name="position" .checked=${a.position === 'right'} @change=${() => set({ position: 'right' })} /> ${s.right}</label>
        </fieldset>
        ${this.input('launcherLabel', s.launcherLabel, a.launcherLabel ?? '', (v) => set({ launcherLabel: v }), 'text', s.launcherLabelHint, locked)}`,
      html`<figure class="preview">
        <figcaption>${s.preview}</figcaption>
        <div class="stage">
          <parley-chat server="${this.base}/#settings-preview" lang=${this.locale} .socketFactory=${noSocket} .design=${{ ...a, launcherLabel: a.launcherLabel ?? '' }}></parley-chat>
        </div>
      </figure>`,
    );
  }

  // ---- FAQs -----------------------------------------------------------------------------------------------------

  private renderFaqs(d: StoreSettings, s: SettingsStrings) {
    const move = (from: number, to: number) =>
      this.edit((x) => {
        if (to < 0 || to >= x.faqs.length) return;
        const [f] = x.faqs.splice(from, 1);
        x.faqs.splice(to, 0, f);
      });
    const set = (i: number, change: Partial<Faq>) => this.edit((x) => (x.faqs[i] = { ...x.faqs[i], ...change }));
    return this.form(
      'faqs',
      (x) => ({ faqs: x.faqs }),
      html`<p class="hint">${s.dragHint}</p>
        ${d.faqs.length ? nothing : html`<p>${s.noFaqs}</p>`}
        <ol class="faqs">
          ${d.faqs.map(
            (f, i) => html`<li
              draggable="true"
              class=${this.dragged === i ? 'dragging' : ''}
              @dragstart=${() => (this.dragged = i)}
              @dragover=${(e: DragEvent) => e.preventDefault()}
              @drop=${(e: DragEvent) => {
                e.preventDefault();
                if (this.dragged !== undefined) move(this.dragged, i);
                this.dragged = undefined;
              }}
              @dragend=${() => (this.dragged = undefined)}
            >
              <div class="field">
                <label for="q-${i}">${s.question} ${i + 1}</label>
                <input id="q-${i}" .value=${f.question} @input=${(e: Event) => set(i, { question: (e.target as HTMLInputElement).value })} />
              </div>
              <div class="field">
                <label for="a-${i}">${s.answer} ${i + 1}</label>
                <textarea id="a-${i}" rows="2" .value=${f.answer} @input=${(e: Event) => set(i, { answer: (e.target as HTMLTextAreaElement).value })}></textarea>
              </div>
              <div class="row">
                <label class="choice"><input type="checkbox" .checked=${f.published} @change=${(e: Event) => set(i, { published: (e.target as HTMLInputElement).checked })} /> ${s.published}</label>
                <span class="spacer"></span>
                <button type="button" class="ghost" aria-label="${s.moveUp}: ${f.question}" ?disabled=${i === 0} @click=${() => move(i, i - 1)}>↑</button>
                <button type="button" class="ghost" aria-label="${s.moveDown}: ${f.question}" ?disabled=${i === d.faqs.length - 1} @click=${() => move(i, i + 1)}>↓</button>
                <button type="button" class="ghost" @click=${() => this.edit((x) => x.faqs.splice(i, 1))}>${s.remove}</button>
              </div>
            </li>`,
          )}
        </ol>
        <button type="button" class="ghost" @click=${() => this.edit((x) => x.faqs.push({ question: '', answer: '', published: true }))}>${s.addFaq}</button>`,
      html`<figure class="preview">
        <figcaption>${s.visitorsSee}</figcaption>
        <ul class="faq-preview">
          ${d.faqs.filter((f) => f.published && f.question.trim()).map((f) => html`<li>${f.question}</li>`)}
        </ul>
      </figure>`,
    );
  }

  // ---- business hours -------------------------------------------------------------------------------------------

  private renderHours(d: StoreSettings, s: SettingsStrings) {
    const h = d.businessHours;
    const setHours = (fn: (h: Hours) => void) =>
      this.edit((x) => {
        x.businessHours = structuredClone(x.businessHours);
        fn(x.businessHours);
      });
    return this.form(
      'hours',
      (x) => ({ businessHours: x.businessHours, awayMessage: x.awayMessage }),
      html`${this.openNow ? html`<p class="status-line" role="status">${this.openNow.open ? s.openNow : s.closedNow(this.openNow.next)}</p>` : nothing}
        <div class="field">
          <label for="timeZone">${s.timeZone}</label>
          <input id="timeZone" list="zones" .value=${h.timeZone} aria-invalid=${this.invalid('timeZone') ? 'true' : 'false'} @input=${(e: Event) => setHours((x) => (x.timeZone = (e.target as HTMLInputElement).value))} />
          <datalist id="zones">${ZONES.map((z) => html`<option value=${z}></option>`)}</datalist>
        </div>
        ${this.toggle('alwaysOpen', s.alwaysOpen, '', h.alwaysOpen, (on) => setHours((x) => (x.alwaysOpen = on)))}
        <table class="week" ?hidden=${h.alwaysOpen}>
          <tbody>
            ${DAYS.map((day) => {
              const ranges = h.weeklySchedule[day] ?? [];
              return html`<tr>
                <th scope="row">${s.days[day]}</th>
                <td>
                  ${ranges.length ? nothing : html`<span class="hint">${s.closedDay}</span>`}
                  ${ranges.map(
                    (r, i) => html`<span class="range">
                      <input type="time" aria-label="${s.days[day]} ${s.from}" .value=${r.start} @input=${(e: Event) => setHours((x) => (x.weeklySchedule[day][i].start = (e.target as HTMLInputElement).value))} />
                      –
                      <input type="time" aria-label="${s.days[day]} ${s.to}" .value=${r.end === '24:00' ? '23:59' : r.end} @input=${(e: Event) => setHours((x) => (x.weeklySchedule[day][i].end = (e.target as HTMLInputElement).value))} />
                      <button type="button" class="ghost" aria-label="${s.remove}: ${s.days[day]} ${r.start}–${r.end}" @click=${() => setHours((x) => x.weeklySchedule[day].splice(i, 1))}>×</button>
                    </span>`,
                  )}
                  <button type="button" class="ghost small" aria-label="${s.addRange}: ${s.days[day]}" @click=${() => setHours((x) => (x.weeklySchedule[day] = [...(x.weeklySchedule[day] ?? []), { start: '09:00', end: '17:00' }]))}>+</button>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
        <fieldset>
          <legend>${s.closures}</legend>
          ${h.closures.map(
            (c, i) => html`<span class="range">
              <input type="date" aria-label="${s.closures} ${i + 1}" .value=${c} @input=${(e: Event) => setHours((x) => (x.closures[i] = (e.target as HTMLInputElement).value))} />
              <button type="button" class="ghost" aria-label="${s.remove}: ${c}" @click=${() => setHours((x) => x.closures.splice(i, 1))}>×</button>
            </span>`,
          )}
          <button type="button" class="ghost small" @click=${() => setHours((x) => x.closures.push(new Date().toISOString().slice(0, 10)))}>${s.addClosure}</button>
        </fieldset>
        ${this.textarea('awayMessage', s.awayMessage, d.awayMessage, (v) => this.edit((x) => (x.awayMessage = v)))}`,
    );
  }

  // ---- saved replies --------------------------------------------------------------------------------------------

  private renderMacros(s: SettingsStrings) {
    const m = this.editing;
    const preview = m && this.renderMacroText(m.body);
    return html`<div class="with-aside">
      <div>
        ${this.macros.length ? nothing : html`<p>${s.noMacros}</p>`}
        <ul class="list">
          ${this.macros.map(
            (x) => html`<li>
              <strong>${x.title}</strong><span class="hint">${x.body}</span>
              <span class="spacer"></span>
              <button class="ghost" @click=${() => (this.editing = { ...x })}>${s.edit}</button>
              <button class="ghost" @click=${() => this.deleteMacro(x)}>${s.remove}</button>
            </li>`,
          )}
        </ul>
        ${m
          ? html`<form
              class="card"
              novalidate
              @submit=${(e: Event) => {
                e.preventDefault();
                this.saveMacro(this.editing!);
              }}
            >
              <div class="field">
                <label for="macroTitle">${s.macroTitle}</label>
                <input id="macroTitle" .value=${m.title} aria-invalid=${this.invalid('macroTitle') ? 'true' : 'false'} @input=${(e: Event) => (this.editing = { ...this.editing!, title: (e.target as HTMLInputElement).value })} />
              </div>
              <div class="field">
                <label for="macroBody">${s.macroBody}</label>
                <textarea id="macroBody" rows="4" .value=${m.body} aria-invalid=${this.invalid('macroBody') ? 'true' : 'false'} @input=${(e: Event) => (this.editing = { ...this.editing!, body: (e.target as HTMLTextAreaElement).value })}></textarea>
              </div>
              <p class="hint">${s.variables}:
                ${this.variables.map(
                  (v) => html`<button type="button" class="chip" title=${v.description} aria-label=${s.insertVariable(v.placeholder)} @click=${() => (this.editing = { ...this.editing!, body: `${this.editing!.body}${v.placeholder}` })}>${v.placeholder}</button> `,
                )}
              </p>
              ${this.outcome('macros')}
              <div class="buttons">
                <button class="primary" ?disabled=${this.busy}>${this.busy ? s.saving : s.save}</button>
                <button type="button" class="ghost" @click=${() => (this.editing = undefined)}>${s.cancel}</button>
              </div>
            </form>`
          : html`${this.outcome('macros')}<button class="ghost" @click=${() => (this.editing = { title: '', body: '' })}>${s.newMacro}</button>`}
      </div>
      ${m
        ? html`<figure class="preview">
            <figcaption>${s.macroPreview}</figcaption>
            <p class="bubble">${preview}</p>
          </figure>`
        : nothing}
    </div>`;
  }

  /** The macro's text with sample values: the visitor is a sample customer, the agent is the admin. */
  private renderMacroText(body: string): string {
    const me = this.team.find((t) => t.id === this.me)?.name ?? '';
    const values: Record<string, string> = {
      'visitor.firstName': this.s.sampleVisitor.split(' ')[0],
      'visitor.name': this.s.sampleVisitor,
      'agent.name': me,
      'agent.firstName': me.split(' ')[0],
    };
    return body.replace(/\{\{[ \t]*([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)[ \t]*\}\}/g, (all, name: string) => values[name] ?? all);
  }

  private async saveMacro(m: Macro): Promise<void> {
    this.busy = true;
    this.refusal = undefined;
    const answer = m.id
      ? await this.call('PUT', `/macros/${m.id}`, { title: m.title, body: m.body }, 'macros')
      : await this.call('POST', '/macros', { title: m.title, body: m.body }, 'macros');
    this.busy = false;
    if (!answer.ok) return;
    this.editing = undefined;
    this.saved = 'macros';
    const list = await this.call('GET', '/macros');
    if (list.ok) this.macros = list.body as Macro[];
  }

  private async deleteMacro(m: Macro): Promise<void> {
    if (!(await this.call('DELETE', `/macros/${m.id}`, undefined, 'macros')).ok) return;
    this.macros = this.macros.filter((x) => x.id !== m.id);
  }

  // ---- team -----------------------------------------------------------------------------------------------------

  private renderTeam(s: SettingsStrings) {
    return html`<ul class="list">
        ${this.team.map(
          (m) => html`<li>
            <strong>${m.name}${m.id === this.me ? html` <span class="hint">(${s.you})</span>` : nothing}</strong>
            <span class="hint">${m.email}</span>
            <span class="spacer"></span>
            ${m.deactivated
              ? html`<span class="hint">${s.deactivated}</span>`
              : html`<label class="vh" for="role-${m.id}">${s.role}: ${m.name}</label>
                  <select id="role-${m.id}" .value=${m.role} @change=${(e: Event) => this.changeRole(m, (e.target as HTMLSelectElement).value)}>
                    <option value="agent" ?selected=${m.role === 'agent'}>${s.roles.agent}</option>
                    <option value="admin" ?selected=${m.role === 'admin'}>${s.roles.admin}</option>
                  </select>
                  <button class="ghost" ?disabled=${m.id === this.me} @click=${() => this.removeMember(m)}>${s.deactivate}</button>`}
          </li>`,
        )}
      </ul>
      <form class="card" novalidate @submit=${this.addMember}>
        <h3>${s.addMember}</h3>
        <div class="grid">
          <div class="field"><label for="memberName">${s.name}</label><input id="memberName" name="name" required /></div>
          <div class="field"><label for="memberEmail">${s.email}</label><input id="memberEmail" name="email" type="email" required aria-invalid=${this.invalid('memberEmail') ? 'true' : 'false'} /></div>
          <div class="field"><label for="memberPassword">${s.password}</label><input id="memberPassword" name="password" type="password" minlength="8" required autocomplete="new-password" aria-invalid=${this.invalid('memberPassword') ? 'true' : 'false'} /></div>
          <div class="field">
            <label for="memberRole">${s.role}</label>
            <select id="memberRole" name="role"><option value="agent">${s.roles.agent}</option><option value="admin">${s.roles.admin}</option></select>
          </div>
        </div>
        ${this.outcome('team')}
        <div class="buttons"><button class="primary" ?disabled=${this.busy}>${s.add}</button></div>
      </form>`;
  }

  private async addMember(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = Object.fromEntries(new FormData(form));
    this.busy = true;
    this.refusal = undefined;
    const answer = await this.call('POST', '/agents', data, 'team');
    this.busy = false;
    if (!answer.ok) return;
    form.reset();
    this.saved = 'team';
    this.team = [...this.team, answer.body as Member];
  }

  private async changeRole(m: Member, role: string): Promise<void> {
    this.refusal = undefined;
    const answer = await this.call('PATCH', `/agents/${m.id}`, { role }, 'team');
    this.team = this.team.map((x) => (x.id === m.id ? (answer.ok ? (answer.body as Member) : { ...x }) : x));
  }

  private async removeMember(m: Member): Promise<void> {
    if (!confirm(this.s.confirmDeactivate(m.name))) return;
    this.refusal = undefined;
    if ((await this.call('DELETE', `/agents/${m.id}`, undefined, 'team')).ok) {
      this.team = this.team.map((x) => (x.id === m.id ? { ...x, deactivated: true } : x));
    }
  }

  // ---- security -------------------------------------------------------------------------------------------------

  private renderSecurity(d: StoreSettings, s: SettingsStrings) {
    const iv = d.identityVerification;
    return html`${this.form(
        'security',
        (x) => ({ allowedOrigins: x.allowedOrigins, identityVerification: { enforced: x.identityVerification.enforced } }),
        html`<div class="field">
            <label for="origins">${s.origins}</label>
            <textarea id="origins" rows="3" aria-describedby="origins-hint" aria-invalid=${this.invalid('origins') ? 'true' : 'false'} .value=${d.allowedOrigins.join('\n')}
              @input=${(e: Event) => this.edit((x) => (x.allowedOrigins = (e.target as HTMLTextAreaElement).value.split(/\s+/).filter(Boolean)))}></textarea>
            <p id="origins-hint" class="hint">${s.originsHint}</p>
          </div>
          <h3>${s.identity}</h3>
          <p class="hint">${s.identityHint} ${this.settings?.identityVerification.secretSet ? s.secretSet : s.noSecret}</p>
          ${this.toggle('enforced', s.enforced, '', iv.enforced, (on) => this.edit((x) => (x.identityVerification = { ...x.identityVerification, enforced: on })))}`,
      )}
      <div class="card">
        ${iv.previousSecretUntil ? html`<p class="hint">${s.previousUntil(new Date(iv.previousSecretUntil).toLocaleString(this.locale))}</p>` : nothing}
        <div class="row">
          <label for="graceHours">${s.graceHours}</label>
          <input id="graceHours" type="number" min="0" max="168" value="24" aria-invalid=${this.invalid('graceHours') ? 'true' : 'false'} />
          <button class="ghost" @click=${this.newSecret}>${s.newSecret}</button>
        </div>
        ${this.shownSecret ? html`<p class="secret" role="status">${s.secretShownOnce} <code>${this.shownSecret}</code></p>` : nothing}
      </div>
      <div class="card">
        <h3>${s.apiKeys}</h3>
        <p class="hint">${s.apiKeysHint}</p>
        ${this.keys.length ? nothing : html`<p>${s.noKeys}</p>`}
        <ul class="list">
          ${this.keys.map(
            (k) => html`<li>
              <strong>${k.name}</strong> <code>${k.prefix}…</code>
              <span class="hint">${k.revokedAt ? s.revoked : k.lastUsedAt ? `${s.lastUsed} ${new Date(k.lastUsedAt).toLocaleString(this.locale)}` : s.never}</span>
              <span class="spacer"></span>
              ${k.revokedAt ? nothing : html`<button class="ghost" @click=${() => this.revoke(k)}>${s.revoke}</button>`}
            </li>`,
          )}
        </ul>
        <form class="row" novalidate @submit=${this.createKey}>
          <label class="vh" for="keyName">${s.keyName}</label>
          <input id="keyName" name="name" placeholder=${s.keyName} aria-invalid=${this.invalid('keyName') ? 'true' : 'false'} />
          <button class="primary">${s.createKey}</button>
        </form>
        ${this.outcome('keys')}
        ${this.shownKey ? html`<p class="secret" role="status">${s.keyShownOnce} <code>${this.shownKey}</code></p>` : nothing}
      </div>`;
  }

  /**
   * Has Parley make a new identity secret, shown this once; the one it replaces keeps verifying for the grace period,
   * so the store's servers can move to the new one without signing anybody out.
   */
  private async newSecret(): Promise<void> {
    const graceHours = Number(this.renderRoot.querySelector<HTMLInputElement>('#graceHours')?.value ?? 24);
    const enforced = this.settings?.identityVerification.enforced ?? false;
    if (await this.save('security', { identityVerification: { enforced, rotate: true, graceHours } as never })) {
      this.shownSecret = this.settings?.identityVerification.newSecret;
    }
  }

  // ---- audit log ------------------------------------------------------------------------------------------------

  /** Loads the newest changes, or with `before` the next older page. */
  private async loadAudit(before?: string): Promise<void> {
    const page = await this.call('GET', `/audit?limit=50${before ? `&before=${encodeURIComponent(before)}` : ''}`, undefined, 'audit');
    if (!page.ok) return;
    const body = page.body as { entries?: AuditEntry[]; nextCursor?: string };
    this.audit = before ? [...this.audit, ...(body.entries ?? [])] : body.entries ?? [];
    this.auditCursor = body.nextCursor;
  }

  private renderAudit(s: SettingsStrings) {
    const when = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<p class="hint">${s.auditHint}</p>
      ${this.outcome('audit')}
      ${this.audit.length
        ? html`<ol class="list audit">
            ${this.audit.map(
              (e) => html`<li>
                <time datetime=${e.at}>${when.format(new Date(e.at))}</time>
                <strong>${e.actor.name}</strong>
                <span>${s.actions[e.action] ?? e.action}</span>
                <code class="summary">${summarize(e.summary)}</code>
              </li>`,
            )}
          </ol>`
        : html`<p>${s.noAudit}</p>`}
      ${this.auditCursor ? html`<button class="ghost" @click=${() => this.loadAudit(this.auditCursor)}>${s.olderChanges}</button>` : nothing}`;
  }

  // ---- email notifications --------------------------------------------------------------------------------------

  private renderNotifications(d: StoreSettings, s: SettingsStrings) {
    const n = d.emailNotifications ?? { enabled: false, recipients: [], delaySeconds: 0 };
    const set = (change: Partial<typeof n>) => this.edit((x) => (x.emailNotifications = { ...n, ...x.emailNotifications, ...change }));
    return this.form(
      'notifications',
      (x) => ({ emailNotifications: x.emailNotifications ?? n }),
      html`${this.toggle('emailEnabled', s.emailEnabled, s.emailEnabledHint, n.enabled, (on) => set({ enabled: on }))}
        <div class="field">
          <label for="recipients">${s.recipients}</label>
          <textarea id="recipients" rows="3" aria-describedby="recipients-hint" aria-invalid=${this.invalid('recipients') ? 'true' : 'false'} .value=${n.recipients.join('\n')}
            @input=${(e: Event) => set({ recipients: (e.target as HTMLTextAreaElement).value.split(/[\s,;]+/).filter(Boolean) })}></textarea>
          <p id="recipients-hint" class="hint">${s.recipientsHint}</p>
        </div>
        ${this.input('delay', s.delay, String(Math.round(n.delaySeconds / 60)), (v) => set({ delaySeconds: Math.round(Number(v) * 60) }), 'number', s.delayHint)}`,
    );
  }

  private async createKey(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    this.refusal = undefined;
    const answer = await this.call('POST', '/api-keys', { name: new FormData(form).get('name') }, 'keys');
    if (!answer.ok) return;
    const key = answer.body as ApiKey & { secret: string };
    form.reset();
    this.keys = [key, ...this.keys];
    this.shownKey = key.secret;
  }

  private async revoke(k: ApiKey): Promise<void> {
    const answer = await this.call('DELETE', `/api-keys/${k.id}`, undefined, 'keys');
    if (answer.ok) this.keys = this.keys.map((x) => (x.id === k.id ? (answer.body as ApiKey) : x));
  }
}

/** A change's summary in one line of plain text: `field: before → after` (only what changed), lists joined. */
function summarize(summary: Record<string, unknown>): string {
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const text = (v: unknown): string =>
    typeof v === 'string'
      ? v || '""'
      : Array.isArray(v)
        ? v.map(text).join(', ') || '–'
        : isObject(v)
          ? Object.entries(v)
              .filter(([, x]) => !(Array.isArray(x) && !x.length) && x !== false)
              .map(([k, x]) => `${k} ${text(x)}`)
              .join(', ')
          : String(v);
  return Object.entries(summary)
    .map(([k, v]) => {
      if (!isObject(v) || !('before' in v && 'after' in v)) return `${k}: ${text(v)}`;
      const { before, after } = v;
      if (isObject(before) && isObject(after)) {
        const changed = Object.keys({ ...before, ...after }).filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
        return `${k}: ${changed.map((f) => `${f} ${text(before[f])} → ${text(after[f])}`).join(', ')}`;
      }
      return `${k}: ${text(before)} → ${text(after)}`;
    })
    .join(' · ');
}
