// End-to-end check of the emails a visitor gets, used as a visitor would, in the browser: while the team is away a
// visitor writes, leaves their email address and goes; the agent replies in the inbox; the reply's email arrives with a
// link back to the chat (/chat/?c=…), which opened in a fresh browser (no storage, as from a mail app) shows the
// conversation with the agent's reply and lets the visitor answer, and the agent sees the answer in the same ticket.
// The visitor then ends the chat there and has it emailed with "Email me this conversation": the email arrives with
// every message. The settings are put back.
//
// Same variables as slice.e2e.mjs (PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD, PARLEY_E2E_SCREENSHOTS,
// CHROMIUM_PATH), and PARLEY_E2E_MAILBOX: where the SMTP fake the server sends to drops the emails it receives, one
// JSON file each (WidgetEndToEndIT sets it).
//
// Run: node e2e/visitor-email.e2e.mjs   (exit code 0 when every step passed)
import {
  awaitEmail,
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
  PHONE,
  putBackSettings,
  screenshot,
  send,
  settings,
  signIn,
  signInIfNeeded,
  suffix,
  ticketsWith,
  ticketWith,
} from './support.mjs';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Open only on the day after tomorrow (UTC), so closed now whatever the hour: the widget asks for the email.
const openDay = DAYS[(new Date().getUTCDay() + 2) % 7];
const businessHours = {
  timeZone: 'Z',
  alwaysOpen: false,
  weeklySchedule: { [openDay]: [{ start: '09:00', end: '17:00' }] },
  closures: [],
};
const question = `Can I return shoes I wore once? [${suffix}]`;
const reply = `Yes, within 30 days if they look new [${suffix}]`;
const answer = `Great, I will send them back tomorrow [${suffix}]`;
const address = `ewa.${suffix}@example.com`;
const LINK = /https?:\/\/[^\s"<>]+(\/chat\/\?c=[A-Za-z0-9_-]+&(?:amp;)?lang=[a-z]+)/;

console.log(`Parley visitor email e2e against ${base} (run ${suffix})`);
const session = await signIn();
const before = await settings(session);
const browser = await launchBrowser();
let failed = false;
try {
  await check(`admin sets business hours that leave the store closed now (open on ${openDay} only)`, async () => {
    await settings(session, { businessHours });
  });

  await check('a visitor writes while the team is away, leaves their email address and goes', async () => {
    const visitor = await newPage('visitor', DESKTOP);
    await visitor.goto(await hostPage(visitor, 'visitor-email'));
    await openChat(visitor);
    await send(visitor, 'parley-chat', question);
    const prompt = visitor.locator('parley-chat parley-email-prompt');
    await prompt.getByLabel('Your email address').fill(address);
    await prompt.getByRole('button', { name: 'Save' }).click();
    await prompt.getByRole('status').filter({ hasText: address }).waitFor();
    // Closing the browser closes the chat's connection: the visitor has left.
    await visitor.context().close();
  });

  const agent = await newPage('agent', DESKTOP);
  let ticket;
  await check('the agent replies in the inbox', async () => {
    ticket = await ticketWith(session, question);
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
    await agent.locator(`parley-inbox .ticket[data-conversation="${ticket.conversationId}"]`).click();
    await send(agent, 'parley-inbox', reply);
    await expectThread(agent, 'parley-inbox', [question, reply]);
  });

  let link;
  await check('the reply is emailed to the visitor with a link back to the chat', async () => {
    const email = await awaitEmail(address, reply);
    if (!email.subject.startsWith('New reply from ')) throw new Error(`the subject is "${email.subject}"`);
    const found = LINK.exec(email.text);
    if (!found) throw new Error(`no link to /chat/ in the email:\n${email.text}`);
    // The link's address is the server's public one (PARLEY_PUBLIC_URL); this server is reached at ${base}.
    link = `${base}${found[1].replace('&amp;', '&')}`;
    if (!link.endsWith('&lang=en')) throw new Error(`the link is not in the visitor's language: ${link}`);
  });

  const chat = await newPage('chat-page', PHONE, { mobile: true });
  await check("the link opens the conversation with the agent's reply, in a browser that never saw it", async () => {
    await chat.goto(link);
    await expectThread(chat, 'parley-chat', [question, reply]);
    if (new URL(chat.url()).search) throw new Error(`the token stays in the address bar: ${chat.url()}`);
    await screenshot(chat, 'visitor-email-1-link-phone');
  });

  await check('the visitor answers there, and the agent sees it in the same ticket', async () => {
    await send(chat, 'parley-chat', answer);
    await expectThread(chat, 'parley-chat', [question, reply, answer]);
    await expectThread(agent, 'parley-inbox', [question, reply, answer]);
    const tickets = await ticketsWith(session, answer);
    if (tickets.length !== 1 || tickets[0].id !== ticket.id)
      throw new Error(`the answer is in ${JSON.stringify(tickets.map((t) => t.id))}, not in ${ticket.id}`);
    await screenshot(agent, 'visitor-email-2-answer-inbox');
  });

  await check('the visitor ends the chat and has it emailed with "Email me this conversation"', async () => {
    await chat.locator('parley-chat button.end').click();
    await chat.locator('parley-chat [role=alertdialog] button.primary').click();
    const transcript = chat.locator('parley-chat parley-transcript');
    await transcript.getByRole('button', { name: 'Email me this conversation' }).click();
    const field = transcript.getByLabel('Your email address');
    await field.fill(address);
    await screenshot(chat, 'visitor-email-3-transcript-phone');
    await transcript.getByRole('button', { name: 'Send', exact: true }).click();
    await transcript
      .getByRole('status')
      .filter({ hasText: `We sent this conversation to ${address}.` })
      .waitFor();
    const email = await awaitEmail(address, answer);
    if (!email.subject.startsWith('Your conversation with '))
      throw new Error(`the transcript's subject is "${email.subject}"`);
    for (const text of [question, reply, answer])
      if (!email.text.includes(text)) throw new Error(`the transcript lacks "${text}":\n${email.text}`);
    await screenshot(chat, 'visitor-email-4-transcript-sent-phone');
  });
} catch {
  failed = true;
  await failureScreenshots('visitor-email-failure');
} finally {
  await browser.close();
  await check('settings are put back', () => putBackSettings({ businessHours: before.businessHours })).catch(
    () => (failed = true),
  );
}

finish(failed, { timedFailure: true });
