import { css, html, nothing, type PropertyValues } from 'lit';
import type { SocketFactory } from '../../controllers/chat-connection.controller.js';
import { SectionFormController, type RequestController } from './settings-form.controller.js';
import type { Lang } from '../../i18n.js';
import { SettingsScreen, sharedStyles } from './settings-screen.js';
import { StoreLanguageController, fieldsPerLanguage } from './texts-per-language.js';
import type { SettingsStrings } from './settings.i18n.js';
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

/** The styles of a launcher's look and its preview, shared by the design and the customer hub screens. */
export const appearanceStyles = css`
  #hub-off {
    margin: 4px 0 14px;
  }
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
`;

/**
 * A launcher's look: colour, icon, side and label, each field's id and the refusal's paths under `path`
 * (`appearance`, `customerHub.appearance`); locked fields are shown but cannot change.
 */
export function appearanceFields(
  calls: RequestController,
  s: SettingsStrings & DesignStrings,
  o: {
    prefix: string;
    path: string;
    look: Design;
    locked: boolean;
    set: (change: Partial<Design>) => void;
    /** The store's own language: the label's first field. */
    store: Lang;
  },
) {
  const { prefix: p, path, look: a, locked, set } = o;
  return html`<div class="field">
      <label for="${p}colour">${s.colour}</label>
      <span class="colour">
        <input id="${p}colour" type="color" .value=${a.colour.toLowerCase()} ?disabled=${locked} aria-invalid=${calls.invalid(`${path}.colour`)} @input=${(e: Event) => set({ colour: (e.target as HTMLInputElement).value.toUpperCase() })} />
        <code>${a.colour}</code>
      </span>
    </div>
    <fieldset ?disabled=${locked}>
      <legend>${s.icon}</legend>
      ${ICONS.map(
        (icon) =>
          html`<label class="choice"><input type="radio" name="${p}icon" .checked=${a.icon === icon} @change=${() => set({ icon })} /> ${s.icons[icon]}</label>`,
      )}
    </fieldset>
    <fieldset ?disabled=${locked}>
      <legend>${s.position}</legend>
      <label class="choice"><input type="radio" name="${p}position" .checked=${a.position === 'left'} @change=${() => set({ position: 'left' })} /> ${s.left}</label>
      <label class="choice"><input type="radio" name="${p}position" .checked=${a.position === 'right'} @change=${() => set({ position: 'right' })} /> ${s.right}</label>
    </fieldset>
    ${fieldsPerLanguage(calls, s, {
      id: `${p}launcherLabel`,
      path: `${path}.launcherLabel`,
      translationsPath: `${path}.launcherLabelTranslations`,
      label: s.launcherLabel,
      store: o.store,
      value: { text: a.launcherLabel ?? '', translations: a.launcherLabelTranslations ?? {} },
      change: (v) => set({ launcherLabel: v.text, launcherLabelTranslations: v.translations }),
      hint: s.launcherLabelHint,
      disabled: locked,
    })}`;
}

/** The real widget, wearing `look`, as a store page would show it. */
export function appearancePreview(s: DesignStrings, base: string, locale: string, look: Design, note?: string) {
  return html`<figure class="preview">
    <figcaption>${s.preview}${note ? html` <span class="hint">${note}</span>` : nothing}</figcaption>
    <div class="stage">
      <parley-chat server="${base}/#settings-preview" lang=${locale} .socketFactory=${noSocket} .design=${{ ...look, launcherLabel: look.launcherLabel ?? '' }}></parley-chat>
    </div>
  </figure>`;
}

/**
 * A screen of the `design` section (the chat's own look, the customer hub's): its form, the real widget for the
 * preview, and the section read again when the settings change elsewhere, since either screen locks or frees the
 * other.
 */
export abstract class AppearanceScreen extends SettingsScreen<DesignStrings> {
  static override styles = [...sharedStyles, appearanceStyles];

  protected readonly words = designI18n;

  protected readonly form = new SectionFormController<DesignSection>(this, 'design');

  /** The language the labels are written in first. */
  protected readonly storeLanguage = new StoreLanguageController(this);

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('news') && changed.get('news') !== undefined) void this.form.follow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The preview is the real widget, served by Parley.
    import(/* @vite-ignore */ `${this.base}/widget/parley-chat.js`).catch(() => undefined);
  }
}
