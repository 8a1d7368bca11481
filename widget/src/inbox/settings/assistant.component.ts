import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import type { AssistantSettings, HandoffSettings } from '../../wire/index.js';
import { ApiError } from '../api.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles, toggle } from './settings-screen.js';
import { assistantI18n, type AssistantStrings } from './assistant.i18n.js';

type Field = 'mode' | 'handoffTarget' | 'handoffMessage' | 'greeting' | 'turnLimit' | 'minCoverage' | 'minLead';

/** The longest handoff message and greeting, in characters. */
const MAX_TEXT = 500;

/** Where the AI agent may hand off, in the order they are offered. */
const TARGETS = ['inbox', 'message', 'zendesk', 'gorgias'] as const;
/** The targets that are external helpdesks, which must be connected on the handoff screen first. */
type Helpdesk = 'zendesk' | 'gorgias';
const isHelpdesk = (target: string): target is Helpdesk => target === 'zendesk' || target === 'gorgias';

/**
 * @summary The AI agent: whether it answers visitors first, how (the built-in search, or the operator's language
 * model, which can be chosen only when the server has one configured), where it hands a conversation over (the inbox, a
 * message of the store's after which the chat ends, or Zendesk or Gorgias, which can be chosen only once connected on
 * the handoff screen), its greeting, how many questions it answers, and (under "Advanced") how sure it must be to
 * answer. A refusal shows under the field it is about.
 */
export class ParleySettingsAssistant extends SettingsScreen<AssistantStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .field .refusal {
        margin: 2px 0 0;
      }
      details {
        margin: 4px 0 14px;
        padding: 10px 12px;
        border: 1px solid var(--_border);
        border-radius: 10px;
      }
      summary {
        font-weight: 600;
        font-size: 13px;
        cursor: pointer;
      }
      details[open] summary {
        margin-bottom: 10px;
      }
      details > .hint {
        margin-bottom: 12px;
      }
      fieldset .choice {
        width: 100%;
      }
      fieldset .unavailable {
        width: 100%;
        margin: -4px 0 2px;
        padding-inline-start: 24px;
      }
      input[type='number'] {
        max-width: 9em;
      }
    `,
  ];

  protected readonly words = assistantI18n;
  private readonly form = new SectionFormController<AssistantSettings>(this, 'assistant');
  /**
   * Which external helpdesks are connected (`GET /api/v1/settings/handoff`); unknown when that could not be read, and
   * then every target is offered and the server refuses one that is not connected (helpdesk_not_connected).
   */
  @state() private helpdesks?: Record<Helpdesk, boolean>;

  constructor() {
    super();
    this.form.wording = () => this.s.problems;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadHelpdesks();
  }

  async #loadHelpdesks(): Promise<void> {
    try {
      const handoff = await this.api.get<HandoffSettings>('/settings/handoff');
      this.helpdesks = { zendesk: !!handoff.zendesk, gorgias: !!handoff.gorgias };
    } catch (e) {
      // Not known: the targets stay offered, and the server says when one cannot be chosen.
      if (!(e instanceof ApiError)) throw e;
    }
  }

  /** Whether the target is an external helpdesk known not to be connected. */
  #unavailable(target: string): boolean {
    return isHelpdesk(target) && this.helpdesks?.[target] === false;
  }

  /** The refusal's words under the field at `path`, when the refusal is about it. */
  #refusal(path: Field) {
    return this.form.invalid(path) === 'true' ? this.form.outcome() : nothing;
  }

  /** What describes the field: its hint, and the refusal when it is about it. */
  #described(id: string, path: Field): string {
    return this.form.invalid(path) === 'true' ? `${id}-hint refusal-assistant` : `${id}-hint`;
  }

  /** What describes the mode: its hint, why the language model cannot be chosen, and the refusal. */
  #modeDescribed(configured: boolean): string {
    return [this.#described('mode', 'mode'), configured ? '' : 'mode-unavailable'].filter(Boolean).join(' ');
  }

  #text(id: Field, label: string, hint: string, value: string, change: (v: string) => void): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows="3"
        maxlength=${MAX_TEXT}
        .value=${value}
        aria-invalid=${this.form.invalid(id)}
        aria-describedby=${this.#described(id, id)}
        @input=${(e: Event) => change((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="${id}-hint" class="hint">${hint}</p>
      ${this.#refusal(id)}
    </div>`;
  }

  /** A number field; `empty` is what an empty field stands for (the built-in value), shown as a placeholder. */
  #number(
    id: Field,
    o: { label: string; hint: string; value: number; min: number; max: number; step: number; empty?: number },
    change: (v: number) => void,
  ): TemplateResult {
    const s = this.s;
    const builtIn = o.empty !== undefined && o.value === o.empty;
    return html`<div class="field">
      <label for=${id}>${o.label}</label>
      <input
        id=${id}
        type="number"
        inputmode="decimal"
        min=${o.min}
        max=${o.max}
        step=${o.step}
        placeholder=${o.empty !== undefined ? s.builtIn : ''}
        .value=${builtIn ? '' : String(o.value)}
        aria-invalid=${this.form.invalid(id)}
        aria-describedby=${this.#described(id, id)}
        @input=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          change(raw === '' ? (o.empty ?? NaN) : Number(raw));
        }}
      />
      <p id="${id}-hint" class="hint">${o.hint}</p>
      ${this.#refusal(id)}
    </div>`;
  }

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const edit = (change: Partial<AssistantSettings>) => form.edit((x) => Object.assign(x, change));
      const model = d.languageModel;
      const refusedAdvanced = form.invalid('minCoverage') === 'true' || form.invalid('minLead') === 'true';
      const refusedHere = (['mode', 'handoffTarget', 'handoffMessage', 'greeting', 'turnLimit'] as Field[]).some(
        (f) => form.invalid(f) === 'true',
      );
      return html`<form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          if (form.draft) void this.#save(form.draft);
        }}
      >
        ${toggle('enabled', s.enabled, s.enabledHint, d.enabled, (on) => edit({ enabled: on }))}
        <div class="field">
          <label for="mode">${s.mode}</label>
          <select id="mode" aria-invalid=${form.invalid('mode')} aria-describedby=${this.#modeDescribed(model.configured)} @change=${(e: Event) => edit({ mode: (e.target as HTMLSelectElement).value as AssistantSettings['mode'] })}>
            <option value="retrieval" ?selected=${d.mode === 'retrieval'}>${s.modes.retrieval}</option>
            <option value="language_model" ?selected=${d.mode === 'language_model'} ?disabled=${!model.configured}>${s.modes.language_model}</option>
          </select>
          <p id="mode-hint" class="hint">${s.modeHints[d.mode].replace('{model}', model.model ?? '—')}</p>
          ${model.configured ? nothing : html`<p id="mode-unavailable" class="hint">${s.noLanguageModel}</p>`}
          ${this.#refusal('mode')}
        </div>
        <fieldset
          role="radiogroup"
          aria-labelledby="handoffTarget-legend"
          aria-invalid=${form.invalid('handoffTarget')}
          aria-describedby=${form.invalid('handoffTarget') === 'true' ? 'refusal-assistant' : nothing}
        >
          <legend id="handoffTarget-legend">${s.handoffTarget}</legend>
          ${TARGETS.map((target) => {
            const unavailable = this.#unavailable(target);
            return html`<label class="choice"><input type="radio" name="handoffTarget" value=${target}
                .checked=${d.handoffTarget === target} ?disabled=${unavailable && d.handoffTarget !== target}
                aria-describedby=${unavailable ? `handoffTarget-${target}-unavailable` : nothing}
                @change=${() => edit({ handoffTarget: target })} />${s.targets[target]}</label>
              ${
                unavailable
                  ? html`<p id="handoffTarget-${target}-unavailable" class="hint unavailable">
                      ${s.notConnected[target as Helpdesk]} <a href="#/settings/handoff">${s.connectOnHandoff}</a>
                    </p>`
                  : nothing
              }`;
          })}
          ${this.#refusal('handoffTarget')}
        </fieldset>
        ${
          d.handoffTarget === 'message' || form.invalid('handoffMessage') === 'true'
            ? this.#text('handoffMessage', s.handoffMessage, s.handoffMessageHint, d.handoffMessage, (v) =>
                edit({ handoffMessage: v }),
              )
            : nothing
        }
        ${this.#text('greeting', s.greeting, s.greetingHint, d.greeting, (v) => edit({ greeting: v }))}
        ${this.#number(
          'turnLimit',
          { label: s.turnLimit, hint: s.turnLimitHint, value: d.turnLimit, min: 1, max: 50, step: 1 },
          (v) => edit({ turnLimit: v }),
        )}
        <details ?open=${refusedAdvanced}>
          <summary>${s.advanced}</summary>
          <p class="hint">${s.advancedHint}</p>
          ${this.#number(
            'minCoverage',
            {
              label: s.minCoverage,
              hint: s.minCoverageHint,
              value: d.minCoverage,
              min: 0.1,
              max: 1,
              step: 0.05,
              empty: 0,
            },
            (v) => edit({ minCoverage: v }),
          )}
          ${this.#number(
            'minLead',
            { label: s.minLead, hint: s.minLeadHint, value: d.minLead, min: 1, max: 5, step: 0.1, empty: 0 },
            (v) => edit({ minLead: v }),
          )}
        </details>
        ${refusedHere || refusedAdvanced ? html`<p class="vh" role="status"></p>` : form.outcome()}
        <div class="buttons"><button class="primary" ?disabled=${form.busy}>${form.busy ? s.saving : s.save}</button></div>
      </form>`;
    });
  }

  async #save(draft: AssistantSettings): Promise<void> {
    const saved = await this.form.save(this.#body(draft));
    // A helpdesk chosen here was disconnected meanwhile: offer the targets as they are now.
    if (!saved && this.form.refusal?.code === 'helpdesk_not_connected') await this.#loadHelpdesks();
  }

  /**
   * The section's fields as the draft has them. A number left empty or unreadable (where no built-in value stands for
   * empty) is sent as null, which leaves it as it is: the form then shows the saved number again.
   */
  #body(x: AssistantSettings): Record<string, unknown> {
    const number = (n: number) => (Number.isFinite(n) ? n : null);
    return {
      enabled: x.enabled,
      mode: x.mode,
      handoffTarget: x.handoffTarget,
      handoffMessage: x.handoffMessage,
      greeting: x.greeting,
      turnLimit: number(x.turnLimit),
      minCoverage: number(x.minCoverage),
      minLead: number(x.minLead),
    };
  }
}

define('parley-settings-assistant', ParleySettingsAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-assistant': ParleySettingsAssistant;
  }
}
