import { html } from 'lit';
import { define } from '../../define.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, input, sectionForm, textarea } from './settings-screen.js';
import { behaviourI18n, type BehaviourStrings } from './behaviour.i18n.js';
import type { BehaviourSection } from './types.js';

/** @summary Behaviour: the welcome message, the policy links shown to visitors and when a ticket counts as waiting. */
export class ParleySettingsBehaviour extends SettingsScreen<BehaviourStrings> {
  protected readonly words = behaviourI18n;
  private readonly form = new SectionFormController<BehaviourSection>(this, 'behaviour');

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) =>
      sectionForm(
        form,
        s,
        (x) => ({
          welcomeMessage: x.welcomeMessage,
          links: x.links,
          waitingThresholdSeconds: x.waitingThresholdSeconds,
        }),
        html`${textarea(form, { id: 'welcomeMessage', path: 'welcomeMessage', label: s.welcomeMessage, value: d.welcomeMessage, change: (v) => form.edit((x) => (x.welcomeMessage = v)) })}
          ${input(form, {
            id: 'privacyUrl',
            path: 'links.privacyPolicyUrl',
            label: s.privacyUrl,
            value: d.links.privacyPolicyUrl ?? '',
            change: (v) => form.edit((x) => (x.links = { ...x.links, privacyPolicyUrl: v || null })),
            type: 'url',
          })}
          ${input(form, {
            id: 'termsUrl',
            path: 'links.termsUrl',
            label: s.termsUrl,
            value: d.links.termsUrl ?? '',
            change: (v) => form.edit((x) => (x.links = { ...x.links, termsUrl: v || null })),
            type: 'url',
          })}
          ${input(form, {
            id: 'waitingThreshold',
            path: 'waitingThresholdSeconds',
            label: s.waitingThreshold,
            value: String(Math.round(d.waitingThresholdSeconds / 60)),
            change: (v) => form.edit((x) => (x.waitingThresholdSeconds = Math.round(Number(v) * 60))),
            type: 'number',
            hint: s.waitingThresholdHint,
          })}`,
      ),
    );
  }
}

define('parley-settings-behaviour', ParleySettingsBehaviour);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-behaviour': ParleySettingsBehaviour;
  }
}
