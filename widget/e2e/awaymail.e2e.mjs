// End-to-end check of the away mode that still helps: with the store closed, a visitor who wrote is asked for their
// email (English and Polish, desktop and a 390 px phone); a bad address is refused in the widget, a good one is kept
// and said back, and the agents' profile panel shows it as "Email given by the visitor". A visitor who says no is not
// asked again. Parley's chat page (/chat/) with a link that opens nothing says so. The settings are put back.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/awaymail.e2e.mjs   (exit code 0 when every step passed)
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
  send,
  settings,
  signIn,
  signInIfNeeded,
  suffix,
  ticketWith,
} from './support.mjs';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Open only on the day after tomorrow (UTC), so closed now whatever the hour.
const openDay = DAYS[(new Date().getUTCDay() + 2) % 7];
const businessHours = {
  timeZone: 'Z',
  alwaysOpen: false,
  weeklySchedule: { [openDay]: [{ start: '09:00', end: '17:00' }] },
  closures: [],
};
const prompt = (page) => page.locator('parley-chat parley-email-prompt');

console.log(`Parley away email e2e against ${base} (run ${suffix})`);
const session = await signIn();
const before = await settings(session);
const browser = await launchBrowser();
let failed = false;
try {
  await check(`admin sets business hours that leave the store closed now (open on ${openDay} only)`, async () => {
    await settings(session, { businessHours });
    const config = await (await fetch(`${base}/api/v1/widget/config`)).json();
    if (config.openNow !== false) throw new Error(`widget config: ${JSON.stringify(config)}`);
  });

  const question = `Do you ship to Norway? [${suffix}-en]`;
  const email = `anna.${suffix}@example.com`;
  const visitor = await newPage('visitor-en', DESKTOP);

  await check('the visitor who wrote while the team is away is asked for their email, in English', async () => {
    await visitor.goto(`${base}/demo/`);
    await openChat(visitor);
    if (await prompt(visitor).locator('form').count()) throw new Error('asked before the visitor wrote anything');
    await send(visitor, 'parley-chat', question);
    await prompt(visitor).locator('h2', { hasText: "Leave your email and we'll reply there" }).waitFor();
    await screenshot(visitor, 'awaymail-en-desktop-asked');
  });

  await check('a bad address is refused in the widget and a good one is kept and said back', async () => {
    const field = prompt(visitor).getByLabel('Your email address');
    await field.fill('anna.example.com');
    await prompt(visitor).getByRole('button', { name: 'Save' }).click();
    await prompt(visitor).getByRole('alert').filter({ hasText: 'name@example.com' }).waitFor();
    if ((await field.getAttribute('aria-invalid')) !== 'true') throw new Error('the field is not marked invalid');
    await field.fill(email);
    await field.press('Enter');
    await prompt(visitor).getByRole('status').filter({ hasText: email }).waitFor();
    await screenshot(visitor, 'awaymail-en-desktop');
  });

  await check('agents see the address in the profile panel as given by the visitor', async () => {
    const ticket = await ticketWith(session, question);
    const { profile } = await api(session, 'GET', `/tickets/${ticket.id}/profile`);
    if (profile.visitorEmail !== email || profile.email) throw new Error(`profile: ${JSON.stringify(profile)}`);
    const agent = await newPage('agent', DESKTOP);
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
    const row = agent.locator(`parley-inbox .ticket[data-conversation="${ticket.conversationId}"]`);
    await row.waitFor();
    await row.click();
    const field = agent.locator('parley-profile dt', { hasText: 'Email given by the visitor' });
    await field.waitFor();
    await agent.locator('parley-profile dd a', { hasText: email }).waitFor();
    await screenshot(agent, 'awaymail-inbox-profile');
    await agent.context().close();
  });

  await check('after a reload the visitor is not asked again, and the address is said back', async () => {
    await visitor.reload();
    await openChat(visitor);
    await prompt(visitor).getByRole('status').filter({ hasText: email }).waitFor();
  });

  const polish = await newPage('visitor-pl', DESKTOP, { locale: 'pl-PL' });
  await check('a Polish visitor is asked in Polish, and one who says no is not asked again', async () => {
    await polish.goto(await hostPage(polish, 'awaymail-pl', { lang: 'pl' }));
    await openChat(polish);
    await send(polish, 'parley-chat', `Czy wysyłacie do Norwegii? [${suffix}-pl]`);
    await prompt(polish).locator('h2', { hasText: 'Zostaw e-mail, a wyślemy na niego odpowiedź' }).waitFor();
    await screenshot(polish, 'awaymail-pl-desktop');
    await polish.setViewportSize(PHONE);
    await screenshot(polish, 'awaymail-pl-phone');
    await prompt(polish).getByRole('button', { name: 'Nie, dziękuję' }).click();
    await prompt(polish).locator('form').waitFor({ state: 'detached' });
    const kept = await polish.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('parley.chat:'))
        .map((key) => JSON.parse(localStorage.getItem(key)).contact),
    );
    if (!kept.some((contact) => contact?.skipped === true)) throw new Error(`the widget kept ${JSON.stringify(kept)}`);
    await polish.reload();
    await openChat(polish);
    await polish.locator('parley-chat parley-message-list').waitFor({ state: 'attached' });
    await polish.waitForTimeout(500);
    if (await prompt(polish).locator('form').count()) throw new Error('asked again after saying no');
  });

  await check("Parley's chat page says when its link no longer opens the conversation", async () => {
    const page = await newPage('chat-page', PHONE, { locale: 'pl-PL' });
    await page.goto(`${base}/chat/?c=hS0c8xV4bq1uOaN7WnYt2mKp3LrZe6JdQfXg9iCvB5A&lang=pl`);
    await page.locator('parley-chat .identity', { hasText: 'Ten link już nie otwiera rozmowy' }).waitFor();
    if (new URL(page.url()).search) throw new Error(`the token stays in the address bar: ${page.url()}`);
    await screenshot(page, 'awaymail-chat-page-expired-phone');
    await page.context().close();
  });
} catch {
  failed = true;
  await failureScreenshots('awaymail-failure');
} finally {
  await browser.close();
  await check('settings are put back', () => putBackSettings({ businessHours: before.businessHours })).catch(
    () => (failed = true),
  );
}

finish(failed, { timedFailure: true });
