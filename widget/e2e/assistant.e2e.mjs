// End-to-end check of the store's AI agent in a real browser: with it on and FAQs in English and Polish, a visitor
// reads its greeting, asks about shipping and gets the store's answer with the AI label and its source; "Talk to a
// person" hands the conversation to the team, whose welcome follows, and the ticket is in the inbox. In Polish on a
// phone the same, in Polish words. The settings are put back afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/assistant.e2e.mjs   (exit code 0 when every step passed)
import {
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
  suffix,
  ticketsWith,
  waitForHealth,
} from './support.mjs';

const english = {
  lang: 'en',
  locale: 'en-US',
  viewport: DESKTOP,
  question: `How long does shipping take? [${suffix}]`,
  answer: `We ship every order within 2 working days. [${suffix}-en]`,
  asked: `how long is shipping? ${suffix}-en-q`,
  greeting: 'Hi! I’m the store’s AI agent.',
  talk: 'Talk to a person',
  passing: "We're passing your question to our team.",
};
const polish = {
  lang: 'pl',
  locale: 'pl-PL',
  viewport: PHONE,
  question: `Ile trwa wysyłka zamówienia? [${suffix}]`,
  answer: `Wysyłamy każde zamówienie w ciągu 2 dni roboczych. [${suffix}-pl]`,
  asked: `jak długo trwa wysyłka? ${suffix}-pl-q`,
  greeting: 'Cześć! Jestem asystentem AI sklepu.',
  talk: 'Porozmawiaj z człowiekiem',
  passing: 'Przekazujemy Twoje pytanie naszemu zespołowi.',
};

console.log(`Parley AI agent e2e against ${base} (run ${suffix})`);
await waitForHealth();
const session = await signIn();
const before = await settings(session);
const browser = await launchBrowser();
let failed = false;
try {
  await check('admin publishes FAQs in English and Polish and turns the AI agent on', async () => {
    const faqs = [english, polish].map((l) => ({
      question: l.question,
      answer: l.answer,
      published: true,
      language: l.lang,
    }));
    const after = await settings(session, { faqs, enabled: true, handoffTarget: 'inbox', handoffMessage: '' });
    if (!after.enabled) throw new Error('the AI agent is still off');
  });

  for (const l of [english, polish]) {
    const visitor = await newPage(`${l.lang} visitor`, l.viewport, { locale: l.locale, mobile: l === polish });
    await visitor.goto(await hostPage(visitor, `assistant-${l.lang}`, { lang: l.lang }));

    await check(`${l.lang}: the AI agent greets the visitor above the FAQs`, async () => {
      await openChat(visitor);
      await visitor.locator('parley-chat parley-greeting', { hasText: l.greeting }).waitFor();
      await visitor.locator('parley-chat .faqs .faq', { hasText: l.question }).waitFor();
    });

    await check(`${l.lang}: a question gets the store's answer, labelled AI, with its source`, async () => {
      await visitor.locator('parley-chat .faqs .help').click();
      await send(visitor, 'parley-chat', l.asked);
      const answer = visitor.locator('parley-chat parley-message-list li[data-seq="2"]');
      await answer.locator('[part~="bubble"]', { hasText: l.answer }).waitFor();
      await answer.locator('[part~="ai-label"]').waitFor();
      await answer.locator('[part~="source"]', { hasText: l.question }).waitFor();
      await screenshot(visitor, `assistant-${l.lang}-answer`);
    });

    await check(`${l.lang}: "${l.talk}" hands the conversation to the team`, async () => {
      await visitor.locator('parley-chat parley-handoff button', { hasText: l.talk }).click();
      await visitor.locator('parley-chat parley-message-list', { hasText: l.passing }).waitFor();
      await visitor.locator('parley-chat parley-message-list', { hasText: before.welcomeMessage }).waitFor();
      await visitor.locator('parley-chat parley-handoff').waitFor({ state: 'detached' });
      const tickets = await ticketsWith(session, l.asked);
      if (tickets.length !== 1) throw new Error(`expected the ticket in the inbox, got ${tickets.length}`);
      await screenshot(visitor, `assistant-${l.lang}-handed-off`);
    });
  }
} catch {
  failed = true;
  await failureScreenshots('assistant-failure');
} finally {
  await browser.close();
  await check('settings are put back', () =>
    putBackSettings({
      faqs: before.faqs,
      enabled: before.enabled,
      handoffTarget: before.handoffTarget,
      handoffMessage: before.handoffMessage,
    }),
  ).catch(() => (failed = true));
}

finish(failed, { timedFailure: true });
