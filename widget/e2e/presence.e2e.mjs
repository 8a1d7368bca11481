// End-to-end check of the store's name and of the team's presence: an admin names the store on the behaviour screen,
// and the visitor's widget speaks under that name (title, initials, greeting); with an agent's inbox open the widget
// promises a quick reply, and when the agent says they are away (the account menu) it says the team replies as soon as
// it can, live; a second agent who opens the inbox shows as online in the first one's team list, and as offline once
// their page is gone. Screenshots on a desktop and on a phone, in English and in Polish.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/presence.e2e.mjs   (exit code 0 when every step passed)
import {
  api,
  base,
  check,
  DESKTOP,
  failureScreenshots,
  finish,
  hostPage,
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  putBackSettings,
  screenshot,
  signIn,
  signInIfNeeded,
  suffix,
} from './support.mjs';

const storeName = `Acme Shoes ${suffix}`;
const quick = 'We usually reply in a few minutes';
const later = 'We’ll reply as soon as we can';
const menu = (page) => page.locator('parley-inbox parley-account-menu');

/** Waits until the widget's header says `text` under its title. */
async function headerSays(page, text) {
  await page.locator('parley-chat header p', { hasText: text }).waitFor();
}

/** Opens the account menu of an inbox, unless it is open already. */
async function openMenu(page) {
  const button = menu(page).locator('button.account');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await menu(page).locator('#account-panel').waitFor({ state: 'visible' });
}

const browser = await launchBrowser();
const admin = await signIn();
const before = await api(admin, 'GET', '/settings');
const teammate = {
  email: `bob-${suffix}@parley.test`,
  name: `Bob ${suffix}`,
  password: `bob-secret-${suffix}`,
};
let failed = false;
try {
  console.log(`Parley presence e2e against ${base} (run ${suffix})`);
  const inbox = await newPage('admin-inbox', { width: 1366, height: 860 });
  const visitor = await newPage('visitor', DESKTOP);

  await check('an admin names the store on the behaviour screen', async () => {
    await inbox.goto(`${base}/inbox/#/settings/behaviour`);
    await signInIfNeeded(inbox);
    const field = inbox.locator('parley-inbox #storeName');
    await field.fill(storeName);
    await inbox.locator('parley-inbox parley-settings-behaviour form .primary').click();
    await inbox.locator('parley-inbox parley-settings-behaviour .saved').waitFor();
    const saved = await api(admin, 'GET', '/settings/behaviour');
    if (saved.storeName !== storeName) throw new Error(`the server keeps "${saved.storeName}"`);
  });

  await check(
    'the widget speaks under the store’s name, and promises a quick reply while the admin is online',
    async () => {
      await inbox.goto(`${base}/inbox/`);
      await menu(inbox).locator('button.account .dot.online').waitFor();
      await visitor.goto(await hostPage(visitor, 'presence'));
      await openChat(visitor);
      await visitor.locator('parley-chat .greeting').waitFor();
      const title = await visitor.locator('parley-chat header h2').textContent();
      if (title !== storeName) throw new Error(`the title says "${title}"`);
      const initials = await visitor.locator('parley-chat header .avatar').textContent();
      if (initials !== 'AS') throw new Error(`the avatar says "${initials}"`);
      await visitor.locator('parley-chat .greeting .from', { hasText: storeName }).waitFor();
      await headerSays(visitor, quick);
      await screenshot(visitor, 'presence-1-widget-online-desktop-en');
    },
  );

  await check('the admin says they are away: the widget says the team replies as soon as it can, live', async () => {
    await openMenu(inbox);
    await menu(inbox).getByRole('radio', { name: 'Away' }).check();
    await menu(inbox).locator('button.account .dot.away').waitFor();
    await headerSays(visitor, later);
    await screenshot(inbox, 'presence-2-account-menu-away-desktop-en');
    await screenshot(visitor, 'presence-3-widget-nobody-online-desktop-en');
    const me = (await api(admin, 'GET', '/agents')).find((m) => m.status === 'away');
    if (me?.presence !== 'away') throw new Error(`the team list says ${JSON.stringify(me)}`);
  });

  await check('a teammate who opens the inbox shows online in the team list, and offline once gone', async () => {
    await api(admin, 'POST', '/agents', { ...teammate, role: 'agent' });
    const bob = await newPage('bob-inbox', DESKTOP);
    await bob.goto(`${base}/inbox/`);
    await bob.locator('parley-inbox #email').fill(teammate.email);
    await bob.locator('parley-inbox #password').fill(teammate.password);
    await bob.locator('parley-inbox button[type=submit]').click();
    await bob.locator('parley-inbox parley-account-menu button.account .dot.online').waitFor();
    await headerSays(visitor, quick);
    await openMenu(inbox);
    const row = menu(inbox).locator('.team li', { hasText: teammate.name });
    await row.locator('small', { hasText: 'Online' }).waitFor();
    await screenshot(inbox, 'presence-4-team-online-desktop-en');
    await bob.context().close();
    await row.locator('small', { hasText: 'Offline' }).waitFor();
    await headerSays(visitor, later);
  });

  await check('in Polish, on a phone: the menu, the team and the widget', async () => {
    await api(admin, 'PATCH', '/agents/me', { locale: 'pl' });
    const phone = await newPage('inbox-phone', PHONE, { locale: 'pl-PL', mobile: true });
    await phone.goto(`${base}/inbox/`);
    await signInIfNeeded(phone);
    await openMenu(phone);
    await menu(phone).locator('fieldset.status legend', { hasText: 'Twój status' }).waitFor();
    await menu(phone).getByRole('radio', { name: 'Przyjmuję czaty' }).check();
    await menu(phone).locator('button.account .dot.online').waitFor();
    await screenshot(phone, 'presence-5-account-menu-phone-pl');
    const widget = await newPage('visitor-phone-pl', PHONE, { locale: 'pl-PL', mobile: true });
    await widget.goto(await hostPage(widget, 'presence-pl', { lang: 'pl' }));
    await openChat(widget);
    await headerSays(widget, 'Zwykle odpowiadamy w ciągu kilku minut');
    await screenshot(widget, 'presence-6-widget-phone-pl');
    await menu(phone).getByRole('radio', { name: 'Zaraz wracam' }).check();
    await headerSays(widget, 'Odpowiemy najszybciej, jak to możliwe');
    await screenshot(widget, 'presence-7-widget-nobody-online-phone-pl');
  });
} catch {
  failed = true;
  await failureScreenshots('presence-failure');
} finally {
  await api(admin, 'PATCH', '/agents/me', { locale: 'en', status: 'available' }).catch((e) =>
    console.error(`    ${e.message}`),
  );
  await putBackSettings({ storeName: before.storeName ?? '' }).catch((e) => console.error(`    ${e.message}`));
  await browser.close();
}

finish(failed);
