// End-to-end check of the store's AI agent in a real browser: with it on and FAQs in English and Polish, a visitor
// reads its greeting, asks about shipping and gets the store's answer with the AI label and its source; "Talk to a
// person" hands the conversation to the team, whose welcome follows, and the ticket is in the inbox. Until then the
// admins' AI view in the inbox lists the conversation and shows its thread read-only, with the AI label and the source;
// once handed off it leaves that view. In Polish on a phone the same, in Polish words (the admin's account speaks
// Polish meanwhile). The settings and the admin's language are put back afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/assistant.e2e.mjs   (exit code 0 when every step passed)
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
  aiView: 'AI agent',
  oneAnswer: '1 answer',
  open: 'Open',
  thanks: 'thanks!',
  welcome: "You're welcome! Is there anything else I can help with?",
};
const polish = {
  lang: 'pl',
  locale: 'pl-PL',
  viewport: PHONE,
  question: `Ile trwa wysyłka zamówienia? [${suffix}]`,
  answer: `Wysyłamy każde zamówienie w ciągu 2 dni roboczych. [${suffix}-pl]`,
  asked: `jak długo trwa wysyłka? ${suffix}-pl-q`,
  greeting: 'Dzień dobry! Jestem asystentem AI sklepu.',
  talk: 'Porozmawiaj z człowiekiem',
  passing: 'Przekazujemy Twoje pytanie naszemu zespołowi.',
  aiView: 'Asystent AI',
  oneAnswer: '1 odpowiedź',
  open: 'Otwarta',
  thanks: 'dziękuję bardzo',
  welcome: 'Nie ma za co! Czy mogę pomóc w czymś jeszcze?',
};

console.log(`Parley AI agent e2e against ${base} (run ${suffix})`);
await waitForHealth();
const session = await signIn();
const before = await settings(session);
const probe = await api(session, 'GET', '/agent/session/probe');
const adminLocale = probe.session?.locale ?? 'en';
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

    // The admin's inbox, in the visitor's language and on the same kind of screen.
    await api(session, 'PATCH', '/agents/me', { locale: l.lang });
    const inbox = await newPage(`${l.lang} admin`, l.viewport, { locale: l.locale, mobile: l === polish });
    const aiList = inbox.locator('parley-ai-conversations .list[aria-busy="false"]');
    const row = inbox.locator('parley-ai-conversations li a', { hasText: l.asked });

    await check(`${l.lang}: the admins' AI view lists the conversation the AI agent answered on its own`, async () => {
      await inbox.goto(`${base}/inbox/`);
      await signInIfNeeded(inbox);
      await inbox.locator('parley-inbox nav.main a[href="#/ai"]', { hasText: l.aiView }).click();
      await row.waitFor();
      await row.locator('.answered', { hasText: l.oneAnswer }).waitFor();
      await row.locator('.state', { hasText: l.open }).waitFor();
      await screenshot(inbox, `assistant-${l.lang}-ai-view-list`);
    });

    await check(`${l.lang}: its thread shows read-only, the answer labelled AI with its source`, async () => {
      await row.click();
      const answer = inbox.locator('parley-ai-conversations parley-message-list li[data-seq="2"]');
      await answer.locator('[part~="bubble"]', { hasText: l.answer }).waitFor();
      await answer.locator('[part~="ai-label"]').waitFor();
      await answer.locator('[part~="source"]', { hasText: l.question }).waitFor();
      await inbox.locator('parley-ai-conversations .read-only').waitFor();
      const replyBoxes = await inbox.locator('parley-inbox parley-reply, parley-inbox parley-composer').count();
      if (replyBoxes) throw new Error(`a read-only thread shows ${replyBoxes} reply box(es)`);
      await screenshot(inbox, `assistant-${l.lang}-ai-view-thread`);
    });

    await check(
      `${l.lang}: thanks get the AI agent's reply in kind, and the visitor can still ask for a person`,
      async () => {
        await send(visitor, 'parley-chat', l.thanks);
        const reply = visitor.locator('parley-chat parley-message-list li[data-seq="4"]');
        await reply.locator('[part~="bubble"]', { hasText: l.welcome }).waitFor();
        await reply.locator('[part~="ai-label"]').waitFor();
        await visitor.locator('parley-chat parley-handoff button', { hasText: l.talk }).waitFor();
        await screenshot(visitor, `assistant-${l.lang}-thanks`);
      },
    );

    await check(`${l.lang}: "${l.talk}" hands the conversation to the team`, async () => {
      await visitor.locator('parley-chat parley-handoff button', { hasText: l.talk }).click();
      await visitor.locator('parley-chat parley-message-list', { hasText: l.passing }).waitFor();
      // The store's welcome in the visitor's language: its translation, else Parley's own in that language.
      const welcome =
        l === english
          ? before.welcomeMessage
          : (before.welcomeMessageTranslations?.pl ?? 'Dzień dobry! W czym możemy pomóc?');
      await visitor.locator('parley-chat parley-message-list', { hasText: welcome }).waitFor();
      await visitor.locator('parley-chat parley-handoff').waitFor({ state: 'detached' });
      const tickets = await ticketsWith(session, l.asked);
      if (tickets.length !== 1) throw new Error(`expected the ticket in the inbox, got ${tickets.length}`);
      await screenshot(visitor, `assistant-${l.lang}-handed-off`);
    });

    await check(`${l.lang}: handed off, the conversation leaves the AI view`, async () => {
      await inbox.goto(`${base}/inbox/#/ai`);
      await inbox.locator('parley-ai-conversations button.refresh').click();
      await row.waitFor({ state: 'detached' });
      await aiList.waitFor();
    });
    await inbox.context().close();
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
  await check("the admin's language is put back", async () =>
    api(await signIn(), 'PATCH', '/agents/me', { locale: adminLocale }),
  ).catch(() => (failed = true));
}

finish(failed, { timedFailure: true });
