// End-to-end check of the admins' knowledge screen (#/knowledge) in a real browser: in English on a desktop, an admin
// writes a knowledge article as a draft, publishes it, asks the test console a question it answers and sees the
// answer with the article as its source, a high confidence and why. The admin imports a page Parley serves itself
// (the demo store, once Parley's origin is among the store's allowed sites) and sees it in the import's report and as
// a draft in the list. In Polish on a phone 375 px wide, the same screen
// speaks Polish, the console's answer to "chcę rozmawiać z człowiekiem" is a handoff with its reason in Polish, and the
// article is deleted after its confirmation. The admin's language and the allowed sites are put back, and the
// articles deleted if a step failed.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/knowledge.e2e.mjs   (exit code 0 when every step passed)
import {
  api,
  base,
  check,
  DESKTOP,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  putBackSettings,
  screenshot,
  settings,
  signIn,
  signInIfNeeded,
  suffix,
  waitForHealth,
} from './support.mjs';

/** The narrowest phone the inbox is made for. */
const PHONE = { width: 375, height: 812 };
/** A word no other knowledge has, so that only this run's article answers. */
const word = `kettlo${suffix}`;
const title = `Cleaning the ${word} kettle`;
const link = `https://shop.example.com/care/${word}`;
/** A page of the store's site that Parley itself serves, as Parley keeps its address. */
const page = new URL('/demo/', base).href;

console.log(`Parley knowledge screen e2e against ${base} (run ${suffix})`);
await waitForHealth();
const session = await signIn();
const probe = await api(session, 'GET', '/agent/session/probe');
const adminLocale = probe.session?.locale ?? 'en';
const { allowedOrigins } = await settings(session);
const browser = await launchBrowser();
let failed = false;
try {
  await api(session, 'PATCH', '/agents/me', { locale: 'en' });
  const en = await newPage('en admin', DESKTOP, { locale: 'en-US' });
  const screen = en.locator('parley-knowledge');
  const row = screen.locator('ul.list > li', { hasText: title });

  await check('en: the admin opens Knowledge from the top bar', async () => {
    await en.goto(`${base}/inbox/`);
    await signInIfNeeded(en);
    await en.locator('parley-inbox nav.main a[href="#/knowledge"]', { hasText: 'Knowledge' }).click();
    await screen.locator('h1', { hasText: 'Knowledge' }).waitFor();
    await screen.locator('.faqs a[href="#/settings/faqs"]').waitFor();
    await screen.locator('.articles[aria-busy="false"]').waitFor();
  });

  await check('en: writes an article as a draft, with the hint on headings', async () => {
    await screen.locator('button.new').click();
    await screen.getByLabel('Title').fill(title);
    await screen.locator('#article-body-hint', { hasText: 'A line starting with # is a heading' }).waitFor();
    await screen
      .getByLabel('Text', { exact: true })
      .fill(`# Cleaning\nRinse the ${word} kettle with vinegar once a month.\n# Warranty\nTwo years.`);
    await screen.getByLabel('Language', { exact: true }).selectOption('en');
    await screen.getByLabel('Source link (optional)').fill(link);
    await screenshot(en, 'knowledge-en-form');
    await screen.locator('button.save').click();
    await row.locator('.badge.status', { hasText: 'Draft' }).waitFor();
    await screen.locator('.notice', { hasText: `“${title}” saved.` }).waitFor();
  });

  await check('en: a draft is never used to answer', async () => {
    await screen.getByLabel('Question').fill(`How do I clean the ${word} kettle?`);
    await screen.locator('button.ask').click();
    await screen.locator('.result .outcome', { hasText: 'It would hand off to your team' }).waitFor();
    await screen.locator('.handoff-reason', { hasText: 'Nothing in the published knowledge' }).waitFor();
  });

  await check('en: publishes it, and the console answers from it with its source', async () => {
    await row.locator('button.toggle', { hasText: 'Publish' }).click();
    await row.locator('.badge.status', { hasText: 'Published' }).waitFor();
    await screen.locator('button.ask').click();
    await screen.locator('.result .outcome', { hasText: 'It would answer' }).waitFor();
    await screen.locator('.result .bubble', { hasText: 'vinegar once a month' }).waitFor();
    const source = screen.locator('.result .sources a', { hasText: title });
    await source.waitFor();
    if ((await source.getAttribute('href')) !== link) throw new Error('the source links elsewhere');
    await screen.locator('.result .confidence', { hasText: '%' }).waitFor();
    await screen.locator('.result .why', { hasText: title }).waitFor();
    const live = await screen.locator('.console [role="status"]').textContent();
    if (!live?.startsWith('It would answer. Confidence')) throw new Error(`announced "${live}"`);
    await screenshot(en, 'knowledge-en-answer');
  });

  await check("en: imports a page of the store's site, sees it in the report and as a draft in the list", async () => {
    await deleteArticles(session, (a) => a.link === page);
    const origin = new URL(base).origin;
    if (!allowedOrigins.includes(origin)) await settings(session, { allowedOrigins: [...allowedOrigins, origin] });
    const card = screen.locator('section.import');
    await card.locator('h2', { hasText: 'Import from your site' }).waitFor();
    await card.locator('.drafts', { hasText: 'Imported pages arrive as drafts' }).waitFor();
    await card.getByLabel('Page addresses', { exact: true }).check();
    await card.locator('#import-urls').fill(page);
    await card.locator('button.import-button', { hasText: 'Import' }).click();
    const item = card.locator('ul.pages li', { hasText: page });
    await item.locator('.page-outcome', { hasText: 'New draft' }).waitFor({ timeout: 70_000 });
    await card.locator('.counts li.created', { hasText: '1' }).waitFor();
    // The report's rows and the announcement are two renders apart: wait for the words, not for one reading.
    await card.locator('[role="status"]', { hasText: /^Import finished\. New drafts: 1/ }).waitFor();
    const imported = screen.locator('ul.list > li', { has: en.locator(`.meta a[href="${page}"]`) });
    await imported.locator('.badge.status', { hasText: 'Draft' }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(en, 'knowledge-en-import');
  });

  await check('en: on a phone the answer fits the width', async () => {
    await en.setViewportSize(PHONE);
    const overflow = await en.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) throw new Error(`the page is ${overflow} px wider than the phone`);
    await screen.locator('.result').scrollIntoViewIfNeeded();
    await screenshot(en, 'knowledge-en-phone');
    await screen.locator('section.import .report').scrollIntoViewIfNeeded();
    await screenshot(en, 'knowledge-en-import-phone');
  });
  await en.context().close();

  await api(session, 'PATCH', '/agents/me', { locale: 'pl' });
  const pl = await newPage('pl admin', PHONE, { locale: 'pl-PL', mobile: true });
  const ekran = pl.locator('parley-knowledge');
  const wiersz = ekran.locator('ul.list > li', { hasText: title });

  await check('pl: on a phone the screen speaks Polish and fits the width', async () => {
    await pl.goto(`${base}/inbox/#/knowledge`);
    await signInIfNeeded(pl);
    await ekran.locator('h1', { hasText: 'Baza wiedzy' }).waitFor();
    await ekran.locator('h2', { hasText: 'Konsola testowa' }).waitFor();
    await wiersz.locator('.badge.status', { hasText: 'Opublikowany' }).waitFor();
    await ekran.locator('section.import h2', { hasText: 'Import ze strony sklepu' }).waitFor();
    await ekran.locator('section.import .drafts', { hasText: 'trafiają tu jako szkice' }).waitFor();
    const overflow = await pl.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) throw new Error(`the page is ${overflow} px wider than the phone`);
    await screenshot(pl, 'knowledge-pl-phone');
    await ekran.locator('section.import').scrollIntoViewIfNeeded();
    await screenshot(pl, 'knowledge-pl-import-phone');
  });

  await check('pl: "chcę rozmawiać z człowiekiem" would hand off, and the console says why in Polish', async () => {
    await ekran.getByLabel('Pytanie').fill('chcę rozmawiać z człowiekiem');
    if ((await ekran.getByLabel('Język klienta').inputValue()) !== 'pl') {
      throw new Error("the visitor's language is not the admin's");
    }
    await ekran.locator('button.ask').click();
    await ekran.locator('.result .outcome', { hasText: 'Asystent przekazałby rozmowę zespołowi' }).waitFor();
    await ekran.locator('.handoff-reason', { hasText: 'Klient prosi o rozmowę z człowiekiem' }).waitFor();
    await ekran.locator('.result .confidence', { hasText: 'brak' }).waitFor();
    await ekran.locator('.result').scrollIntoViewIfNeeded();
    await screenshot(pl, 'knowledge-pl-handoff');
    await pl.setViewportSize(DESKTOP);
    await screenshot(pl, 'knowledge-pl-desktop');
    await pl.setViewportSize(PHONE);
  });

  await check('pl: the article is deleted after its confirmation', async () => {
    await wiersz.locator('button.delete', { hasText: 'Usuń' }).click();
    const dialog = ekran.locator('dialog.confirm[open]');
    await dialog.locator('h2', { hasText: `Usunąć „${title}”?` }).waitFor();
    await screenshot(pl, 'knowledge-pl-confirm');
    await dialog.locator('button.delete-confirm').click();
    await wiersz.waitFor({ state: 'detached' });
    await ekran.locator('.notice', { hasText: `Usunięto „${title}”.` }).waitFor();
  });
  await pl.context().close();
} catch {
  failed = true;
  await failureScreenshots('knowledge-failure');
} finally {
  await browser.close();
  await check("the run's articles are gone, and the admin's language and the allowed sites put back", async () => {
    const admin = await signIn();
    await deleteArticles(admin, (a) => a.title === title || a.link === page);
    await api(admin, 'PATCH', '/agents/me', { locale: adminLocale });
    await putBackSettings({ allowedOrigins });
  }).catch(() => (failed = true));
}

finish(failed, { timedFailure: true });

/** Deletes the knowledge articles that `which` picks. */
async function deleteArticles(admin, which) {
  const left = (await api(admin, 'GET', '/knowledge/articles')).filter(which);
  for (const a of left) {
    const res = await fetch(`${base}/api/v1/knowledge/articles/${a.id}`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
    });
    if (res.status !== 204) throw new Error(`DELETE answered ${res.status}`);
  }
}
