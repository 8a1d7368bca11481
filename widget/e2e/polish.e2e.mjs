// End-to-end check of the Polish interface: on a store page in Polish (`<html lang="pl">`, a pl-PL browser) the
// launcher, the panel and the composer speak Polish and message times are formatted; on an English page the
// `lang="pl"` attribute alone switches the widget to Polish, and without it the widget stays English. The store's
// welcome message comes in Polish too.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/polish.e2e.mjs   (exit code 0 when every step passed)
import {
  base,
  check,
  DESKTOP,
  expectThread,
  failureScreenshots,
  finish,
  hostPage,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  send,
  suffix,
} from './support.mjs';

const polish = {
  openChat: 'Otwórz czat',
  closeChat: 'Zamknij czat',
  title: 'Napisz do nas',
  message: 'Wiadomość',
  placeholder: 'Napisz wiadomość…',
  send: 'Wyślij',
};

/** What the visitor reads (and hears) in the widget: the launcher's label, the panel's title and the composer. */
async function strings(page) {
  const chat = page.locator('parley-chat');
  return {
    openChat: await chat.locator('[part~="launcher"]').getAttribute('aria-label'),
    title: await chat.locator('[part~="panel"] #title').textContent(),
    closeChat: await chat.locator('[part~="panel"] button.close').getAttribute('aria-label'),
    message: await chat.locator('parley-composer textarea').getAttribute('aria-label'),
    placeholder: await chat.locator('parley-composer textarea').getAttribute('placeholder'),
    send: await chat.locator('parley-composer button[type=submit]').getAttribute('aria-label'),
  };
}

function expectStrings(seen, want) {
  const wrong = Object.keys(want).filter((k) => seen[k]?.trim() !== want[k]);
  if (wrong.length) throw new Error(`expected ${JSON.stringify(want)}\nbut the widget shows ${JSON.stringify(seen)}`);
}

/** The launcher's name while the panel is closed: its label says "open". */
async function launcherLabel(page) {
  const launcher = page.locator('parley-chat [part~="launcher"]');
  await launcher.waitFor();
  return launcher.getAttribute('aria-label');
}

async function open(page) {
  await page.locator('parley-chat [part~="launcher"]').click();
  await page.locator('parley-chat parley-composer textarea').waitFor();
}

console.log(`Parley Polish UI e2e against ${base} (run ${suffix})`);
const browser = await launchBrowser();
const message = `Czy mogę odebrać zamówienie w Krakowie? [${suffix}-pl]`;
let failed = false;
try {
  const visitor = await newPage('pl visitor', DESKTOP, { locale: 'pl-PL' });
  const polishPage = await hostPage(visitor, 'pl', { lang: 'pl' });

  await check('on a Polish page in a pl-PL browser the launcher says "Otwórz czat"', async () => {
    await visitor.goto(polishPage);
    const label = await launcherLabel(visitor);
    if (label !== polish.openChat) throw new Error(`the launcher's label is "${label}"`);
  });

  await check('the panel, its close button and the composer speak Polish', async () => {
    await open(visitor);
    const { openChat, ...panel } = polish;
    expectStrings(await strings(visitor), panel);
  });

  await check('a sent message shows its time, formatted for Polish', async () => {
    await send(visitor, 'parley-chat', message);
    await expectThread(visitor, 'parley-chat', [message]);
    const time = visitor.locator('parley-chat parley-message-list li.mine time');
    await time.waitFor();
    const [shown, datetime] = [await time.textContent(), await time.getAttribute('datetime')];
    const want = await visitor.evaluate(
      (at) => new Intl.DateTimeFormat('pl', { hour: 'numeric', minute: '2-digit' }).format(new Date(at)),
      datetime,
    );
    if (shown.trim() !== want || !/^\d{1,2}:\d{2}$/.test(shown.trim()))
      throw new Error(`the time shows "${shown}", expected "${want}" (${datetime})`);
  });

  await check('the store greets the visitor with its Polish welcome message, not the English one', async () => {
    const welcome = visitor.locator('parley-chat parley-message-list li.store').first();
    await welcome.waitFor();
    const text = (await welcome.textContent()) ?? '';
    if (!text.includes('Dzień dobry! W czym możemy pomóc?') || text.includes('How can we help'))
      throw new Error(`the welcome reads "${text.trim()}"`);
  });

  await screenshot(visitor, 'polish-desktop');
  await visitor.setViewportSize(PHONE);
  await screenshot(visitor, 'polish-phone');

  await check('closed again, the launcher is "Otwórz czat" and the panel is hidden', async () => {
    await visitor.keyboard.press('Escape');
    await visitor.locator('parley-chat [part~="panel"]').waitFor({ state: 'hidden' });
    const label = await launcherLabel(visitor);
    if (label !== polish.openChat) throw new Error(`the launcher's label is "${label}"`);
  });

  const english = await newPage('en visitor', DESKTOP, { locale: 'en-US' });
  const polishWidget = await hostPage(english, 'en-lang-pl', { lang: 'en', attributes: 'lang="pl"' });
  const plainWidget = await hostPage(english, 'en', { lang: 'en' });

  await check('on an English page in an English browser the widget is English without the attribute', async () => {
    await english.goto(plainWidget);
    const label = await launcherLabel(english);
    if (label !== 'Open chat') throw new Error(`the launcher's label is "${label}"`);
  });

  await check('on the same page, lang="pl" on <parley-chat> alone makes it Polish', async () => {
    await english.goto(polishWidget);
    const label = await launcherLabel(english);
    if (label !== polish.openChat) throw new Error(`the launcher's label is "${label}"`);
    await open(english);
    const { openChat, ...panel } = polish;
    expectStrings(await strings(english), panel);
  });

  await screenshot(english, 'polish-attribute-desktop');
} catch {
  failed = true;
  await failureScreenshots('polish-failure');
} finally {
  await browser.close();
}

finish(failed);
