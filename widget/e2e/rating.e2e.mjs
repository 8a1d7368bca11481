// End-to-end check of the satisfaction rating and the reports: a visitor ends their chat and rates it bad with a
// comment (by keyboard); the agent, who has the ticket open, sees the rating on it live, and as a thumb in its row of
// the list after a reload; the Reports page counts it and shows the comment. Screenshots of the rating prompt and of
// the report, on a desktop and on a 375 px phone, in English and in Polish.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/rating.e2e.mjs   (exit code 0 when every step passed)
import {
  api,
  base,
  check,
  DESKTOP,
  expectThread,
  failureScreenshots,
  finish,
  hostPage,
  launchBrowser,
  newPage,
  openChat,
  screenshot,
  send,
  signIn,
  signInIfNeeded,
  suffix,
} from './support.mjs';

const PHONE = { width: 375, height: 740 };
const question = `My parcel is late [${suffix}]`;
const comment = `Nobody answered for an hour [${suffix}]`;
const rating = (page) => page.locator('parley-chat parley-rating');

/** Ends the visitor's chat through the header's "End chat" and its confirmation. */
async function endChat(page) {
  await page.locator('parley-chat button.end').click();
  await page.locator('parley-chat [role=alertdialog] button.primary').click();
  await rating(page).locator('legend').waitFor();
}

const browser = await launchBrowser();
const admin = await signIn();
let failed = false;
try {
  console.log(`Parley rating e2e against ${base} (run ${suffix})`);
  const visitor = await newPage('visitor', DESKTOP);
  const agent = await newPage('agent', { width: 1366, height: 860 });

  await check('a visitor writes and the agent opens the ticket', async () => {
    await visitor.goto(await hostPage(visitor, 'rating'));
    await openChat(visitor);
    await send(visitor, 'parley-chat', question);
    await expectThread(visitor, 'parley-chat', [question]);
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
    await agent.locator('parley-inbox .ticket', { hasText: question }).click();
    await agent.locator('parley-inbox parley-ticket-thread h2').waitFor();
  });

  await check('the visitor ends the chat and is asked how it was', async () => {
    await endChat(visitor);
    const legend = await rating(visitor).locator('legend').textContent();
    if (legend !== 'How was this conversation?') throw new Error(`the prompt says "${legend}"`);
    await screenshot(visitor, 'rating-1-prompt-desktop-en');
  });

  await check('the visitor rates it bad with a comment, by keyboard, and is thanked', async () => {
    const bad = rating(visitor).getByRole('button', { name: 'Bad' });
    await bad.focus();
    await visitor.keyboard.press('Enter');
    if ((await bad.getAttribute('aria-pressed')) !== 'true') throw new Error('"Bad" is not pressed');
    await rating(visitor).getByLabel('Add a comment (optional)').fill(comment);
    await screenshot(visitor, 'rating-2-comment-desktop-en');
    await rating(visitor).getByRole('button', { name: 'Send rating' }).press('Enter');
    await rating(visitor).locator('[role=status]', { hasText: 'Thank you for your feedback!' }).waitFor();
    await screenshot(visitor, 'rating-3-thanks-desktop-en');
  });

  await check('the agent sees "Rated bad" and the comment on the open ticket, live', async () => {
    const head = agent.locator('parley-inbox parley-ticket-thread .rating.bad');
    await head.locator('strong', { hasText: 'Rated bad' }).waitFor();
    const said = await head.locator('q').textContent();
    if (said !== comment) throw new Error(`the ticket shows "${said}"`);
    await screenshot(agent, 'rating-4-ticket-desktop-en');
  });

  await check('the rating stays on the ticket after a reload, and its row in the list shows it', async () => {
    await agent.reload();
    await signInIfNeeded(agent);
    // The ticket closed with the chat.
    await agent.locator('parley-inbox .tabs button', { hasText: 'Closed' }).click();
    const row = agent.locator('parley-inbox .ticket', { hasText: question });
    await row.getByRole('img', { name: 'Rated bad', exact: true }).waitFor();
    await screenshot(agent, 'rating-4b-list-desktop-en');
    await row.click();
    await agent.locator('parley-inbox parley-ticket-thread .rating.bad q', { hasText: comment }).waitFor();
  });

  await check('the Reports page, from the top bar, counts the rating and shows the comment', async () => {
    await agent.locator('parley-inbox nav.main a', { hasText: 'Reports' }).click();
    const reports = agent.locator('parley-inbox parley-reports');
    await reports.locator('.comments q', { hasText: comment }).waitFor();
    const bad = await reports.locator('.satisfaction .bad').textContent();
    if (!/Bad: [1-9]/.test(bad)) throw new Error(`the satisfaction says "${bad}"`);
    if ((await reports.locator('.chart .bar').count()) !== 7) throw new Error('the chart has no 7 days');
    await screenshot(agent, 'rating-5-report-desktop-en');
    await reports.getByRole('button', { name: 'Last 30 days' }).click();
    await reports.locator('.chart .bar').nth(29).waitFor();
  });

  await check('on a phone, in Polish: the prompt and the report', async () => {
    const phone = await newPage('phone', PHONE, { locale: 'pl-PL', mobile: true });
    await phone.goto(await hostPage(phone, 'rating-pl', { lang: 'pl' }));
    await openChat(phone);
    await send(phone, 'parley-chat', `${question} (pl)`);
    await expectThread(phone, 'parley-chat', [`${question} (pl)`]);
    await endChat(phone);
    const legend = await rating(phone).locator('legend').textContent();
    if (legend !== 'Jak oceniasz tę rozmowę?') throw new Error(`the prompt says "${legend}"`);
    await rating(phone).getByRole('button', { name: 'Dobrze' }).click();
    await screenshot(phone, 'rating-6-prompt-phone-pl');
    await rating(phone).getByRole('button', { name: 'Wyślij ocenę' }).click();
    await rating(phone).locator('[role=status]', { hasText: 'Dziękujemy za opinię!' }).waitFor();

    await api(admin, 'PATCH', '/agents/me', { locale: 'pl' });
    const inbox = await newPage('inbox-phone', PHONE, { locale: 'pl-PL', mobile: true });
    await inbox.goto(`${base}/inbox/#/reports`);
    await signInIfNeeded(inbox);
    await inbox.locator('parley-inbox parley-reports h1', { hasText: 'Raporty' }).waitFor();
    await inbox.locator('parley-inbox parley-reports .comments q', { hasText: comment }).waitFor();
    await screenshot(inbox, 'rating-7-report-phone-pl');
    await agent.reload();
    await agent.locator('parley-inbox parley-reports h1', { hasText: 'Raporty' }).waitFor();
    await agent.locator('parley-inbox parley-reports .comments q').first().waitFor();
    await screenshot(agent, 'rating-8-report-desktop-pl');
    const english = await newPage('visitor-phone-en', PHONE, { mobile: true });
    await english.goto(await hostPage(english, 'rating-phone-en'));
    await openChat(english);
    await send(english, 'parley-chat', `${question} (phone)`);
    await expectThread(english, 'parley-chat', [`${question} (phone)`]);
    await endChat(english);
    await screenshot(english, 'rating-9-prompt-phone-en');
  });
} catch {
  failed = true;
  await failureScreenshots('rating-failure');
} finally {
  await api(admin, 'PATCH', '/agents/me', { locale: 'en' }).catch((e) => console.error(`    ${e.message}`));
  await browser.close();
}

finish(failed);
