// End-to-end check of business hours: an admin sets opening hours that leave the store closed now and an away
// message; the visitor opening the chat on the demo store sees when the team is back, writes, and receives the away
// message in the thread; the inbox goes on previewing what the visitor wrote, and counting their wait from it. The
// settings are put back afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/away.e2e.mjs   (exit code 0 when every step passed)
import {
  api,
  base,
  check,
  DESKTOP,
  expectThread,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  screenshot,
  send,
  putBackSettings,
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
const awayMessage = `We are out on the trail until ${openDay}; we will answer then. [${suffix}-away]`;
const question = `Is the Ridge 40 backpack waterproof? [${suffix}-q]`;

console.log(`Parley away-message e2e against ${base} (run ${suffix})`);
const session = await signIn();
const before = await settings(session);
const browser = await launchBrowser();
let failed = false;
try {
  let config;
  await check(`admin sets business hours (open on ${openDay} only) and an away message`, async () => {
    const after = await settings(session, { businessHours, awayMessage });
    if (after.awayMessage !== awayMessage || after.businessHours.alwaysOpen)
      throw new Error(`settings: ${JSON.stringify(after)}`);
    config = await (await fetch(`${base}/api/v1/widget/config`)).json();
    if (config.openNow !== false || !config.nextOpeningAt) throw new Error(`widget config: ${JSON.stringify(config)}`);
  });

  const visitor = await newPage('visitor', DESKTOP);

  await check('the visitor opening the chat sees that the team is away and when it is back', async () => {
    await visitor.goto(`${base}/demo/`);
    await openChat(visitor);
    const notice = visitor.locator('parley-chat .notice.away');
    await notice.waitFor();
    const text = await notice.textContent();
    // The widget words the time in the visitor's language and time zone.
    const [weekday, day] = await visitor.evaluate((at) => {
      const d = new Date(at);
      return [new Intl.DateTimeFormat('en', { weekday: 'short' }).format(d), String(d.getDate())];
    }, config.nextOpeningAt);
    if (
      !/closed/i.test(text) ||
      !text.includes('Back') ||
      !text.includes(weekday) ||
      !new RegExp(`\\b${day}\\b`).test(text)
    ) {
      throw new Error(
        `the notice says "${text}", not when the team is back (${weekday} ${day}, ${config.nextOpeningAt})`,
      );
    }
    if ((await notice.getAttribute('role')) !== 'status')
      throw new Error('the notice is not a status for screen readers');
  });

  await check('the visitor writes and the away message arrives after the message', async () => {
    await send(visitor, 'parley-chat', question);
    await expectThread(visitor, 'parley-chat', [question, awayMessage]);
    const away = visitor.locator('parley-chat parley-message-list li.store', { hasText: awayMessage });
    if ((await away.count()) !== 1) throw new Error('the away message does not read as the store speaking');
    if ((await away.locator('.name').textContent()) !== 'Support') throw new Error('the away message names no sender');
  });

  await check('the inbox list previews what the visitor wrote, not the away message', async () => {
    const ticket = await ticketWith(session, question);
    const { conversationId, waitingSince } = ticket;
    const agent = await newPage('agent', DESKTOP);
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
    const row = agent.locator(`parley-inbox .ticket[data-conversation="${conversationId}"]`);
    await row.waitFor();
    const preview = (await row.locator('.preview').textContent()).trim();
    if (preview !== question) throw new Error(`the row previews "${preview}"`);
    if (await agent.locator('parley-inbox .ticket .preview', { hasText: awayMessage }).count())
      throw new Error('a row previews the away message');
    const { messages } = await api(session, 'GET', `/tickets/${ticket.id}`);
    const asked = messages.find((m) => m.text === question);
    if (waitingSince !== asked.sentAt)
      throw new Error(`the visitor waits since ${waitingSince}, not since their message (${asked.sentAt})`);
    await screenshot(agent, 'away-inbox');
    await agent.context().close();
  });

  await screenshot(visitor, 'away-desktop');
  await visitor.setViewportSize(PHONE);
  await screenshot(visitor, 'away-phone');

  await check('the away message is sent once: a second message gets none', async () => {
    const again = `And is it under 1.5 kg? [${suffix}-q2]`;
    await send(visitor, 'parley-chat', again);
    await expectThread(visitor, 'parley-chat', [question, awayMessage, again]);
    // An away reply is committed with the message it answers: once the message has its seq, the thread is complete.
    const ticket = await ticketWith(session, question);
    const { messages } = await api(session, 'GET', `/tickets/${ticket.id}`);
    const texts = messages.map((m) => m.text);
    if (texts.filter((t) => t === awayMessage).length !== 1 || texts.at(-1) !== again)
      throw new Error(`the ticket holds ${JSON.stringify(texts)}`);
  });
} catch {
  failed = true;
  await failureScreenshots('away-failure');
} finally {
  await browser.close();
  await check('settings are put back', () =>
    putBackSettings({ businessHours: before.businessHours, awayMessage: before.awayMessage }),
  ).catch(() => (failed = true));
}

finish(failed, { timedFailure: true });
