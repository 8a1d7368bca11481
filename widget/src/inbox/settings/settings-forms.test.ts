import { expect, waitUntil } from '@open-wc/testing';
import {
  button,
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

const availabilityHours = () => ({
  alwaysOpen: false,
  weeklySchedule: { monday: [{ start: '09:00', end: '17:00' }] },
  closures: [],
});

describe('the settings screens that save one section', () => {
  afterEach(restoreFetch);

  it('should save the design with the CSRF token, and preview it in the real widget before saving', async () => {
    server();
    const el = await settings('design');
    type(q<HTMLInputElement>(el, '#colour'), '#aa3300');
    qa<HTMLInputElement>(el, 'input[name=icon]')[3].click();
    await screen(el).updateComplete;
    const preview = q<HTMLElement & { design: { colour: string; icon: string } }>(el, '.stage parley-chat');
    expect(preview.design).to.deep.include({ colour: '#AA3300', icon: 'smile' });
    expect(puts(), 'nothing saved yet').to.have.length(0);

    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()[0]).to.deep.include({ path: '/settings/design', csrf: 'csrf-1' });
    expect(puts()[0].body).to.deep.equal({
      appearance: { colour: '#AA3300', icon: 'smile', position: 'right', launcherLabel: '' },
    });
    expect(q<HTMLInputElement>(el, '#colour').value, 'the saved design stays').to.equal('#aa3300');
    await expect(el).to.be.accessible();
  });

  it('should lock the design with a warning while the customer hub decides it, and preview the hub’s look', async () => {
    const hubLook = { colour: '#0B7A3E', icon: 'smile', position: 'left', launcherLabel: 'Help' };
    server(
      {},
      {
        design: {
          appearanceLocked: true,
          customerHub: { active: true, appearance: hubLook },
          effectiveAppearance: hubLook,
        },
      },
    );
    const el = await settings('design');
    expect(q(el, '.warning').textContent).to.contain('customer hub is active');
    expect(q<HTMLInputElement>(el, '#colour').disabled).to.equal(true);
    expect(qa<HTMLFieldSetElement>(el, 'fieldset').every((f) => f.disabled)).to.equal(true);
    expect(q<HTMLInputElement>(el, '#launcherLabel').disabled).to.equal(true);
    expect(q<HTMLButtonElement>(el, 'form .primary').disabled, 'nothing to save').to.equal(true);
    const preview = q<HTMLElement & { design: object }>(el, '.stage parley-chat');
    expect(preview.design, 'the preview wears what visitors see').to.deep.include(hubLook);
    expect(q(el, 'figcaption').textContent).to.contain('the customer hub’s look');
    await expect(el).to.be.accessible();
  });

  it('should switch the customer hub on with its own look, on a screen of its own, then lock the design', async () => {
    server();
    const el = await settings('hub');
    expect(q(el, '#hub-off').textContent).to.contain('The customer hub is off');
    q<HTMLInputElement>(el, '#hubActive').click();
    type(q<HTMLInputElement>(el, '#hub-colour'), '#0b7a3e');
    qa<HTMLInputElement>(el, 'input[name=hub-icon]')[3].click();
    await screen(el).updateComplete;
    const preview = q<HTMLElement & { design: { colour: string; icon: string } }>(el, '.stage parley-chat');
    expect(preview.design).to.deep.include({ colour: '#0B7A3E', icon: 'smile' });
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()[0]).to.deep.include({ path: '/settings/design', csrf: 'csrf-1' });
    expect(puts()[0].body).to.deep.equal({
      customerHub: {
        active: true,
        appearance: { colour: '#0B7A3E', icon: 'smile', position: 'right', launcherLabel: '' },
      },
    });
    expect(q(el, '#hub-off'), 'no "off" note once on').to.equal(null);
    await expect(el).to.be.accessible();

    // The server now locks the chat's own design: the design screen, opened next, says so and previews the hub's look.
    sections.design.appearanceLocked = true;
    sections.design.effectiveAppearance = (sections.design.customerHub as { appearance: object }).appearance;
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#/settings/design"]')!.click();
    await waitUntil(() => screen(el).localName === 'parley-settings-design' && q(el, '#hub-active'), 'locked');
    expect(q<HTMLButtonElement>(el, 'form .primary').disabled).to.equal(true);
  });

  it('should follow the customer hub switched elsewhere while the design screen is open, unless it is being edited', async () => {
    server();
    const el = await settings('design');
    expect(q(el, '#hub-active')).to.equal(null);
    const hubLook = { colour: '#0B7A3E', icon: 'smile', position: 'left', launcherLabel: '' };
    Object.assign(sections.design, {
      appearanceLocked: true,
      customerHub: { active: true, appearance: hubLook },
      effectiveAppearance: hubLook,
    });
    el.news = 1;
    await waitUntil(() => q(el, '#hub-active'), 'the design locks itself at the news');
    expect(q<HTMLButtonElement>(el, 'form .primary').disabled).to.equal(true);

    // An admin in the middle of an edit keeps it: the news does not overwrite the draft.
    el.remove();
    server();
    const editing = await settings('design');
    type(q<HTMLInputElement>(editing, '#launcherLabel'), 'Ask us');
    Object.assign(sections.design, { appearanceLocked: true });
    editing.news = 1;
    await new Promise((r) => setTimeout(r, 50));
    expect(q<HTMLInputElement>(editing, '#launcherLabel').value).to.equal('Ask us');
    expect(q(editing, '#hub-active')).to.equal(null);
  });

  it('should name the customer hub screen in Polish', async () => {
    server();
    const el = await settings('hub', 'pl');
    expect(el.shadowRoot!.querySelector('nav a[href="#/settings/hub"]')!.textContent).to.equal('Centrum klienta');
    expect(q(el, 'label[for=hubActive]').textContent).to.equal('Centrum klienta decyduje o wyglądzie przycisku');
  });

  it('should show a refusal beside the form, mark the field it names, and keep what was saved', async () => {
    server({
      'PUT /settings/behaviour': () =>
        problem('invalid_waiting_threshold', 'Between 1 and 1,440 minutes.', 'waitingThresholdSeconds'),
    });
    const el = await settings('behaviour');
    const minutes = q<HTMLInputElement>(el, '#waitingThreshold');
    expect(minutes.value).to.equal('3');
    type(minutes, '0');
    type(q<HTMLTextAreaElement>(el, '#welcomeMessage'), 'Hello!');
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').getAttribute('role')).to.equal('alert');
    expect(q(el, '.refusal').textContent).to.equal('Between 1 and 1,440 minutes.');
    expect(q(el, '#waitingThreshold').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#welcomeMessage').getAttribute('aria-invalid'), 'only the field named').to.equal('false');
    expect(q(el, '.saved'), 'not saved').to.equal(null);
    expect(puts()[0]).to.deep.include({ path: '/settings/behaviour' });
    expect(puts()[0].body).to.deep.equal({
      storeName: '',
      language: 'en',
      welcomeMessage: 'Hello!',
      welcomeMessageTranslations: { pl: 'Dzień dobry!' },
      links: { privacyPolicyUrl: null, termsUrl: null },
      waitingThresholdSeconds: 0,
    });
    expect(q<HTMLInputElement>(el, '#waitingThreshold').value, 'what the admin wrote stays to be corrected').to.equal(
      '0',
    );
    expect(sections.behaviour.waitingThresholdSeconds, 'nothing changed').to.equal(180);
    await expect(el).to.be.accessible();
  });

  it('should mark exactly the field a refusal names, down to one link or one FAQ', async () => {
    server({
      'PUT /settings/behaviour': () => problem('invalid_url', 'Give a full https:// address.', 'links.termsUrl'),
    });
    const el = await settings('behaviour');
    type(q<HTMLInputElement>(el, '#termsUrl'), 'terms');
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(
      ['#welcomeMessage', '#privacyUrl', '#termsUrl', '#waitingThreshold'].map((id) =>
        q(el, id).getAttribute('aria-invalid'),
      ),
    ).to.deep.equal(['false', 'false', 'true', 'false']);

    server({
      'PUT /settings/faqs': () => problem('invalid_faq_question', 'A question cannot be blank.', 'faqs[1].question'),
    });
    el.section = 'faqs';
    await waitUntil(() => screen(el).localName === 'parley-settings-faqs' && q(el, 'form'), 'the FAQs');
    type(q<HTMLInputElement>(el, '#q-1'), ' ');
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(['#q-0', '#a-0', '#q-1', '#a-1'].map((id) => q(el, id).getAttribute('aria-invalid'))).to.deep.equal([
      'false',
      'false',
      'true',
      'false',
    ]);
  });

  it('should reorder FAQs with the keyboard-usable arrows and save the whole list in order', async () => {
    server();
    const el = await settings('faqs');
    expect(
      qa(el, '.faq-preview li').map((l) => l.textContent),
      'visitors see the published ones',
    ).to.deep.equal(['Shipping?']);
    q<HTMLButtonElement>(el, 'button[aria-label="Move down: Shipping?"]').click();
    await screen(el).updateComplete;
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()[0].path).to.equal('/settings/faqs');
    expect((puts()[0].body as { faqs: { id: string }[] }).faqs.map((f) => f.id)).to.deep.equal(['f2', 'f1']);
    expect(qa<HTMLInputElement>(el, '.faqs input[id^=q-]').map((i) => i.value)).to.deep.equal([
      'Returns?',
      'Shipping?',
    ]);
    await expect(el).to.be.accessible();
  });

  it('should edit an FAQ’s other ways to ask, save them without blank ones, and mark a refused one', async () => {
    server(
      {},
      {
        faqs: {
          faqs: [{ id: 'f1', question: 'Shipping?', answer: 'Yes.', published: true, phrasings: ['Delivery?'] }],
        },
      },
    );
    const el = await settings('faqs');
    expect(q<HTMLInputElement>(el, '#p-0-0').value).to.equal('Delivery?');
    expect(q(el, 'label[for=p-0-0]').textContent).to.equal('Other way 1 to ask question 1');
    button(el, 'Add another way to ask').click();
    await screen(el).updateComplete;
    type(q<HTMLInputElement>(el, '#p-0-1'), 'When will it arrive?');
    button(el, 'Add another way to ask').click();
    await screen(el).updateComplete;
    expect(qa(el, '.phrasings input')).to.have.length(3);
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(
      (puts()[0].body as { faqs: { phrasings: string[] }[] }).faqs[0].phrasings,
      'the blank one is not sent',
    ).to.deep.equal(['Delivery?', 'When will it arrive?']);
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, 'button[aria-label="Remove “Delivery?”"]').click();
    await screen(el).updateComplete;
    expect(qa<HTMLInputElement>(el, '.phrasings input').map((i) => i.value)).to.deep.equal(['When will it arrive?']);

    server({
      'PUT /settings/faqs': () =>
        problem('invalid_faq_phrasing', 'Another phrasing is 1 to 300 characters.', 'faqs[0].phrasings'),
    });
    type(q<HTMLInputElement>(el, '#p-0-0'), 'x'.repeat(300));
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').textContent).to.contain('1 to 300 characters');
    expect(q(el, '#p-0-0').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#q-0').getAttribute('aria-invalid')).to.equal('false');
  });

  it('should allow ten other ways to ask an FAQ and no more', async () => {
    const ten = Array.from({ length: 10 }, (_, n) => `Way ${n + 1}?`);
    server(
      {},
      { faqs: { faqs: [{ id: 'f1', question: 'Shipping?', answer: 'Yes.', published: true, phrasings: ten }] } },
    );
    const el = await settings('faqs', 'pl');
    expect(qa(el, '.phrasings input')).to.have.length(10);
    expect(button(el, 'Dodaj inne sformułowanie').disabled).to.equal(true);
    expect(q(el, '.phrasings legend').textContent).to.equal('Inne sformułowania pytania');
  });

  it('should say when the team is back, save the business hours, and mark a refused time zone', async () => {
    server({
      'PUT /settings/availability': (body) =>
        (body as { businessHours: { timeZone: string } }).businessHours.timeZone === 'Antarctica/Troll'
          ? problem('invalid_time_zone', 'Not a time zone.', 'businessHours.timeZone')
          : json({ ...sections.availability, ...(body as object) }),
    });
    const el = await settings('hours');
    await waitUntil(() => q(el, '.status-line'), 'open now is shown');
    // 08:00 UTC is 09:00 in Warsaw: said in the store's zone, named, with the reader's own time when theirs differs.
    const warsaw = new Intl.DateTimeFormat('en', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Warsaw',
      timeZoneName: 'short',
    }).format(new Date('2026-11-30T08:00:00Z'));
    expect(q(el, '.status-line').textContent).to.match(/^Closed now\. Opens .*Nov/);
    expect(q(el, '.status-line').textContent).to.contain(warsaw);
    const zone = q<HTMLSelectElement>(el, '#timeZone');
    expect(zone.localName, 'the zone is picked from a list').to.equal('select');
    expect(zone.value).to.equal('Europe/Warsaw');
    expect([...zone.options].map((o) => o.value)).to.include.members(['Europe/London', 'America/New_York', 'UTC']);
    const choose = (value: string) => {
      zone.value = value;
      zone.dispatchEvent(new Event('change'));
    };
    choose('Antarctica/Troll');
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '#timeZone').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#awayMessage').getAttribute('aria-invalid')).to.equal('false');

    choose('Europe/London');
    q<HTMLInputElement>(el, '#alwaysOpen').click();
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(q(el, '#timeZone').getAttribute('aria-invalid')).to.equal('false');
    expect(puts().at(-1)!.body).to.deep.equal({
      businessHours: {
        timeZone: 'Europe/London',
        alwaysOpen: true,
        weeklySchedule: { monday: [{ start: '09:00', end: '17:00' }] },
        closures: [],
      },
      awayMessage: 'Away.',
      awayMessageTranslations: {},
    });
    await waitUntil(
      () => calls.filter((c) => c.path === '/widget/config').length === 2,
      'open now is asked again after saving',
    );
    await expect(el).to.be.accessible();
  });

  it('should write the welcome message per language, and keep each text with its language when the store’s changes', async () => {
    server();
    const el = await settings('behaviour');
    expect(q(el, 'label[for=welcomeMessage]').textContent).to.equal(
      'Welcome message · English (your store’s language)',
    );
    expect(q<HTMLTextAreaElement>(el, '#welcomeMessage-pl').value).to.equal('Dzień dobry!');
    expect(q(el, '#welcomeMessage-pl-hint').textContent).to.equal(
      'Leave empty and Polish-speaking visitors read the English text.',
    );
    type(q<HTMLTextAreaElement>(el, '#welcomeMessage-pl'), 'Witamy w sklepie!');
    const language = q<HTMLSelectElement>(el, '#storeLanguage');
    language.value = 'pl';
    language.dispatchEvent(new Event('change'));
    await screen(el).updateComplete;
    expect(q<HTMLTextAreaElement>(el, '#welcomeMessage').value, 'the Polish text is now the store’s').to.equal(
      'Witamy w sklepie!',
    );
    expect(q<HTMLTextAreaElement>(el, '#welcomeMessage-en').value).to.equal('Hi!');
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts().at(-1)!.body).to.deep.include({
      language: 'pl',
      welcomeMessage: 'Witamy w sklepie!',
      welcomeMessageTranslations: { en: 'Hi!' },
    });
    type(q<HTMLTextAreaElement>(el, '#welcomeMessage-en'), '');
    submit(el);
    await waitUntil(
      () =>
        (puts().at(-1)!.body as { welcomeMessageTranslations: object }).welcomeMessageTranslations &&
        puts().length === 2,
      'saved again',
    );
    expect(puts().at(-1)!.body, 'an emptied language has no text of its own').to.deep.include({
      welcomeMessageTranslations: {},
    });
    await expect(el).to.be.accessible();
  });

  it('should name the store for its visitors', async () => {
    server();
    const el = await settings('behaviour');
    expect(q(el, 'label[for=storeName]').textContent).to.equal('Your store’s name');
    expect(q<HTMLInputElement>(el, '#storeName').value).to.equal('');
    type(q<HTMLInputElement>(el, '#storeName'), 'Acme Shoes');
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts().at(-1)!.body).to.deep.include({ storeName: 'Acme Shoes' });
    expect(sections.behaviour.storeName).to.equal('Acme Shoes');
    await expect(el).to.be.accessible();
  });

  it('should show a refused store name beside its field and keep what was saved', async () => {
    server({
      'PUT /settings/behaviour': () =>
        problem('invalid_store_name', 'The store’s name is 1 to 60 characters long.', 'storeName'),
    });
    const el = await settings('behaviour');
    type(q<HTMLInputElement>(el, '#storeName'), 'x'.repeat(61));
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '#storeName').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '.refusal').textContent).to.equal('The store’s name is 1 to 60 characters long.');
    expect(sections.behaviour.storeName, 'nothing changed').to.equal('');
  });

  it('should name the store’s field in Polish', async () => {
    server();
    const el = await settings('behaviour', 'pl');
    expect(q(el, 'label[for=storeName]').textContent).to.equal('Nazwa sklepu');
    expect(q(el, '#storeName-hint').textContent).to.contain('„Obsługa”');
  });

  it('should show an FAQ to visitors of one language, and the away message per language', async () => {
    server();
    const faqs = await settings('faqs');
    const shownTo = q<HTMLSelectElement>(faqs, '#l-0');
    expect(shownTo.value).to.equal('');
    shownTo.value = 'pl';
    shownTo.dispatchEvent(new Event('change'));
    submit(faqs);
    await waitUntil(() => q(faqs, '.saved'), 'saved');
    expect((puts().at(-1)!.body as { faqs: object[] }).faqs[0]).to.deep.include({
      question: 'Shipping?',
      language: 'pl',
    });
    expect(q(faqs, '.faq-preview li').textContent).to.equal('Shipping? (Polish)');

    const hours = await settings('hours');
    await waitUntil(() => q(hours, '#awayMessage-pl'), 'a field per language');
    expect(q(hours, 'label[for=awayMessage-pl]').textContent).to.equal('Away message · Polish');
    type(q<HTMLTextAreaElement>(hours, '#awayMessage-pl'), 'Wrócimy w poniedziałek.');
    submit(hours);
    await waitUntil(() => q(hours, '.saved'), 'saved');
    expect(puts().at(-1)!.body).to.deep.include({
      awayMessage: 'Away.',
      awayMessageTranslations: { pl: 'Wrócimy w poniedziałek.' },
    });
    await expect(hours).to.be.accessible();
  });

  it("should suggest the browser's time zone until one is chosen, and save it", async () => {
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    server({}, { availability: { businessHours: { ...availabilityHours(), timeZone: 'Z' } } });
    const el = await settings('hours');
    expect(q<HTMLSelectElement>(el, '#timeZone').value).to.equal(mine);
    expect(q(el, '#timeZone-hint').textContent).to.contain('Suggested from your browser');
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect((puts().at(-1)!.body as { businessHours: { timeZone: string } }).businessHours.timeZone).to.equal(mine);
    await expect(el).to.be.accessible();
  });

  it('should save email notifications and show a refused recipient beside its field', async () => {
    server({
      'PUT /settings/email-notifications': (body) =>
        (body as { emailNotifications: { recipients: string[] } }).emailNotifications.recipients.includes('nope')
          ? problem('invalid_recipient', '“nope” is not an email address.', 'emailNotifications.recipients.1')
          : json({ ...(body as object) }),
    });
    const el = await settings('notifications');
    q<HTMLInputElement>(el, '#emailEnabled').click();
    type(q<HTMLTextAreaElement>(el, '#recipients'), 'team@shop.test\nnope');
    type(q<HTMLInputElement>(el, '#delay'), '5');
    submit(el);
    await waitUntil(() => q(el, '.refusal'));
    expect(q(el, '.refusal').textContent).to.equal('“nope” is not an email address.');
    expect(q(el, '#recipients').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#delay').getAttribute('aria-invalid')).to.equal('false');
    type(q<HTMLTextAreaElement>(el, '#recipients'), 'team@shop.test');
    submit(el);
    await waitUntil(() => q(el, '.saved'));
    expect(puts().map((p) => p.path)).to.deep.equal(['/settings/email-notifications', '/settings/email-notifications']);
    expect(puts().at(-1)!.body).to.deep.equal({
      emailNotifications: { enabled: true, recipients: ['team@shop.test'], delaySeconds: 300 },
    });
    await expect(el).to.be.accessible();
  });

  it('should say that no email can be sent without a mail server, and why, in both languages', async () => {
    const missing = { 'GET /settings/email-delivery': () => json({ canSend: false, problem: 'smtp_not_configured' }) };
    server(missing);
    const el = await settings('notifications');
    await waitUntil(() => q(el, '#no-mail-server'), 'the missing mail server is shown');
    expect(q(el, '#no-mail-server').textContent).to.contain('Parley cannot send email').and.contain('PARLEY_SMTP_HOST');
    expect(
      qa(el, 'button').some((b) => b.textContent!.includes('test email')),
      'no test email to send',
    ).to.equal(false);
    await expect(el).to.be.accessible();

    el.remove();
    server(missing);
    const pl = await settings('notifications', 'pl');
    await waitUntil(() => q(pl, '#no-mail-server'));
    expect(q(pl, '#no-mail-server').textContent).to.contain('Parley nie może wysyłać e-maili');
  });

  it('should send a test email to the admin and show where it went, or why the mail server refused it', async () => {
    let refuse = false;
    server({
      'GET /settings/email-delivery': () => json({ canSend: true }),
      'POST /settings/email-delivery/test': () =>
        refuse
          ? json({ code: 'email_not_sent', detail: 'MailConnectException: Couldn’t connect to host' }, 502)
          : json({ sentTo: 'ada@x.test' }),
    });
    const el = await settings('notifications');
    await waitUntil(() => q(el, '.test-email button'), 'the test email button is shown');
    expect(q(el, '#no-mail-server')).to.equal(null);
    q<HTMLButtonElement>(el, '.test-email button').click();
    await waitUntil(() => q(el, '.test-email .saved'), 'sent');
    expect(q(el, '.test-email .saved').textContent).to.contain('Sent to ada@x.test');
    expect(q(el, '.test-email .saved').getAttribute('role')).to.equal('status');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post).to.deep.include({ path: '/settings/email-delivery/test', csrf: 'csrf-1' });
    expect(puts(), 'the settings are not saved by a test email').to.have.length(0);

    refuse = true;
    q<HTMLButtonElement>(el, '.test-email button').click();
    await waitUntil(() => q(el, '.test-email .refusal'), 'refused');
    expect(q(el, '.test-email .refusal').textContent).to.contain('The mail server did not take it.');
    expect(q(el, '.test-email .refusal').textContent).to.contain('Couldn’t connect to host');
    expect(q(el, '.test-email .refusal').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('should mark the field a refusal is about by its code when the problem names none', async () => {
    server({
      'PUT /settings/email-notifications': () =>
        problem('email_notifications_need_recipients', 'Add someone to email.'),
    });
    const el = await settings('notifications');
    q<HTMLInputElement>(el, '#emailEnabled').click();
    submit(el);
    await waitUntil(() => q(el, '.refusal'));
    expect(q(el, '#recipients').getAttribute('aria-invalid')).to.equal('true');
  });
});
