// End-to-end check of internal notes with two agents and a visitor: the admin (English) opens the visitor's ticket,
// switches the reply box to Note, types @ and picks the other agent from the team list, and adds the note; it shows
// among the messages, labelled for agents only. The other agent (whose account speaks Polish) sees the note live in
// the open ticket and the mention in their Mentions list, which opens the ticket. The visitor's widget never shows
// the note. Screenshots on a desktop and on a 375 px phone, in English and in Polish.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/notes.e2e.mjs   (exit code 0 when every step passed)
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
  screenshot,
  send,
  signIn,
  suffix,
} from './support.mjs';

const question = `Where is my refund? [${suffix}-q]`;
const secret = `refund approved by the warehouse [${suffix}-n]`;
const bob = {
  email: `bogna-${suffix}@parley.test`,
  name: `Bogna ${suffix}`,
  password: 'bogna-secret-123',
  role: 'agent',
};
const PHONE_375 = { width: 375, height: 812 };

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

const browser = await launchBrowser();
const admin = await signIn();
let bobId;
let failed = false;
try {
  console.log(`Parley notes e2e against ${base} (run ${suffix})`);
  await check('an admin adds an agent whose account speaks Polish', async () => {
    bobId = (await api(admin, 'POST', '/agents', bob)).id;
    await speakPolish(bob);
  });

  const visitor = await newPage('visitor', DESKTOP);
  const ada = await newPage('admin', DESKTOP);
  const bogna = await newPage('bogna', DESKTOP, { locale: 'pl-PL' });
  const row = (page) => page.locator('parley-inbox .ticket', { hasText: question });

  await check('a visitor writes; both agents sign in and open the ticket', async () => {
    await visitor.goto(`${base}/demo/`);
    await openChat(visitor);
    await send(visitor, 'parley-chat', question);
    await expectThread(visitor, 'parley-chat', [question]);
    await signInAs(ada, { email, password });
    await signInAs(bogna, bob);
    await row(ada).click();
    await expectThread(ada, 'parley-inbox', [question]);
  });

  await check('the admin writes a note, picking the agent from the team list after @', async () => {
    await ada.locator('parley-inbox parley-reply [role=tab]', { hasText: 'Note' }).click();
    await ada.locator('parley-inbox .note-hint', { hasText: 'Note · only agents see this' }).waitFor();
    const area = ada.locator('parley-inbox parley-composer textarea');
    await area.pressSequentially('Please check this, @Bog');
    const option = ada.locator('parley-inbox [role=listbox] [role=option]', { hasText: `@${bob.name}` });
    await option.waitFor();
    if ((await option.getAttribute('aria-selected')) !== 'true') throw new Error('the first fit is not selected');
    await screenshot(ada, 'notes-1-mention-list-desktop-en');
    await area.press('Enter');
    const typed = await area.inputValue();
    if (typed !== `Please check this, @${bob.name} `) throw new Error(`the note reads "${typed}"`);
    await area.pressSequentially(secret);
    await area.press('Enter');
    const note = ada.locator('parley-inbox parley-message-list li[part~="note"]', { hasText: secret });
    await note.locator('[part~="note-label"]', { hasText: 'Note · only agents see this' }).waitFor();
    await ada.locator('parley-inbox parley-message-list li.sent[part~="note"]', { hasText: secret }).waitFor();
    await screenshot(ada, 'notes-2-thread-desktop-en');
  });

  await check('the mentioned agent gets the mention live, in Polish, and opens the ticket from it', async () => {
    const toggle = bogna.locator('parley-inbox parley-mentions .toggle');
    await toggle.locator('.count', { hasText: '1' }).waitFor();
    await toggle.click();
    const item = bogna.locator('parley-inbox parley-mentions li button', { hasText: secret });
    await item.locator('strong', { hasText: 'wspomina o Tobie' }).waitFor();
    await screenshot(bogna, 'notes-3-mentions-desktop-pl');
    await item.click();
    const note = bogna.locator('parley-inbox parley-message-list li[part~="note"]', { hasText: secret });
    await note.locator('[part~="note-label"]', { hasText: 'Notatka · widzi ją tylko zespół' }).waitFor();
    await toggle.locator('.count').waitFor({ state: 'detached' });
    await screenshot(bogna, 'notes-4-thread-desktop-pl');
  });

  await check('a second note reaches the agent who has the ticket open, live', async () => {
    await ada.locator('parley-inbox parley-composer textarea').fill(`Customer called back [${suffix}-2]`);
    await ada.locator('parley-inbox parley-composer textarea').press('Enter');
    await bogna
      .locator('parley-inbox parley-message-list li[part~="note"]', { hasText: `Customer called back [${suffix}-2]` })
      .waitFor();
  });

  await check('the visitor’s widget shows nothing of the notes, also after a reload', async () => {
    await visitor.waitForTimeout(1000);
    for (let round = 0; round < 2; round++) {
      const text = await visitor.locator('parley-chat parley-message-list').innerText();
      if (text.includes(secret) || text.includes(`${suffix}-2`)) throw new Error(`the visitor sees a note: ${text}`);
      await expectThread(visitor, 'parley-chat', [question]);
      if (round === 0) {
        await visitor.reload();
        await openChat(visitor);
        await expectThread(visitor, 'parley-chat', [question]);
      }
    }
  });

  await check('on a 375 px phone, in English and in Polish, the note stays readable', async () => {
    await ada.setViewportSize(PHONE_375);
    await bogna.setViewportSize(PHONE_375);
    await ada
      .locator('parley-inbox parley-message-list li[part~="note"]', { hasText: secret })
      .scrollIntoViewIfNeeded();
    await screenshot(ada, 'notes-5-thread-phone-en');
    await bogna.locator('parley-inbox parley-reply [role=tab]', { hasText: 'Notatka' }).click();
    await bogna.locator('parley-inbox parley-composer textarea').pressSequentially('@Ad');
    await bogna.locator('parley-inbox [role=listbox] [role=option]').first().waitFor();
    await screenshot(bogna, 'notes-6-mention-list-phone-pl');
    const width = await bogna.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) throw new Error(`the inbox is ${width} px wide on a 375 px phone`);
  });
} catch {
  failed = true;
  await failureScreenshots('notes-failure');
} finally {
  await browser.close();
  if (bobId) {
    const res = await fetch(`${base}/api/v1/agents/${bobId}`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
    });
    if (!res.ok) console.error(`    could not remove the agent: ${res.status}`);
  }
}

finish(failed);
