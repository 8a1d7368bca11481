import { expect, waitUntil } from '@open-wc/testing';
import type { ParleySettings } from './settings.component.js';
import {
  calls,
  json,
  problem,
  puts,
  q,
  qa,
  restoreFetch,
  screen,
  sections,
  server,
  settings,
  submit,
  type,
} from './settings.fake-server.js';

const SAVED = {
  enabled: false,
  mode: 'retrieval',
  handoffTarget: 'inbox',
  handoffMessage: '',
  greeting: '',
  turnLimit: 8,
  minCoverage: 0,
  minLead: 0,
  languageModel: { configured: false },
};

const field = <T extends HTMLElement = HTMLInputElement>(el: ParleySettings, id: string) => q<T>(el, `#${id}`);
const check = async (el: ParleySettings, input: HTMLInputElement) => {
  input.click();
  await screen(el).updateComplete;
};

describe('the AI agent’s settings screen', () => {
  afterEach(restoreFetch);

  it('should show the section as saved: off, answering from the store’s knowledge, handing over to the inbox', async () => {
    server();
    const el = await settings('assistant');
    expect(screen(el).localName).to.equal('parley-settings-assistant');
    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('AI agent');
    expect(calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal([
      'GET /settings/assistant',
      'GET /settings/handoff',
    ]);
    expect(field(el, 'enabled').checked).to.equal(false);
    expect(field(el, 'enabled').getAttribute('role')).to.equal('switch');
    expect(field<HTMLSelectElement>(el, 'mode').value).to.equal('retrieval');
    const targets = qa<HTMLInputElement>(el, 'input[name=handoffTarget]');
    expect(targets.map((t) => [t.value, t.checked, t.disabled])).to.deep.equal([
      ['inbox', true, false],
      ['message', false, false],
      ['zendesk', false, false],
      ['gorgias', false, false],
    ]);
    expect(qa(el, '.unavailable'), 'the handoff settings could not be read: every target is offered').to.have.length(0);
    expect(field(el, 'handoffMessage'), 'no message while the inbox takes over').to.equal(null);
    expect(field<HTMLTextAreaElement>(el, 'greeting').value).to.equal('');
    expect(field(el, 'turnLimit').value).to.equal('8');
    const advanced = q<HTMLDetailsElement>(el, 'details');
    expect(advanced.open, 'the thresholds wait under Advanced').to.equal(false);
    expect(field(el, 'minCoverage').value, 'the built-in value').to.equal('');
    expect(field(el, 'minCoverage').placeholder).to.equal('Built-in');
    expect(field(el, 'minLead').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('should turn the AI agent on with a handover message, its greeting, a turn limit and a threshold, and save them', async () => {
    server();
    const el = await settings('assistant');
    await check(el, field(el, 'enabled'));
    await check(el, qa<HTMLInputElement>(el, 'input[name=handoffTarget]')[1]);
    type(field<HTMLTextAreaElement>(el, 'handoffMessage'), 'Write to help@shop.example.');
    type(field<HTMLTextAreaElement>(el, 'greeting'), 'Hi! Ask me about shoes.');
    type(field(el, 'turnLimit'), '12');
    q<HTMLElement>(el, 'summary').click();
    await screen(el).updateComplete;
    type(field(el, 'minCoverage'), '0.4');
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()).to.have.length(1);
    expect(puts()[0]).to.deep.include({ path: '/settings/assistant', csrf: 'csrf-1' });
    expect(puts()[0].body).to.deep.equal({
      enabled: true,
      mode: 'retrieval',
      handoffTarget: 'message',
      handoffMessage: 'Write to help@shop.example.',
      greeting: 'Hi! Ask me about shoes.',
      turnLimit: 12,
      minCoverage: 0.4,
      minLead: 0,
    });
    expect(sections.assistant).to.deep.include({ enabled: true, handoffTarget: 'message', minCoverage: 0.4 });
    expect(q(el, '.saved').getAttribute('role')).to.equal('status');

    type(field(el, 'minCoverage'), '');
    submit(el);
    await waitUntil(() => puts().length === 2 && q(el, '.saved'), 'saved again');
    expect(puts()[1].body, 'an emptied threshold goes back to the built-in value').to.deep.include({ minCoverage: 0 });
  });

  it('should show a refused handover message under its field, in the admin’s words, and change nothing', async () => {
    server({
      'PUT /settings/assistant': () =>
        problem('handoff_message_required', 'A handoff with a message needs the message the visitor is told.'),
    });
    const el = await settings('assistant');
    await check(el, qa<HTMLInputElement>(el, 'input[name=handoffTarget]')[1]);
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    const message = field<HTMLTextAreaElement>(el, 'handoffMessage');
    expect(message.getAttribute('aria-invalid')).to.equal('true');
    const refusals = qa(el, '[role=alert]');
    expect(refusals, 'said once').to.have.length(1);
    expect(refusals[0].textContent).to.equal(
      'Write the message the visitor reads at handover, or hand over to your team.',
    );
    expect(message.closest('.field')!.contains(refusals[0]), 'under the field it is about').to.equal(true);
    expect(message.getAttribute('aria-describedby')).to.equal('handoffMessage-hint refusal-assistant');
    expect(field(el, 'greeting').getAttribute('aria-invalid'), 'only that field').to.equal('false');
    expect(q(el, '.saved'), 'not saved').to.equal(null);
    expect(sections.assistant, 'nothing changed').to.deep.equal(SAVED);
    expect(
      qa<HTMLInputElement>(el, 'input[name=handoffTarget]')[1].checked,
      'what the admin chose stays to be corrected',
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('should open Advanced to show a refused threshold, in Polish', async () => {
    server({
      'PUT /settings/assistant': () => problem('invalid_min_lead', 'The minimum lead lies between 1 and 5.'),
    });
    const el = await settings('assistant', 'pl');
    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('Asystent AI');
    expect(q(el, 'label[for=enabled]').textContent).to.equal('Asystent AI odpowiada jako pierwszy');
    expect(q(el, 'summary').textContent).to.equal(
      'Zaawansowane: kiedy asystent jest wystarczająco pewny, by odpowiedzieć',
    );
    expect(field(el, 'minLead').placeholder).to.equal('Wbudowana');
    q<HTMLElement>(el, 'summary').click();
    await screen(el).updateComplete;
    type(field(el, 'minLead'), '9');
    q<HTMLElement>(el, 'summary').click();
    await screen(el).updateComplete;
    expect(q<HTMLDetailsElement>(el, 'details').open).to.equal(false);
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(puts()[0].body).to.deep.include({ minLead: 9 });
    expect(q<HTMLDetailsElement>(el, 'details').open, 'the refused field is in view').to.equal(true);
    expect(field(el, 'minLead').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'minLead').value).to.equal('9');
    expect(q(el, '.refusal').textContent).to.equal('Minimalna przewaga musi wynosić od 1 do 5 albo zostać pusta.');
    expect(sections.assistant, 'nothing changed').to.deep.equal(SAVED);
  });

  it('should mark each field by the code the server refuses it with', async () => {
    const codes: [string, string][] = [
      ['invalid_assistant_mode', 'mode'],
      ['language_model_not_configured', 'mode'],
      ['invalid_handoff_target', 'handoffTarget-legend'],
      ['invalid_handoff_message', 'handoffMessage'],
      ['invalid_greeting', 'greeting'],
      ['invalid_turn_limit', 'turnLimit'],
      ['invalid_min_coverage', 'minCoverage'],
    ];
    for (const [code, id] of codes) {
      server({ 'PUT /settings/assistant': () => problem(code, 'Refused.') });
      const el = await settings('assistant');
      submit(el);
      await waitUntil(() => q(el, '.refusal'), `refused with ${code}`);
      const marked = qa(el, '[aria-invalid=true]');
      expect(marked, code).to.have.length(1);
      const target = id === 'handoffTarget-legend' ? q(el, 'fieldset') : field(el, id);
      expect(marked[0], code).to.equal(target);
      expect(q(el, '.refusal').textContent, 'in the admin’s words').to.not.equal('Refused.');
      el.remove();
    }
  });

  it('should offer the language model only when the server has one, and say why not, in English and Polish', async () => {
    for (const [locale, unavailable, option] of [
      [
        'en',
        'The language model is not available: no model is configured on this server. Your administrator sets PARLEY_AI_BASE_URL and PARLEY_AI_MODEL (see docs/assistant.md).',
        'Language model',
      ],
      [
        'pl',
        'Model językowy jest niedostępny: na tym serwerze nie skonfigurowano modelu. Administrator ustawia PARLEY_AI_BASE_URL i PARLEY_AI_MODEL (zob. docs/assistant.md).',
        'Model językowy',
      ],
    ] as const) {
      server();
      const el = await settings('assistant', locale);
      const mode = field<HTMLSelectElement>(el, 'mode');
      const choice = q<HTMLOptionElement>(el, 'option[value=language_model]');
      expect(choice.textContent).to.equal(option);
      expect(choice.disabled, locale).to.equal(true);
      expect(q(el, '#mode-unavailable').textContent).to.equal(unavailable);
      expect(mode.getAttribute('aria-describedby')).to.equal('mode-hint mode-unavailable');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('should let the admin choose the configured language model and save it, naming the model', async () => {
    server({}, { assistant: { languageModel: { configured: true, model: 'gpt-4o-mini' } } });
    const el = await settings('assistant');
    const mode = field<HTMLSelectElement>(el, 'mode');
    expect(q<HTMLOptionElement>(el, 'option[value=language_model]').disabled).to.equal(false);
    expect(q(el, '#mode-unavailable')).to.equal(null);
    mode.value = 'language_model';
    mode.dispatchEvent(new Event('change'));
    await screen(el).updateComplete;
    expect(q(el, '#mode-hint').textContent).to.contain('(model: gpt-4o-mini)');
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()[0].body).to.deep.include({ mode: 'language_model' });
    expect(puts()[0].body, 'read-only, never sent').to.not.have.property('languageModel');
    expect(sections.assistant).to.deep.include({ mode: 'language_model' });
    await expect(el).to.be.accessible();
  });

  it('should show the server’s refusal of the language model under the mode, in Polish, and change nothing', async () => {
    server(
      {
        'PUT /settings/assistant': () =>
          problem('language_model_not_configured', 'No language model is configured on this server.'),
      },
      { assistant: { languageModel: { configured: true, model: 'llama3' } } },
    );
    const el = await settings('assistant', 'pl');
    const mode = field<HTMLSelectElement>(el, 'mode');
    mode.value = 'language_model';
    mode.dispatchEvent(new Event('change'));
    await screen(el).updateComplete;
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(mode.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '.refusal').textContent).to.equal(
      'Na tym serwerze nie skonfigurowano modelu językowego, więc asystent odpowiada wbudowaną wyszukiwarką.',
    );
    expect(sections.assistant).to.deep.include({ mode: 'retrieval' });
  });
  it('should offer Zendesk and Gorgias as targets only once connected, pointing to the handoff screen', async () => {
    server({
      'GET /settings/handoff': () =>
        json({
          secretsKeyConfigured: true,
          zendesk: {
            subdomain: 'northwind',
            clientId: 'parley',
            secretSet: true,
            updatedAt: '2026-12-06T10:00:00.000Z',
          },
          gorgias: null,
        }),
    });
    const el = await settings('assistant');
    await waitUntil(() => q(el, '.unavailable'), 'the handoff settings are read');
    const target = (value: string) => q<HTMLInputElement>(el, `input[name=handoffTarget][value=${value}]`);
    expect(target('zendesk').disabled, 'connected').to.equal(false);
    expect(target('gorgias').disabled, 'not connected').to.equal(true);
    expect(target('zendesk').closest('label')!.textContent).to.contain('To Zendesk, as a ticket there');
    expect(target('gorgias').getAttribute('aria-describedby')).to.equal('handoffTarget-gorgias-unavailable');
    const hint = q(el, '#handoffTarget-gorgias-unavailable');
    expect(hint.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Gorgias is not connected. Connect it on the Handoff screen',
    );
    expect(hint.querySelector('a')!.getAttribute('href')).to.equal('#/settings/handoff');
    expect(qa(el, '.unavailable'), 'only the helpdesk that is not connected').to.have.length(1);
    await expect(el).to.be.accessible();

    await check(el, target('zendesk'));
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()[0].body).to.deep.include({ handoffTarget: 'zendesk' });
    expect(sections.assistant).to.deep.include({ handoffTarget: 'zendesk' });
  });

  it('should show the server’s refusal of a helpdesk that is not connected under the targets, and look again', async () => {
    let reads = 0;
    server({
      'GET /settings/handoff': () =>
        ++reads === 1
          ? json({ code: 'internal_error', detail: 'Something failed.' }, 500)
          : json({ secretsKeyConfigured: true, zendesk: null, gorgias: null }),
      'PUT /settings/assistant': () => problem('helpdesk_not_connected', 'Gorgias is not connected.'),
    });
    const el = await settings('assistant');
    await waitUntil(() => reads === 1, 'the handoff settings are asked for');
    await screen(el).updateComplete;
    const gorgias = q<HTMLInputElement>(el, 'input[name=handoffTarget][value=gorgias]');
    expect(gorgias.disabled, 'not known, so offered').to.equal(false);
    await check(el, gorgias);
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, 'fieldset').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '.refusal').textContent).to.equal(
      'That helpdesk is not connected: connect it on the Handoff screen first, or choose another target.',
    );
    await waitUntil(() => q(el, '#handoffTarget-gorgias-unavailable'), 'read again after the refusal');
    expect(reads).to.equal(2);
    expect(gorgias.checked, 'what the admin chose stays to be corrected').to.equal(true);
    expect(q<HTMLInputElement>(el, 'input[name=handoffTarget][value=zendesk]').disabled).to.equal(true);
    expect(sections.assistant, 'nothing changed').to.deep.equal(SAVED);
  });

  it('should name the helpdesk targets in Polish', async () => {
    server({
      'GET /settings/handoff': () => json({ secretsKeyConfigured: true, zendesk: null, gorgias: null }),
    });
    const el = await settings('assistant', 'pl');
    await waitUntil(() => q(el, '.unavailable'), 'the handoff settings are read');
    const label = (value: string) =>
      q(el, `input[name=handoffTarget][value=${value}]`).closest('label')!.textContent!.trim();
    expect(label('zendesk')).to.equal(
      'Do Zendeska: tam powstaje zgłoszenie (klient, który nie podał e-maila, jest o niego proszony)',
    );
    expect(q(el, '#handoffTarget-zendesk-unavailable').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Zendesk nie jest połączony. Połącz go na ekranie Przekazywanie rozmów',
    );
  });
});
