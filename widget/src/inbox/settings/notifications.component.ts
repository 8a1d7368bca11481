import { html } from 'lit';
import { define } from '../../define.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, input, sectionForm, textarea, toggle } from './settings-screen.js';
import { notificationsI18n, type NotificationsStrings } from './notifications.i18n.js';
import type { EmailNotifications, EmailNotificationsSection } from './types.js';

const OFF: EmailNotifications = { enabled: false, recipients: [], delaySeconds: 0 };

/** @summary Email notifications: whether and whom Parley emails about new tickets, and after how long. */
export class ParleySettingsNotifications extends SettingsScreen<NotificationsStrings> {
  protected readonly words = notificationsI18n;
  private readonly form = new SectionFormController<EmailNotificationsSection>(this, 'email-notifications');

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
        html`${toggle('emailEnabled', s.emailEnabled, s.emailEnabledHint, n.enabled, (on) => set({ enabled: on }))}
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
          })}`,
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
