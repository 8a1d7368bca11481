// End-to-end check of tags and saved views with two agents and two visitors: the admin (English) adds two tags in
// Settings → Tags, opens a visitor's ticket and tags it from the keyboard picker (type, Enter); the other agent
// (whose account speaks Polish) sees the chip on the ticket's row live, filters the list by the tag (only the tagged
// ticket stays; it leaves when untagged and comes back when tagged again), saves the filter as a view, and opens it
// again from the Views menu and from its address. Screenshots on a desktop in English and in Polish and on a 390 px
// phone.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/tags.e2e.mjs   (exit code 0 when every step passed)
import {
  api,
  base,
  check,
  DESKTOP,
  email,
  expectThread,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  openChat,
  password,
  PHONE,
  screenshot,
  send,
  signIn,
  suffix,
} from './support.mjs';

const tagged = `My parcel is late [${suffix}-t]`;
const other = `A question about sizes [${suffix}-o]`;
const vip = `VIP ${suffix}`;
const refund = `Refund ${suffix}`;
const viewName = `VIP ${suffix} otwarte`;
const bob = {
  email: `tagi-${suffix}@parley.test`,
  name: `Tomasz ${suffix}`,
  password: 'tomasz-secret-123',
  role: 'agent',
};

/** Signs `page` in to the inbox as `who`. */
async function signInAs(page, who) {
  await page.goto(`${base}/inbox/`);
  await page.locator('parley-inbox #email').fill(who.email);
  await page.locator('parley-inbox #password').fill(who.password);
  await page.locator('parley-inbox button[type=submit]').click();
  await page.locator('parley-inbox .topbar').waitFor();
}

/** The agent's own account in Polish, through their own session. */
async function speakPolish(who) {
  const res = await fetch(`${base}/api/v1/agent/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  if (!res.ok) throw new Error(`${who.email} could not sign in: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await res.json();
  await api({ cookie, csrfToken }, 'PATCH', '/agents/me', { locale: 'pl' });
}

async function remove(path) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: 'DELETE',
    headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
  });
  if (!res.ok && res.status !== 404) console.error(`    could not delete ${path}: ${res.status}`);
}

const browser = await launchBrowser();
const admin = await signIn();
let bobId;
let failed = false;
try {
  console.log(`Parley tags e2e against ${base} (run ${suffix})`);
  await check('an admin adds an agent whose account speaks Polish', async () => {
    bobId = (await api(admin, 'POST', '/agents', bob)).id;
    await speakPolish(bob);
  });

  const ada = await newPage('admin', DESKTOP);
  const tomasz = await newPage('tomasz', DESKTOP, { locale: 'pl-PL' });
  const row = (page, text) => page.locator('parley-inbox .ticket', { hasText: text });

  await check('two visitors write', async () => {
    for (const text of [tagged, other]) {
      const visitor = await newPage(`visitor ${text}`, DESKTOP);
      await visitor.goto(`${base}/demo/`);
      await openChat(visitor);
      await send(visitor, 'parley-chat', text);
      await expectThread(visitor, 'parley-chat', [text]);
    }
  });

  await check('the admin adds two tags in Settings → Tags, with colours', async () => {
    await signInAs(ada, { email, password });
    await ada.goto(`${base}/inbox/#/settings/tags`);
    const screenEl = ada.locator('parley-inbox parley-settings-tags');
    for (const [name, colour] of [
      [vip, 'purple'],
      [refund, 'red'],
    ]) {
      await screenEl.locator('button.new').click();
      await screenEl.locator('#tagName').fill(name);
      await screenEl.locator(`input[type=radio][value=${colour}]`).check();
      await screenEl.locator('form button.primary').click();
      await screenEl.locator('.list .tag-chip', { hasText: name }).waitFor();
    }
    await screenEl.locator('button.new').click();
    await screenEl.locator('#tagName').fill(vip.toUpperCase());
    await screenEl.locator('form button.primary').click();
    await screenEl.locator('[role=alert]', { hasText: 'There is already a tag with this name' }).waitFor();
    await screenEl.locator('form button.ghost').click();
    await screenshot(ada, 'tags-1-settings-desktop-en');
  });

  await check('the admin tags a ticket from the keyboard picker; the Polish inbox shows the chip live', async () => {
    await signInAs(tomasz, bob);
    await row(tomasz, tagged).waitFor();
    await ada.goto(`${base}/inbox/#/`);
    await row(ada, tagged).click();
    await expectThread(ada, 'parley-inbox', [tagged]);
    const picker = ada.locator('parley-inbox parley-tag-picker');
    await picker.locator('button.add').click();
    const input = picker.locator('input[role=combobox]');
    await input.pressSequentially(`vip ${suffix}`);
    await picker.locator('[role=option][aria-selected=true]', { hasText: vip }).waitFor();
    await screenshot(ada, 'tags-2-picker-desktop-en');
    await input.press('Enter');
    await picker.locator('.tags .tag-chip', { hasText: vip }).waitFor();
    await picker.locator(`button.tag-remove[aria-label="Remove tag ${vip}"]`).waitFor();
    await input.press('Escape');
    await row(ada, tagged).locator('.tag-chip', { hasText: vip }).waitFor();
    await row(tomasz, tagged).locator('.tag-chip', { hasText: vip }).waitFor();
    await screenshot(ada, 'tags-3-thread-desktop-en');
    await screenshot(tomasz, 'tags-4-list-desktop-pl');
  });

  await check('the tag filter shows only tagged tickets, live as the tag comes and goes', async () => {
    await tomasz.locator('parley-inbox #tag-filter').selectOption({ label: vip });
    await row(tomasz, other).waitFor({ state: 'detached' });
    await row(tomasz, tagged).waitFor();
    const rows = await tomasz.locator('parley-inbox .ticket').count();
    if (rows !== 1) throw new Error(`the filtered list shows ${rows} tickets`);
    await ada.locator(`parley-inbox parley-tag-picker button.tag-remove[aria-label="Remove tag ${vip}"]`).click();
    await row(tomasz, tagged).waitFor({ state: 'detached' });
    const picker = ada.locator('parley-inbox parley-tag-picker');
    await picker.locator('button.add').click();
    await picker.locator('input[role=combobox]').pressSequentially(vip);
    await picker.locator('input[role=combobox]').press('Enter');
    await picker.locator('.tags .tag-chip', { hasText: vip }).waitFor();
    await picker.locator('input[role=combobox]').press('Escape');
    await row(tomasz, tagged).waitFor();
  });

  await check(
    'the Polish agent saves the filter as a view and opens it again from the menu and its address',
    async () => {
      const views = tomasz.locator('parley-inbox parley-views');
      await views.locator('button.toggle', { hasText: 'Widoki' }).click();
      await views.locator('button.save', { hasText: 'Zapisz widok' }).click();
      await views.locator('#view-name').fill(viewName);
      await views.locator('form button.primary').click();
      await views.locator('button.toggle', { hasText: viewName }).waitFor();
      const viewId = /#\/views\/([\w-]+)/.exec(tomasz.url())?.[1];
      if (!viewId) throw new Error(`the address does not name the view: ${tomasz.url()}`);
      await tomasz.locator('parley-inbox #tag-filter').selectOption({ index: 0 });
      await row(tomasz, other).waitFor();
      await views.locator('button.toggle').click();
      await views.locator('h3', { hasText: 'Moje widoki' }).waitFor();
      await screenshot(tomasz, 'tags-5-views-desktop-pl');
      await views.locator('button.open', { hasText: viewName }).click();
      await row(tomasz, other).waitFor({ state: 'detached' });
      await row(tomasz, tagged).waitFor();
      await tomasz.goto(`${base}/inbox/`);
      await row(tomasz, other).waitFor();
      await tomasz.goto(`${base}/inbox/#/views/${viewId}`);
      await tomasz.reload();
      await row(tomasz, tagged).waitFor();
      await row(tomasz, other).waitFor({ state: 'detached' });
      await views.locator('button.toggle', { hasText: viewName }).waitFor();
      await screenshot(tomasz, 'tags-6-view-open-desktop-pl');
    },
  );

  await check('on a 390 px phone the chips, the picker and the filters fit', async () => {
    await ada.setViewportSize(PHONE);
    const picker = ada.locator('parley-inbox parley-tag-picker');
    await picker.locator('button.add').click();
    await picker.locator('[role=option]').first().waitFor();
    await screenshot(ada, 'tags-7-picker-phone-en');
    await picker.locator('input[role=combobox]').press('Escape');
    await tomasz.setViewportSize(PHONE);
    await screenshot(tomasz, 'tags-8-list-phone-pl');
    for (const page of [ada, tomasz]) {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) throw new Error(`the inbox is ${width} px wide on a 390 px phone`);
    }
  });
} catch {
  failed = true;
  await failureScreenshots('tags-failure');
} finally {
  await browser.close();
  const tags = await api(admin, 'GET', '/tags').catch(() => []);
  for (const tag of tags.filter((t) => t.name.endsWith(suffix))) await remove(`/tags/${tag.id}`);
  if (bobId) await remove(`/agents/${bobId}`);
}

finish(failed);
