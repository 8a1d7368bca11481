import { css, html, nothing } from 'lit';
import type { SocketFactory } from '../../controllers/chat-connection.controller.js';
import { define } from '../../define.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, input, sectionForm, sharedStyles } from './settings-screen.js';
import { designI18n, type DesignStrings } from './design.i18n.js';
import type { Design, DesignSection } from './types.js';

const ICONS = ['chat', 'help', 'message', 'smile'];

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
 * @summary Design: the launcher's colour, icon, side and label, with a live preview in the real widget before
 * saving. While the customer hub decides the design, the fields are locked and a warning says why.
 */
export class ParleySettingsDesign extends SettingsScreen<DesignStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .colour {
        display: flex;
        align-items: center;
        gap: 10px;
      }
      .colour input {
        width: 48px;
        height: 34px;
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: 8px;
      }
      .stage {
        position: relative;
        height: 560px;
        border: 1px dashed var(--_border);
        border-radius: 12px;
        background: repeating-linear-gradient(45deg, #fbfbfd, #fbfbfd 10px, #f3f4f8 10px, #f3f4f8 20px);
        overflow: hidden;
        transform: translateZ(0);
      }
      .stage parley-chat {
        position: absolute;
        --parley-chat-offset: 14px;
      }
      @media (max-width: 899.98px) {
        .stage {
          height: 420px;
        }
      }
    `,
  ];

  protected readonly words = designI18n;

  private readonly form = new SectionFormController<DesignSection>(this, 'design');

  override connectedCallback(): void {
    super.connectedCallback();
    // The preview is the real widget, served by Parley.
    import(/* @vite-ignore */ `${this.base}/widget/parley-chat.js`).catch(() => undefined);
  }

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const a = d.appearance;
      const locked = d.appearanceLocked;
      const set = (change: Partial<Design>) => form.edit((x) => (x.appearance = { ...x.appearance, ...change }));
      return sectionForm(
        form,
        s,
        (x) => ({ appearance: x.appearance }),
        html`${locked ? html`<p class="warning" role="note">${s.hubActive}</p>` : nothing}
          <div class="field">
            <label for="colour">${s.colour}</label>
            <span class="colour">
              <input id="colour" type="color" .value=${a.colour.toLowerCase()} ?disabled=${locked} aria-invalid=${form.invalid('appearance.colour')} @input=${(e: Event) => set({ colour: (e.target as HTMLInputElement).value.toUpperCase() })} />
              <code>${a.colour}</code>
            </span>
          </div>
          <fieldset ?disabled=${locked}>
            <legend>${s.icon}</legend>
            ${ICONS.map(
              (icon) =>
                html`<label class="choice"><input type="radio" name="icon" .checked=${a.icon === icon} @change=${() => set({ icon })} /> ${s.icons[icon]}</label>`,
            )}
          </fieldset>
          <fieldset ?disabled=${locked}>
            <legend>${s.position}</legend>
            <label class="choice"><input type="radio" name="position" .checked=${a.position === 'left'} @change=${() => set({ position: 'left' })} /> ${s.left}</label>
            <label class="choice"><input type="radio" name="position" .checked=${a.position === 'right'} @change=${() => set({ position: 'right' })} /> ${s.right}</label>
          </fieldset>
          ${input(form, {
            id: 'launcherLabel',
            path: 'appearance.launcherLabel',
            label: s.launcherLabel,
            value: a.launcherLabel ?? '',
            change: (v) => set({ launcherLabel: v }),
            hint: s.launcherLabelHint,
            disabled: locked,
          })}`,
        html`<figure class="preview">
          <figcaption>${s.preview}</figcaption>
          <div class="stage">
            <parley-chat server="${this.base}/#settings-preview" lang=${this.locale} .socketFactory=${noSocket} .design=${{ ...a, launcherLabel: a.launcherLabel ?? '' }}></parley-chat>
          </div>
        </figure>`,
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
