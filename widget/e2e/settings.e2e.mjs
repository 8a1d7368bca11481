// End-to-end check of the settings screens and their live effect: an admin changes the design, publishes an FAQ and
// closes the store from the settings in the inbox, and a visitor's open widget follows each change without a reload;
// a wrong value is refused inline and changes nothing; a saved reply is written with a preview; an embedding site and
// an API key (shown once, then revoked) are managed; the last admin cannot remove or demote themselves. The
// settings are put back afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/settings.e2e.mjs   (exit code 0 when every step passed)
import {
  base,
  check,
  DESKTOP,
  PHONE,
  expectThread,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  openChat,
  screenshot,
  send,
  settings,
  signIn,
  signInIfNeeded,
  suffix,
} from './support.mjs';

const question = `Do you repair zips? [${suffix}]`;
const admin = await signIn();
const before = await settings(admin);
const browser = await launchBrowser();
let macroId;

/** The screen open in the settings: each is an element of its own, `<parley-settings-chat>` and so on. */
let open = 'chat';
/** The open screen's element, for locators. */
const pane = (page) => page.locator(`parley-inbox parley-settings parley-settings-${open}`);
/** The modules the inbox loaded on demand (each settings screen's, the first time it opens). */
const chunks = [];
const loadedScreen = (section) => chunks.some((url) => url.includes(`/inbox/chunks/${section}.component-`));

/** Opens a settings screen from the settings' navigation and waits until it shows what it loaded. */
async function go(page, section) {
  await page.locator(`parley-inbox parley-settings nav a[href="#/settings/${section}"]`).click();
  open = section;
  await page.locator('parley-inbox parley-settings #pane-title').waitFor();
  await pane(page).locator('form, .list, .audit, p:not([role=status]):not(.hint)').first().waitFor();
}

async function saveAndWait(page) {
  await pane(page).locator('form .primary').first().click();
  await pane(page).locator('.saved').waitFor();
}

let failed = false;
try {
  console.log(`Parley settings e2e against ${base} (run ${suffix})`);
  const visitor = await newPage('visitor', DESKTOP);
  const page = await newPage('admin', { width: 1366, height: 900 });
  page.on('request', (request) => request.url().includes('/inbox/chunks/') && chunks.push(request.url()));

  await check('a visitor has the store open, with the chat', async () => {
    await settings(admin, {
      faqs: [],
      businessHours: { ...before.businessHours, alwaysOpen: true },
      chatEnabled: true,
      onsiteWidgetEnabled: true,
    });
    await visitor.goto(`${base}/demo/`);
    await openChat(visitor);
  });

  await check('the admin opens Settings from the main navigation', async () => {
    await page.goto(`${base}/inbox/`);
    await signInIfNeeded(page);
    await page.locator('parley-inbox nav.main a', { hasText: 'Settings' }).click();
    await page.locator('parley-inbox parley-settings #pane-title').waitFor();
    await pane(page).locator('form').waitFor();
    if (!loadedScreen('chat'))
      throw new Error(`the online chat screen came from no module of its own: ${chunks.join(', ')}`);
    if (loadedScreen('design')) throw new Error('the design screen was loaded before it was opened');
  });

  await check(
    'switching the online chat off and on again is followed by open widgets at once, keeping the thread',
    async () => {
      const first = `Is the chat still there? [${suffix}]`;
      const second = `Back again [${suffix}]`;
      // A visitor of their own: the FAQs below are checked in a widget that has not started a conversation.
      const chatter = await newPage('chatter', DESKTOP);
      await chatter.goto(`${base}/demo/`);
      await openChat(chatter);
      await send(chatter, 'parley-chat', first);
      await expectThread(chatter, 'parley-chat', [first]);
      await go(page, 'chat');
      await pane(page).locator('#chatEnabled').uncheck();
      await saveAndWait(page);
      await chatter.locator('parley-chat .bar.unavailable').waitFor({ timeout: 5000 });
      await expectThread(chatter, 'parley-chat', [first]);
      if (await chatter.locator('parley-chat parley-composer').count())
        throw new Error('the composer stays while the chat is off');
      await screenshot(chatter, 'settings-0-chat-off-open-panel');
      await pane(page).locator('#chatEnabled').check();
      if (!(await pane(page).locator('#widgetEnabled').isChecked()))
        throw new Error('turning the chat on leaves the widget off');
      await saveAndWait(page);
      // No reload: the open panel comes back with its thread and can write again.
      await chatter.locator('parley-chat parley-composer textarea').waitFor({ timeout: 5000 });
      await send(chatter, 'parley-chat', second);
      await expectThread(chatter, 'parley-chat', [first, second]);

      await chatter.locator('parley-chat .close').click();
      await pane(page).locator('#chatEnabled').uncheck();
      await saveAndWait(page);
      await chatter.locator('parley-chat [part~="launcher"]').waitFor({ state: 'detached', timeout: 5000 });
      await pane(page).locator('#chatEnabled').check();
      await saveAndWait(page);
      await chatter.locator('parley-chat [part~="launcher"]').waitFor({ timeout: 5000 });
      await openChat(chatter);
      await expectThread(chatter, 'parley-chat', [first, second]);
    },
  );

  await check(
    'a new design shows in the preview, then in the visitor’s open widget once saved, without a reload',
    async () => {
      await go(page, 'design');
      if (!loadedScreen('design')) throw new Error('opening the design screen loaded no module of its own');
      await pane(page)
        .locator('#colour')
        .evaluate((input) => {
          input.value = '#aa3300';
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        });
      await pane(page).locator('#launcherLabel').fill(`Ask us ${suffix}`);
      const previewColour = await pane(page)
        .locator('.stage parley-chat [part~="launcher"]')
        .evaluate((b) => getComputedStyle(b).backgroundColor);
      if (previewColour !== 'rgb(170, 51, 0)') throw new Error(`the preview's launcher is ${previewColour}`);
      await screenshot(page, 'settings-1-design');
      await saveAndWait(page);
      await visitor.locator('parley-chat .close').click();
      await visitor.waitForFunction(
        () => {
          const launcher = document.querySelector('parley-chat').shadowRoot.querySelector('[part~="launcher"]');
          return getComputedStyle(launcher).backgroundColor === 'rgb(170, 51, 0)';
        },
        null,
        { timeout: 5000 },
      );
      await visitor.locator('parley-chat [part~="launcher"]', { hasText: `Ask us ${suffix}` }).waitFor();
    },
  );

  await check(
    'the customer hub takes over the launcher’s look from its own screen, locks the design, and gives it back',
    async () => {
      const launcherColour = () =>
        visitor.evaluate(
          () =>
            getComputedStyle(document.querySelector('parley-chat').shadowRoot.querySelector('[part~="launcher"]'))
              .backgroundColor,
        );
      await go(page, 'hub');
      await pane(page).locator('#hub-off').waitFor();
      await pane(page).locator('#hubActive').check();
      await pane(page)
        .locator('#hub-colour')
        .evaluate((input) => {
          input.value = '#0b7a3e';
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        });
      await screenshot(page, 'settings-1b-customer-hub');
      await saveAndWait(page);
      await visitor.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('parley-chat').shadowRoot.querySelector('[part~="launcher"]'))
            .backgroundColor === 'rgb(11, 122, 62)',
        null,
        { timeout: 5000 },
      );
      await go(page, 'design');
      await pane(page).locator('#hub-active[role=note]').waitFor();
      if (!(await pane(page).locator('form .primary').isDisabled())) throw new Error('the locked design can be saved');
      const preview = await pane(page)
        .locator('.stage parley-chat [part~="launcher"]')
        .evaluate((b) => getComputedStyle(b).backgroundColor);
      if (preview !== 'rgb(11, 122, 62)') throw new Error(`the locked design previews ${preview}, not the hub's look`);
      await screenshot(page, 'settings-1c-design-locked');
      await go(page, 'hub');
      await pane(page).locator('#hubActive').uncheck();
      await saveAndWait(page);
      await visitor.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('parley-chat').shadowRoot.querySelector('[part~="launcher"]'))
            .backgroundColor === 'rgb(170, 51, 0)',
        null,
        { timeout: 5000 },
      );
      if ((await launcherColour()) !== 'rgb(170, 51, 0)') throw new Error('the chat’s own design did not come back');
    },
  );

  await check('a published FAQ appears in the visitor’s widget at once', async () => {
    await go(page, 'faqs');
    await pane(page).locator('button', { hasText: 'Add an FAQ' }).click();
    await pane(page).locator('#q-0').fill(question);
    await pane(page).locator('#a-0').fill('Yes, free of charge.');
    await pane(page).locator('.faq-preview li', { hasText: question }).waitFor();
    await saveAndWait(page);
    await openChat(visitor);
    await visitor.locator('parley-chat .faqs .faq', { hasText: question }).waitFor({ timeout: 5000 });
  });

  await check('closing hours show in the widget at once', async () => {
    await go(page, 'hours');
    const alwaysOpen = pane(page).locator('#alwaysOpen');
    if (await alwaysOpen.isChecked()) await alwaysOpen.uncheck();
    await saveAndWait(page);
    await pane(page).locator('.status-line', { hasText: 'Closed now' }).waitFor();
    await visitor.locator('parley-chat .notice.away').waitFor({ timeout: 5000 });
    await screenshot(visitor, 'settings-2-visitor-closed');
    // The zone comes from a list; when it is not the reader's, the opening time names it and gives theirs beside it.
    // (Monday gets hours when it has none, so that there is a next opening to tell.)
    const monday = pane(page).locator('table.week tr', { hasText: 'Monday' });
    if (!(await monday.locator('input[type=time]').count())) {
      await monday.locator('button[aria-label="Add hours: Monday"]').click();
    }
    const zone = pane(page).locator('select#timeZone');
    if (!(await zone.locator('option[value="Pacific/Auckland"]').count())) throw new Error('no zone list');
    await zone.selectOption('Pacific/Auckland');
    await saveAndWait(page);
    const status = pane(page).locator('.status-line', { hasText: /your time|Open now/ });
    await status.waitFor();
    // On a Monday morning in Auckland the team is in, and there is no opening time to tell.
    if (!(await status.textContent()).includes('Open now') && !(await status.textContent()).includes('your time'))
      throw new Error(`the opening time reads: ${await status.textContent()}`);
    await screenshot(page, 'settings-2b-hours-zone');
  });

  await check(
    'the welcome message is written in English and Polish, and Polish visitors are told the Polish one',
    async () => {
      await go(page, 'behaviour');
      const polish = `Witamy w sklepie! [${suffix}]`;
      const label = pane(page).locator('label[for="welcomeMessage-pl"]');
      if ((await label.textContent()) !== 'Welcome message · Polish')
        throw new Error(`the label reads ${await label.textContent()}`);
      await pane(page).locator('#welcomeMessage-pl').fill(polish);
      await saveAndWait(page);
      const config = await (await fetch(`${base}/api/v1/widget/config?lang=pl-PL`)).json();
      if (config.welcomeMessage !== polish || config.language !== 'pl')
        throw new Error(`a Polish visitor is told ${JSON.stringify(config.welcomeMessage)} (${config.language})`);
      const english = await (await fetch(`${base}/api/v1/widget/config?lang=en`)).json();
      if (english.welcomeMessage === polish) throw new Error('English visitors are told the Polish welcome');
      await screenshot(page, 'settings-2c-welcome-per-language');
      await page.setViewportSize(PHONE);
      await screenshot(page, 'settings-2c-welcome-per-language-phone');
      await page.setViewportSize(DESKTOP);
    },
  );

  await check('a wrong value is refused beside its field and changes nothing', async () => {
    await go(page, 'behaviour');
    await pane(page).locator('#waitingThreshold').fill('0');
    await pane(page).locator('form .primary').first().click();
    await pane(page).locator('.refusal[role=alert]').waitFor();
    if ((await pane(page).locator('#waitingThreshold').getAttribute('aria-invalid')) !== 'true')
      throw new Error('the field is not marked');
    const now = await settings(admin);
    if (now.waitingThresholdSeconds !== before.waitingThresholdSeconds)
      throw new Error(`the threshold became ${now.waitingThresholdSeconds}`);
    await screenshot(page, 'settings-3-refused');
  });

  await check('a saved reply is written with its variables and a preview, and saved for the team', async () => {
    await go(page, 'macros');
    await pane(page).locator('button', { hasText: 'New saved reply' }).click();
    await pane(page).locator('#macroTitle').fill(`Repairs ${suffix}`);
    await pane(page).locator('#macroBody').fill('Hi ');
    await pane(page).locator('.chip', { hasText: '{{visitor.firstName}}' }).click();
    await pane(page).locator('.preview .bubble', { hasText: 'Hi Anna' }).waitFor();
    await pane(page).locator('form .primary').click();
    await pane(page)
      .locator('.list li', { hasText: `Repairs ${suffix}` })
      .waitFor();
    const macros = await (await fetch(`${base}/api/v1/macros`, { headers: { cookie: admin.cookie } })).json();
    macroId = macros.find((m) => m.title === `Repairs ${suffix}`)?.id;
    if (!macroId) throw new Error('the saved reply is not stored');
  });

  await check('security: an embedding site is saved, an API key is shown once and can be revoked', async () => {
    await go(page, 'security');
    await pane(page)
      .locator('#origins')
      .fill([...before.allowedOrigins, 'https://shop.example.com'].join('\n'));
    await saveAndWait(page);
    if (!(await settings(admin)).allowedOrigins.includes('https://shop.example.com'))
      throw new Error('the origin is not saved');
    await pane(page).locator('#keyName').fill(`Backend ${suffix}`);
    await pane(page).locator('button', { hasText: 'Create a key' }).click();
    const secret = (await pane(page).locator('.secret code').textContent()).trim();
    if (!secret.startsWith('pk_live_')) throw new Error(`the key shown is ${secret}`);
    await screenshot(page, 'settings-4-security');
    const row = pane(page).locator('.list li', { hasText: `Backend ${suffix}` });
    await row.locator('button', { hasText: 'Revoke' }).click();
    await row.locator('.hint', { hasText: 'revoked' }).waitFor();
    const res = await fetch(`${base}/api/v1/profiles/x/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: '{"id":"e","name":"n"}',
    });
    if (res.status !== 401) throw new Error(`a revoked key answered ${res.status}`);
  });

  await check('email notifications are switched on for a recipient, and a wrong address is refused', async () => {
    await go(page, 'notifications');
    await pane(page).locator('#emailEnabled').check();
    await pane(page).locator('#recipients').fill('not an address');
    await pane(page).locator('form .primary').click();
    await pane(page).locator('.refusal[role=alert]').waitFor();
    await pane(page).locator('#recipients').fill(`team-${suffix}@shop.example`);
    await saveAndWait(page);
    const saved = (await settings(admin)).emailNotifications;
    if (!saved.enabled || saved.recipients.join() !== `team-${suffix}@shop.example`)
      throw new Error(`saved ${JSON.stringify(saved)}`);
  });

  await check('the screen says whether email can go out, and a test email shows the mail server’s answer', async () => {
    const missing = pane(page).locator('#no-mail-server');
    const test = pane(page).locator('.test-email button');
    await missing.or(test).first().waitFor();
    if (await missing.isVisible()) {
      // A server without PARLEY_SMTP_HOST: the screen says so, and offers no test email.
      if (!(await missing.textContent()).includes('PARLEY_SMTP_HOST')) throw new Error('the warning names no setting');
      if (await test.count()) throw new Error('a test email is offered without a mail server');
      return;
    }
    await test.click();
    // The test servers' mail server listens only while their email tests run: it refuses, and the screen says why.
    const outcome = pane(page).locator('.test-email .saved[role=status], .test-email .refusal[role=alert]');
    await outcome.waitFor();
    const text = await outcome.textContent();
    if (!/^Sent to .+@|^The mail server did not take it\. \S/.test(text)) throw new Error(`the outcome reads: ${text}`);
    await screenshot(page, 'settings-3-test-email');
  });

  await check('the audit log lists the changes just made, by this admin', async () => {
    await go(page, 'audit');
    await pane(page).locator('.audit li', { hasText: 'changed the settings' }).first().waitFor();
    await pane(page).locator('.audit li', { hasText: 'added a saved reply' }).first().waitFor();
    const secretsShown = await pane(page)
      .locator('.audit')
      .evaluate((el) => /pk_live_[A-Za-z0-9_-]{20,}/.test(el.textContent));
    if (secretsShown) throw new Error('the audit log shows a secret');
    await screenshot(page, 'settings-5-audit');
  });

  await check(
    'the last admin can neither remove nor demote themselves: the role goes back, the refusal beside it',
    async () => {
      await go(page, 'team');
      const me = pane(page).locator('.list li', { hasText: '(you)' });
      if (!(await me.locator('button', { hasText: 'Remove' }).isDisabled()))
        throw new Error('the admin may remove themselves');
      const admins = (
        await (await fetch(`${base}/api/v1/agents`, { headers: { cookie: admin.cookie } })).json()
      ).filter((m) => m.role === 'admin' && !m.deactivated);
      // Another admin would make the demotion succeed, and then sign this admin out of every other test.
      if (admins.length !== 1)
        throw new Error(`the team has ${admins.length} admins (${admins.map((m) => m.email)}): no refusal to show`);
      const role = me.locator('select');
      await role.selectOption('agent');
      const refusal = me.locator('.refusal[role=alert]');
      await refusal.waitFor();
      const words = (await refusal.textContent()).trim();
      if (!/last admin/i.test(words)) throw new Error(`the refusal says "${words}"`);
      if ((await role.inputValue()) !== 'admin') throw new Error(`the role shows "${await role.inputValue()}"`);
      const described = await role.getAttribute('aria-describedby');
      if (!described || described !== (await refusal.getAttribute('id')))
        throw new Error(`the role select is described by ${described}, not by its refusal`);
      if (await pane(page).locator('form.card .refusal').count())
        throw new Error('the refusal shows in the form that adds a member too');
      await screenshot(page, 'settings-6-last-admin');
      const still = (await (await fetch(`${base}/api/v1/agent/session`, { headers: { cookie: admin.cookie } })).json())
        .role;
      if (still !== 'admin') throw new Error(`the last admin became ${still}`);
    },
  );
} catch {
  failed = true;
  await failureScreenshots('settings-failure');
} finally {
  await browser.close();
  await check('settings are put back', () =>
    settings(admin, {
      appearance: before.appearance,
      faqs: before.faqs,
      businessHours: before.businessHours,
      chatEnabled: before.chatEnabled,
      onsiteWidgetEnabled: before.onsiteWidgetEnabled,
      allowedOrigins: before.allowedOrigins,
      emailNotifications: before.emailNotifications,
      welcomeMessageTranslations: before.welcomeMessageTranslations,
    }).then(
      () =>
        macroId &&
        fetch(`${base}/api/v1/macros/${macroId}`, {
          method: 'DELETE',
          headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
        }),
    ),
  ).catch(() => (failed = true));
}

finish(failed, { timedFailure: true });
