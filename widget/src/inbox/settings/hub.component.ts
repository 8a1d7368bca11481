import { html, nothing } from 'lit';
import { define } from '../../define.js';
import { AppearanceScreen, appearanceFields, appearancePreview } from './appearance-fields.js';
import { sectionForm, toggle } from './settings-screen.js';
import type { Design, DesignSection } from './types.js';

const HUB_DEFAULT: Design = { colour: '#1F6FEB', icon: 'chat', position: 'right', launcherLabel: '' };

interface Hub {
  active: boolean;
  appearance: Design;
}

/** The hub's settings in the section, with the default look until one is saved. */
const hubOf = (d: DesignSection): Hub => ({
  active: d.customerHub?.active ?? false,
  appearance: d.customerHub?.appearance ?? HUB_DEFAULT,
});

/**
 * @summary The customer hub: whether the store's customer hub decides the launcher's look, and that look (colour,
 * icon, side, label), with a preview. While it is on, the design screen is locked and previews this look.
 */
export class ParleySettingsHub extends AppearanceScreen {
  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const hub = hubOf(d);
      // Each change starts from the draft as it is then, not as it was when this was drawn.
      const setHub = (change: Partial<Hub>) => form.edit((x) => (x.customerHub = { ...hubOf(x), ...change }));
      const set = (change: Partial<Design>) =>
        form.edit((x) => {
          const now = hubOf(x);
          x.customerHub = { ...now, appearance: { ...now.appearance, ...change } };
        });
      return sectionForm(
        form,
        s,
        (x) => ({ customerHub: hubOf(x) }),
        html`${toggle('hubActive', s.hubActiveSwitch, s.hubActiveHint, hub.active, (on) => setHub({ active: on }))}
          ${hub.active ? nothing : html`<p class="hint" id="hub-off">${s.hubOff}</p>`}
          ${appearanceFields(form, s, {
            prefix: 'hub-',
            path: 'customerHub.appearance',
            look: hub.appearance,
            locked: false,
            set,
            store: this.storeLanguage.value,
          })}`,
        appearancePreview(s, this.base, this.locale, hub.appearance),
      );
    });
  }
}

define('parley-settings-hub', ParleySettingsHub);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-hub': ParleySettingsHub;
  }
}
