import { panelI18n } from '../chat/panel.i18n.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ParleyMessageSendEvent } from '../../events/parley-message-send.js';
import type { Lang } from '../../i18n.js';
import { refusal, type Limits } from '../../protocol/limits.js';
import tokens from '../../styles/tokens.styles.js';
import type { ChatStrings } from '../chat/chat.i18n.js';
import type { ParleyComposer } from '../composer/composer.component.js';
import { ImageUpload, type UploadTarget } from './image-upload.js';
import { imageErrors, imageStrings } from './visitor-composer.i18n.js';
import styles from './visitor-composer.styles.js';

const paperclip = html`<svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"><path d="m20 11.5-8.1 8.1a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8"/></svg>`;

/** "PNG, JPEG, GIF and WebP" from the media types the server takes. */
const typeNames = (lang: Lang, types: string[]) =>
  new Intl.ListFormat(lang).format(
    types.map((t) =>
      t
        .replace(/^image\//, '')
        .toUpperCase()
        .replace('WEBP', 'WebP'),
    ),
  );

/**
 * @summary The visitor's composer: `<parley-composer>` with an image attached from the file picker, a paste (or a drop
 * the chat hands over with {@link attach}).
 *
 * An image is checked against the server's limits when attached (a refused one says why), uploaded at once while the
 * chat is connected, with its progress shown, and may be tried again after a failure or removed before sending. The
 * message may be sent before its upload has finished: the image goes with it, and the chat sends it once uploaded.
 *
 * @fires parley-message-send - The visitor sent a message; `detail.text` is trimmed, `detail.image` is the image.
 * @csspart composer - The form.
 */
export class ParleyVisitorComposer extends LitElement {
  static override styles = [tokens, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** The words of the errors of images, by language, for the chat to show under a message that failed. */
  static readonly errors = imageErrors;
  /** The words of the panel's elements, which the chat reads from here once the panel's module is loaded. */
  static readonly words = panelI18n;

  @property({ attribute: false }) strings!: ChatStrings;
  /** The language of the image's words (`en` or `pl`). */
  @property() locale: Lang = 'en';
  /** The longest message that may be sent; undefined leaves the length to the server. */
  @property({ attribute: false }) maxLength?: number;
  /** What the server takes; undefined leaves the checks to the server (an image of any type is tried). */
  @property({ attribute: false }) limits?: Limits;
  @property({ attribute: false }) target!: UploadTarget;
  /** The chat is connected: an image attached is uploaded at once (else when its message is sent). */
  @property({ type: Boolean }) ready = false;

  /** The image attached, or why the one chosen cannot be sent. */
  @state() private attachment?: ImageUpload | { refused: string };

  @query('parley-composer') private composer?: ParleyComposer;
  @query('input[type=file]') private input!: HTMLInputElement;

  /** The text being written. */
  get value(): string {
    return this.composer?.value ?? '';
  }

  /** Focus goes to the text, once it is rendered. */
  override focus(options?: FocusOptions): void {
    if (this.composer?.hasUpdated) this.composer.focus(options);
    else this.updateComplete.then(() => this.composer?.focus(options));
  }

  /** Updated once the composer inside is too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.composer?.updateComplete) !== false && done;
  }

  /** Attaches an image (replacing one attached before), or removes it; the text keeps the focus. */
  attach(file?: File): void {
    const before = this.attachment;
    if (before instanceof ImageUpload) before.cancel();
    const refused = file && (refusal(file, this.limits) ?? (/^image\//.test(file.type) ? undefined : 'not_an_image'));
    const upload = file && !refused ? new ImageUpload(file, this.target, () => this.requestUpdate()) : undefined;
    this.attachment = refused ? { refused } : upload;
    if (upload && this.ready) upload.upload().catch(() => undefined);
    this.focus();
  }

  /** An image attached before the chat was connected is uploaded as soon as it is (a failed one waits for a retry). */
  protected override updated(changed: PropertyValues<this>): void {
    const image = this.attachment;
    if (changed.has('ready') && this.ready && image instanceof ImageUpload && !image.image && !image.error)
      image.upload().catch(() => undefined);
  }

  #paste(e: ClipboardEvent): void {
    // Text copied with a picture of itself (from an office document) is pasted as text.
    const data = e.clipboardData;
    const file = data?.files[0];
    if (!file || data.types.includes('text/plain')) return;
    e.preventDefault();
    this.attach(file);
  }

  #send(e: ParleyMessageSendEvent): void {
    e.stopPropagation();
    const image = this.attachment instanceof ImageUpload ? this.attachment : undefined;
    // From now on the message shows the image and its fate.
    if (image) image.changed = () => undefined;
    this.attachment = undefined;
    this.dispatchEvent(new ParleyMessageSendEvent(e.detail.text, image));
  }

  protected override render() {
    const s = this.strings;
    const a = imageStrings[this.locale];
    const attachment = this.attachment;
    const types = this.limits?.uploadImageTypes;
    return html`<parley-composer
      exportparts="composer"
      .strings=${s}
      .maxLength=${this.maxLength}
      ?attached=${attachment instanceof ImageUpload}
      @paste=${this.#paste}
      @parley-message-send=${this.#send}
    >
      ${
        attachment
          ? html`<div slot="above" class="attachment">
            ${attachment instanceof ImageUpload ? this.#preview(attachment) : html`<p class="error" role="alert">${this.#refusal(attachment.refused)}</p>`}
            <button type="button" class="remove" aria-label=${a.removeImage} title=${a.removeImage} @click=${() => this.attach()}>
              <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>
            </button>
          </div>`
          : nothing
      }
      <p slot="above" class="vh" role="status">
        ${attachment instanceof ImageUpload ? (attachment.progress !== undefined ? a.uploading : attachment.image ? a.uploaded : '') : ''}
      </p>
      <button slot="before" type="button" class="attach" aria-label=${a.attach} title=${a.attach} @click=${() => this.input.click()}>
        ${paperclip}
      </button>
      <input slot="before" type="file" accept=${types ? types.join(',') : 'image/*'} hidden @change=${this.#picked} />
    </parley-composer>`;
  }

  #picked(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.attach(input.files?.[0]);
    input.value = '';
  }

  #preview(upload: ImageUpload) {
    const s = this.strings;
    const a = imageStrings[this.locale];
    const uploading = upload.progress !== undefined;
    return html`<img src=${upload.preview} alt=${a.preview} />
      <div class="state">
        ${uploading ? html`<progress max="1" .value=${upload.progress!} aria-label=${a.uploading}></progress>` : nothing}
        ${
          upload.error && !uploading
            ? html`<p class="error" role="alert">
              ${s.errors[upload.error] ?? imageErrors[this.locale][upload.error] ?? s.errorDefault}
              <button type="button" class="retry" @click=${() => upload.upload().catch(() => undefined)}>${s.retry}</button>
            </p>`
            : nothing
        }
      </div>`;
  }

  #refusal(code: string): string {
    const a = imageStrings[this.locale];
    const { uploadMaxBytes, uploadImageTypes } = this.limits ?? {};
    if (code === 'upload_too_large' && uploadMaxBytes) return a.tooLarge(uploadMaxBytes);
    if (code === 'not_an_image' && uploadImageTypes) return a.notAnImage(typeNames(this.locale, uploadImageTypes));
    return this.strings.errors[code] ?? imageErrors[this.locale][code] ?? this.strings.errorDefault;
  }
}
