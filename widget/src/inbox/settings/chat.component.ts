import { html } from 'lit';
import { define } from '../../define.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, sectionForm, toggle } from './settings-screen.js';
import { chatI18n, type ChatStrings } from './chat.i18n.js';
import type { ChatSection } from './types.js';

/** @summary Online chat: whether the store chats at all, and whether the widget shows on its site. */
export class ParleySettingsChat extends SettingsScreen<ChatStrings> {
  protected readonly words = chatI18n;
  private readonly form = new SectionFormController<ChatSection>(this, 'chat');

  protected override render() {
    const s = this.s;
    return this.form.view((d) =>
      sectionForm(
        this.form,
        s,
        (x) => ({ chatEnabled: x.chatEnabled, onsiteWidgetEnabled: x.onsiteWidgetEnabled }),
        html`${toggle('chatEnabled', s.chatEnabled, s.chatEnabledHint, d.chatEnabled, (on) =>
          this.form.edit((x) => {
            x.chatEnabled = on;
            // Turning the chat on turns the widget on too, as the server does when the body leaves the widget out.
            if (on && !this.form.value!.chatEnabled) x.onsiteWidgetEnabled = true;
          }),
        )}
        ${toggle('widgetEnabled', s.widgetEnabled, s.widgetEnabledHint, d.onsiteWidgetEnabled, (on) => this.form.edit((x) => (x.onsiteWidgetEnabled = on)), !d.chatEnabled)}`,
      ),
    );
  }
}

define('parley-settings-chat', ParleySettingsChat);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-chat': ParleySettingsChat;
  }
}
