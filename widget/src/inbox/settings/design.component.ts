import { html, nothing } from 'lit';
import { define } from '../../define.js';
import { AppearanceScreen, appearanceFields, appearancePreview } from './appearance-fields.js';
import { sectionForm } from './settings-screen.js';
import type { Design } from './types.js';

/**
 * @summary Design: the launcher's colour, icon, side and label, with a live preview in the real widget before
 * saving. While the customer hub decides the design, the fields are locked and a warning says why.
 */
export class ParleySettingsDesign extends AppearanceScreen {
  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const locked = d.appearanceLocked;
      const set = (change: Partial<Design>) => form.edit((x) => (x.appearance = { ...x.appearance, ...change }));
      return sectionForm(
        form,
        s,
        (x) => ({ appearance: x.appearance }),
        html`${locked ? html`<p class="warning" id="hub-active" role="note">${s.hubActive}</p>` : nothing}
          ${appearanceFields(form, s, { prefix: '', path: 'appearance', look: d.appearance, locked, set, store: this.storeLanguage.value })}`,
        // While the hub decides, the preview shows what visitors see: the hub's look.
        appearancePreview(
          s,
          this.base,
          this.locale,
          locked ? (d.effectiveAppearance ?? d.appearance) : d.appearance,
          locked ? s.hubLook : undefined,
        ),
        locked,
      );
    });
  }
}

define('parley-settings-design', ParleySettingsDesign);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-design': ParleySettingsDesign;
  }
}
