// End-to-end check of the agent inbox with two agents in two browsers and a visitor in a third: the Helpdesk badge,
// per-agent unread dots, replying with a saved reply (typed /) assigns, a pasted image reaches the visitor, the visitor's "Seen", snoozing and
// waking when the visitor writes, closing with a confirmation ends the visitor's chat, both agents see each other's
// changes live, an agent cannot reach the settings, and fake images are refused. A signed-out inbox loads without
// an error in the browser's console.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/inbox.e2e.mjs   (exit code 0 when every step passed)
import {
  api,
  base,
  check,
  DESKTOP,
  PHONE,
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

const first = `Do you have the Ridge jacket in M? [${suffix}-1]`;
const macro = {
  title: `Stock check ${suffix}`,
  body: `Hi {{visitor.firstName}}, {{agent.firstName}} here: yes, we have it in stock! [${suffix}-r]`,
};
const wakeUp = `Still there? [${suffix}-2]`;
const bob = { email: `bob-${suffix}@parley.test`, name: `Bob ${suffix}`, password: 'bob-secret-123', role: 'agent' };

/** Signs `page` in to the inbox as `who`. */
async function signInAs(page, who) {
  await page.goto(`${base}/inbox/`);
  await page.locator('parley-inbox #email').fill(who.email);
  await page.locator('parley-inbox #password').fill(who.password);
  await page.locator('parley-inbox button[type=submit]').click();
  await page.locator('parley-inbox .topbar').waitFor();
}

/** The ticket's row in an inbox, found by its conversation once known (its preview changes). */
let conversationId;
const row = (page) =>
  conversationId
    ? page.locator(`parley-inbox .ticket[data-conversation="${conversationId}"]`)
    : page.locator('parley-inbox .ticket', { hasText: first });

/** Waits until `fn` answers true in the page, polling. */
async function until(page, what, fn) {
  const deadline = Date.now() + 15_000;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(150);
  }
}

const browser = await launchBrowser();
const admin = await signIn();
let bobId;
let macroId;
let reply;
let failed = false;
try {
  console.log(`Parley inbox e2e against ${base} (run ${suffix})`);
  await check('a signed-out inbox loads without an error in the browser console', async () => {
    const page = await newPage('signed-out', DESKTOP);
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${base}/inbox/`);
    await page.locator('parley-inbox #email').waitFor();
    await page.waitForLoadState('networkidle');
    if (errors.length) throw new Error(`loading the signed-out inbox reported: ${errors.join(' | ')}`);
    await page.context().close();
  });

  await check('an admin adds an agent to the team, and a saved reply', async () => {
    bobId = (await api(admin, 'POST', '/agents', bob)).id;
    macroId = (await api(admin, 'POST', '/macros', macro)).id;
  });

  const visitor = await newPage('visitor', DESKTOP);
  const ada = await newPage('admin', DESKTOP);
  const bobPage = await newPage('bob', DESKTOP);

  await check('a visitor writes on the demo store', async () => {
    await visitor.goto(`${base}/demo/`);
    await openChat(visitor);
    await send(visitor, 'parley-chat', first);
    await expectThread(visitor, 'parley-chat', [first]);
  });

  await check('both agents sign in: the Helpdesk badge counts unread tickets and the new one has a dot', async () => {
    await signInAs(ada, { email, password });
    await signInAs(bobPage, bob);
    conversationId = await row(ada).getAttribute('data-conversation');
    for (const page of [ada, bobPage]) {
      await row(page).locator('.dot').waitFor();
      const badge = parseInt(await page.locator('parley-inbox nav.main .badge').textContent(), 10);
      if (!(badge >= 1)) throw new Error(`the badge says ${badge}`);
      // The tab says it too, for an agent working in another tab: the count in the title and a dot on the icon.
      const title = await page.title();
      const expected = `(${badge >= 100 ? '99+' : badge}) Inbox · Parley`;
      if (title !== expected) throw new Error(`the tab title is "${title}", not "${expected}"`);
      const icon = await page.locator('link[rel~="icon"]').getAttribute('href');
      if (!icon.includes('%3Ccircle')) throw new Error('the tab icon has no dot');
    }
    await screenshot(ada, 'inbox-1-list');
  });

  await check('the admin opens the ticket: the dot goes for them only', async () => {
    const before = parseInt(await ada.locator('parley-inbox nav.main .badge').textContent(), 10);
    await row(ada).click();
    await expectThread(ada, 'parley-inbox', [first]);
    await row(ada).locator('.dot').waitFor({ state: 'detached' });
    // (A database with 100 or more unread tickets shows 99+, which one read ticket does not change.)
    if (before < 99)
      await until(ada, 'the badge to count one less', async () => {
        const badge = ada.locator('parley-inbox nav.main .badge');
        return (await badge.count()) === 0 ? before === 1 : parseInt(await badge.textContent(), 10) === before - 1;
      });
    await bobPage.waitForTimeout(500);
    if (!(await row(bobPage).locator('.dot').count())) throw new Error('the dot went for the other agent too');
  });

  await check(
    'the admin replies with the saved reply, typing /: the ticket becomes theirs, live in the other agent’s list too',
    async () => {
      const composer = ada.locator('parley-inbox parley-composer textarea');
      await composer.fill('/stock');
      await ada.locator('parley-inbox .macros [role=option]', { hasText: macro.title }).waitFor();
      await screenshot(ada, 'inbox-2-saved-replies');
      await composer.press('Enter');
      const me = (await ada.locator('parley-inbox .me').textContent()).trim().split(/\s+/)[0];
      reply = `Hi there, ${me} here: yes, we have it in stock! [${suffix}-r]`;
      if ((await composer.inputValue()) !== reply)
        throw new Error(`the reply box holds ${await composer.inputValue()}`);
      await composer.press('Enter');
      await expectThread(visitor, 'parley-chat', [first, reply]);
      await ada.locator('parley-inbox .thread-head p', { hasText: 'Assigned to' }).waitFor();
      await row(bobPage).locator('.assignee').waitFor();
      const preview = await row(bobPage).locator('.preview').textContent();
      if (!preview.startsWith(`${await ada.locator('parley-inbox .me').textContent()}: `)) {
        throw new Error(`the other agent's preview says ${preview}`);
      }
    },
  );

  await check('the visitor has seen the reply: "Seen" shows under it in the inbox', async () => {
    await ada.locator('parley-inbox parley-message-list li.mine .meta', { hasText: 'Seen' }).waitFor();
  });

  await check('the admin pastes an image and sends it; the visitor sees it', async () => {
    const png = await ada.evaluate(async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 200 });
      const g = canvas.getContext('2d');
      g.fillStyle = '#2f6f5e';
      g.fillRect(0, 0, 320, 200);
      g.fillStyle = '#fff';
      g.font = 'bold 28px sans-serif';
      g.fillText('Size chart', 90, 110);
      return canvas.toDataURL('image/png');
    });
    await ada.evaluate(async (dataUrl) => {
      // Decoded by hand: the inbox's Content-Security-Policy lets the page fetch from Parley only, not data: URLs.
      const blob = new Blob([Uint8Array.from(atob(dataUrl.split(',')[1]), (c) => c.charCodeAt(0))], {
        type: 'image/png',
      });
      const data = new DataTransfer();
      data.items.add(new File([blob], 'size-chart.png', { type: 'image/png' }));
      const inner = (el, selector) => el.shadowRoot.querySelector(selector);
      const area = ['parley-ticket-thread', 'parley-reply', 'parley-composer', 'textarea'].reduce(
        inner,
        document.querySelector('parley-inbox'),
      );
      area.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }),
      );
    }, png);
    await ada.locator('parley-inbox .attachment img').waitFor();
    await screenshot(ada, 'inbox-3-pasted-image');
    await ada.locator('parley-inbox parley-composer textarea').press('Enter');
    const img = visitor.locator('parley-chat parley-message-list button.image img');
    await img.waitFor();
    await visitor.waitForFunction((el) => el.complete && el.naturalWidth === 320, await img.elementHandle());
    await screenshot(visitor, 'inbox-4-visitor-image');
  });

  await check('the admin snoozes the ticket: it leaves Open for both agents', async () => {
    await ada.locator('parley-inbox .thread-head .actions button', { hasText: 'Snooze' }).click();
    await ada.locator('parley-inbox .menu.snooze button', { hasText: 'In 1 hour' }).click();
    await ada.locator('parley-inbox .thread-head .status', { hasText: 'Snoozed' }).waitFor();
    await row(ada).waitFor({ state: 'detached' });
    await row(bobPage).waitFor({ state: 'detached' });
    await bobPage.locator('parley-inbox .tabs button', { hasText: 'Snoozed' }).click();
    await row(bobPage).waitFor();
  });

  await check('the visitor writes again: the ticket wakes up, live', async () => {
    await send(visitor, 'parley-chat', wakeUp);
    await ada.locator('parley-inbox .thread-head .status', { hasText: 'Open' }).waitFor();
    await row(ada).locator('.preview', { hasText: wakeUp }).waitFor();
    await row(bobPage).waitFor({ state: 'detached' });
  });

  await check(
    'the ticket’s actions stay on one line on a wide screen, and a phone shows the assignee whole',
    async () => {
      const lines = () =>
        ada.locator('parley-inbox parley-ticket-thread .thread-head .actions').evaluate((actions) => {
          // The visible controls, by their vertical middles: those of one line lie within a control's height.
          const boxes = [...actions.children]
            .filter((c) => !c.classList.contains('vh') && c.getClientRects().length)
            .map((c) => c.getBoundingClientRect());
          const middles = boxes.map((b) => b.top + b.height / 2).sort((a, b) => a - b);
          let lines = middles.length ? 1 : 0;
          for (let i = 1; i < middles.length; i++) if (middles[i] - middles[i - 1] > boxes[0].height / 2) lines++;
          // A control past the header's edge overflows it (under the customer's panel): it counts as a line of its own.
          const edge = actions.closest('.thread-head').getBoundingClientRect().right;
          return lines + boxes.filter((b) => b.right > edge + 0.5).length;
        });
      for (const width of [1280, 1440, 1920]) {
        await ada.setViewportSize({ width, height: 900 });
        const n = await lines();
        if (n !== 1) throw new Error(`at ${width} px the actions take ${n} lines`);
      }
      await ada.setViewportSize(PHONE);
      const select = ada.locator('parley-inbox parley-ticket-thread .thread-head .actions select');
      const { selectWidth, rowWidth } = await select.evaluate((el) => ({
        selectWidth: el.getBoundingClientRect().width,
        rowWidth: el.parentElement.getBoundingClientRect().width,
      }));
      if (selectWidth < rowWidth * 0.9) throw new Error(`on a phone the assignee is ${selectWidth} of ${rowWidth} px`);
      await screenshot(ada, 'inbox-4b-ticket-on-a-phone');
      await ada.setViewportSize(DESKTOP);
    },
  );

  await check('closing asks first; once closed, the visitor’s chat has ended', async () => {
    await ada.locator('parley-inbox .close-ticket').click();
    await ada.locator('parley-inbox .menu.close[role=alertdialog]').waitFor();
    await screenshot(ada, 'inbox-5-close-confirmation');
    await ada.locator('parley-inbox .menu.close .primary').click();
    await ada.locator('parley-inbox .closed-note').waitFor();
    await visitor.locator('parley-chat .ended').waitFor();
    if (await visitor.locator('parley-chat parley-composer').count()) throw new Error('the visitor can still write');
  });

  await check('an agent cannot reach the settings', async () => {
    const status = await bobPage.evaluate(
      async () => (await fetch('/api/v1/settings', { credentials: 'include' })).status,
    );
    if (status !== 403) throw new Error(`GET /api/v1/settings answered ${status} to an agent`);
    if (await bobPage.locator('parley-inbox nav.main a', { hasText: 'Settings' }).count())
      throw new Error('an agent sees Settings');
  });

  await check('an SVG and a script named .png are refused as images', async () => {
    const answers = await ada.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/v1/agent/session', { credentials: 'include' })).json();
      const upload = async (type, body) =>
        (
          await fetch('/api/v1/uploads', {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': type, 'X-Parley-CSRF': csrfToken },
            body,
          })
        ).status;
      return [
        await upload('image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        await upload('image/png', new Blob(['<script>alert(1)</script>'])),
      ];
    });
    if (JSON.stringify(answers) !== '[415,415]') throw new Error(`the uploads answered ${answers}`);
  });
} catch {
  failed = true;
  await failureScreenshots('inbox-failure');
} finally {
  await browser.close();
  if (macroId) {
    const res = await fetch(`${base}/api/v1/macros/${macroId}`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
    });
    if (!res.ok) console.error(`    could not remove the saved reply: ${res.status}`);
  }
  if (bobId) {
    const res = await fetch(`${base}/api/v1/agents/${bobId}`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
    });
    if (!res.ok) console.error(`    could not remove the agent: ${res.status}`);
  }
}

finish(failed);
