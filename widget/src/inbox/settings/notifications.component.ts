import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { ApiError } from '../api.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, input, sectionForm, textarea, toggle } from './settings-screen.js';
import { notificationsI18n, type NotificationsStrings } from './notifications.i18n.js';
import type { EmailNotifications, EmailNotificationsSection } from './types.js';

const OFF: EmailNotifications = { enabled: false, recipients: [], delaySeconds: 0 };

/** Whether this installation can send email at all (`GET /api/v1/settings/email-delivery`). */
interface EmailDelivery {
  canSend: boolean;
  problem?: string;
}

/**
 * @summary Email notifications: whether and whom Parley emails about new tickets, and after how long; says so when no
 * mail server is configured, and sends the admin a test email when one is.
 */
export class ParleySettingsNotifications extends SettingsScreen<NotificationsStrings> {
  protected readonly words = notificationsI18n;
  private readonly form = new SectionFormController<EmailNotificationsSection>(this, 'email-notifications');
  /** Undefined until known, or when it could not be asked. */
  @state() private delivery?: EmailDelivery;
  @state() private testing = false;
  @state() private tested?: { sent: boolean; text: string };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadDelivery();
  }

  private async loadDelivery(): Promise<void> {
    try {
      this.delivery = await this.api.get<EmailDelivery>('/settings/email-delivery');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // Without the answer the screen says nothing about the mail server; the settings themselves still work.
      this.delivery = undefined;
    }
  }

  private async sendTest(): Promise<void> {
    const s = this.s;
    this.testing = true;
    this.tested = undefined;
    try {
      const answer = await this.api.post<{ sentTo: string }>('/settings/email-delivery/test');
      this.tested = { sent: true, text: s.testSent(answer.sentTo) };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.code === 'smtp_not_configured') this.delivery = { canSend: false, problem: e.code };
      this.tested = {
        sent: false,
        text:
          e.code === 'smtp_not_configured'
            ? s.noMailServer
            : e.code === 'rate_limited'
              ? s.testLimited
              : e.code === 'email_not_sent'
                ? s.testRefused(e.detail)
                : s.testFailed,
      };
    } finally {
      this.testing = false;
    }
  }

  private deliveryTemplate(s: NotificationsStrings) {
    const delivery = this.delivery;
    if (!delivery) return nothing;
    if (!delivery.canSend) return html`<p class="warning" id="no-mail-server" role="note">${s.noMailServer}</p>`;
    const tested = this.tested;
    return html`<div class="field test-email">
      <button type="button" class="ghost" ?disabled=${this.testing} aria-describedby="test-email-hint" @click=${() => void this.sendTest()}>
        ${this.testing ? s.testSending : s.testSend}
      </button>
      <p id="test-email-hint" class="hint">${s.testHint}</p>
      ${tested ? html`<p class=${tested.sent ? 'saved' : 'refusal'} role=${tested.sent ? 'status' : 'alert'}>${tested.text}</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const n = d.emailNotifications ?? OFF;
      const set = (change: Partial<EmailNotifications>) =>
        form.edit((x) => (x.emailNotifications = { ...n, ...x.emailNotifications, ...change }));
      return sectionForm(
        form,
        s,
        (x) => ({ emailNotifications: x.emailNotifications ?? n }),
        html`${this.delivery?.canSend === false ? this.deliveryTemplate(s) : nothing}
          ${toggle('emailEnabled', s.emailEnabled, s.emailEnabledHint, n.enabled, (on) => set({ enabled: on }))}
          ${textarea(form, {
            id: 'recipients',
            path: 'emailNotifications.recipients',
            label: s.recipients,
            value: n.recipients.join('\n'),
            change: (v) => set({ recipients: v.split(/[\s,;]+/).filter(Boolean) }),
            hint: s.recipientsHint,
          })}
          ${input(form, {
            id: 'delay',
            path: 'emailNotifications.delaySeconds',
            label: s.delay,
            value: String(Math.round(n.delaySeconds / 60)),
            change: (v) => set({ delaySeconds: Math.round(Number(v) * 60) }),
            type: 'number',
            hint: s.delayHint,
          })}
          ${this.delivery?.canSend ? this.deliveryTemplate(s) : nothing}`,
      );
    });
  }
}

define('parley-settings-notifications', ParleySettingsNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-notifications': ParleySettingsNotifications;
  }
}
