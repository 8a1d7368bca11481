import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ApiError, type ApiClient } from '../api.js';
import type { SettingsStrings } from './settings.i18n.js';

/** What the controllers need of the screen they serve: the inbox's API client and the screen's words. */
export interface ScreenHost extends ReactiveControllerHost {
  readonly api: ApiClient;
  readonly s: SettingsStrings;
}

/**
 * The field a refusal is about when the problem does not name one (`field`): saved replies, the team and API keys
 * answer with a code only. Paths are those of the request's body.
 */
const FIELD_OF: Record<string, string> = {
  invalid_webhook_url: 'url',
  webhook_address_refused: 'url',
  unknown_event_type: 'types',
  event_types_missing: 'types',
  description_too_long: 'description',
  invalid_colour: 'appearance.colour',
  launcher_label_too_long: 'appearance.launcherLabel',
  invalid_welcome_message: 'welcomeMessage',
  invalid_away_message: 'awayMessage',
  invalid_waiting_threshold: 'waitingThresholdSeconds',
  invalid_time_zone: 'businessHours.timeZone',
  invalid_origin: 'allowedOrigins',
  too_many_origins: 'allowedOrigins',
  invalid_grace_period: 'identityVerification.graceHours',
  invalid_recipient: 'emailNotifications.recipients',
  duplicate_recipient: 'emailNotifications.recipients',
  too_many_recipients: 'emailNotifications.recipients',
  email_notifications_need_recipients: 'emailNotifications.recipients',
  invalid_notification_delay: 'emailNotifications.delaySeconds',
  invalid_macro_title: 'title',
  invalid_macro_body: 'body',
  macro_body_too_long: 'body',
  macro_variable_unknown: 'body',
  invalid_email: 'email',
  invalid_password: 'password',
  invalid_api_key_name: 'name',
  invalid_assistant_mode: 'mode',
  language_model_not_configured: 'mode',
  invalid_handoff_target: 'handoffTarget',
  helpdesk_not_connected: 'handoffTarget',
  handoff_message_required: 'handoffMessage',
  invalid_handoff_message: 'handoffMessage',
  invalid_greeting: 'greeting',
  invalid_turn_limit: 'turnLimit',
  invalid_min_coverage: 'minCoverage',
  invalid_min_lead: 'minLead',
};

/**
 * Calls of the API from one part of a screen, with what came of the last one: while it runs (`busy`), a refusal
 * (shown in an alert beside the form, its field marked `aria-invalid`) or a confirmation ("Saved"). A refused call
 * changes nothing on the screen but those two.
 */
export class RequestController implements ReactiveController {
  busy = false;
  refusal?: ApiError;
  saved = false;
  /** The screen's own words for refusals, by code, in the admin's language; else the server's words are shown. */
  wording: () => Record<string, string> = () => ({});

  constructor(
    protected readonly host: ScreenHost,
    /** What the calls are about (`keys`, or a settings section), which names the refusal's element: `refusal-keys`. */
    readonly name: string,
  ) {
    host.addController(this);
  }

  /** Nothing to do when the screen is shown; a section's form loads the section then. */
  hostConnected(): void {}

  /**
   * Runs `call` with the API client; answers its value, or undefined when it was refused or failed (the refusal is
   * kept to be shown). With `busy`, the form's button is disabled meanwhile.
   */
  async run<T>(call: (api: ApiClient) => Promise<T>, { busy = false } = {}): Promise<{ value: T } | undefined> {
    this.refusal = undefined;
    this.saved = false;
    this.busy ||= busy;
    this.host.requestUpdate();
    try {
      return { value: await call(this.host.api) };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.refusal = e;
      return undefined;
    } finally {
      if (busy) this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Shows "Saved". */
  confirm(): void {
    this.saved = true;
    this.host.requestUpdate();
  }

  /**
   * Whether the last refusal is about the field at `path` of the request's body (`businessHours.timeZone`), or
   * something inside it (`faqs.2.question` is about `faqs.2`), as `aria-invalid` wants it.
   */
  invalid(path: string): 'true' | 'false' {
    const field = this.refusal && (this.refusal.field ?? FIELD_OF[this.refusal.code]);
    const named = field?.replace(/\[(\d+)\]/g, '.$1');
    return named !== undefined && (named === path || named.startsWith(`${path}.`)) ? 'true' : 'false';
  }

  /** `content` once what it shows has `loaded`; until then that it loads, or why it did not. */
  until(loaded: boolean, content: () => unknown): unknown {
    if (loaded) return content();
    if (this.refusal) return this.outcome();
    return html`<p role="status">${this.host.s.loading}</p>`;
  }

  /** The refusal's words (an alert), "Saved" (a status), or an empty status for the next of them. */
  outcome(): TemplateResult {
    if (this.refusal)
      return html`<p class="refusal" role="alert" id="refusal-${this.name}">${this.wording()[this.refusal.code] ?? (this.refusal.detail || this.host.s.failed)}</p>`;
    if (this.saved) return html`<p class="saved" role="status">${this.host.s.saved}</p>`;
    return html`<p class="vh" role="status"></p>`;
  }
}

/**
 * One settings section's form (`/api/v1/settings/{section}`): loads the section when the screen is first shown,
 * keeps the saved value and the admin's draft of it, and saves a body of the section's fields. What the server
 * answers becomes both the saved value and the new draft; a refusal leaves the draft as the admin wrote it.
 */
export class SectionFormController<T extends object> extends RequestController {
  /** The section as the server last answered it. */
  value?: T;
  /** The section as the admin is editing it. */
  draft?: T;

  constructor(
    host: ScreenHost,
    /** The section's path segment: `chat`, `availability`, `email-notifications`, … */
    readonly section: string,
    /** Called with each value the server answers (after a load or a save). */
    private readonly adopted: (value: T) => void = () => {},
  ) {
    super(host, section);
  }

  override hostConnected(): void {
    if (!this.value) void this.load();
  }

  async load(): Promise<void> {
    const answer = await this.run((api) => api.get<T>(`/settings/${this.section}`));
    if (answer) this.adopt(answer.value);
  }

  /** Whether the admin changed nothing since the section was loaded or saved. */
  get untouched(): boolean {
    return JSON.stringify(this.draft) === JSON.stringify(this.value);
  }

  /**
   * The store's settings changed (perhaps by another admin, or on another screen): loads the section again, unless
   * the admin is editing it, whose draft is never overwritten.
   */
  async follow(): Promise<void> {
    if (!this.value || !this.untouched || this.busy) return;
    let value: T;
    try {
      // Quietly: a refusal or "Saved" on the screen stays as it is.
      value = await this.host.api.get<T>(`/settings/${this.section}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      return;
    }
    if (this.untouched) this.adopt(value);
  }

  /** Changes the draft (and re-renders the screen, so that previews follow). */
  edit(change: (draft: T) => void): void {
    if (!this.draft) return;
    change(this.draft);
    this.draft = { ...this.draft };
    this.host.requestUpdate();
  }

  /** Saves `body` (fields of this section); answers whether the server took it. */
  async save(body: Partial<T> | Record<string, unknown>): Promise<boolean> {
    const answer = await this.run((api) => api.put<T>(`/settings/${this.section}`, body), { busy: true });
    if (!answer) return false;
    this.adopt(answer.value);
    this.confirm();
    return true;
  }

  /** The screen's content once the section is loaded; until then that it loads, or why it did not. */
  view(content: (draft: T) => unknown): unknown {
    return this.until(!!this.draft, () => content(this.draft!));
  }

  private adopt(value: T): void {
    this.value = value;
    this.draft = structuredClone(value);
    this.adopted(value);
    this.host.requestUpdate();
  }
}
