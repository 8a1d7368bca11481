// End-to-end check of Parley's first slice: a visitor on the demo store chats with an agent in the inbox, live
// both ways, and the whole conversation survives a server restart.
//
//   PARLEY_BASE_URL          e.g. http://localhost:9080
//   PARLEY_ADMIN_EMAIL       an agent who can sign in
//   PARLEY_ADMIN_PASSWORD
//   PARLEY_RESTART_COMMAND   shell command that stops and starts the server, then returns (optional: without it
//                            the restart part is skipped and reported as such)
//   PARLEY_E2E_SCREENSHOTS   directory for PNG screenshots (default target/e2e-screenshots)
//   CHROMIUM_PATH            default /usr/bin/chromium
//
// Run: npm run e2e   (exit code 0 when every step passed)
import { spawnSync } from 'node:child_process';
import {
  base,
  check,
  expectThread,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  openChat,
  screenshot,
  signInIfNeeded,
  suffix,
  waitForHealth,
} from './support.mjs';

const restartCommand = process.env.PARLEY_RESTART_COMMAND;

const first = `Do you ship to Kraków? [${suffix}-1]`;
const reply = `Yes, in 2–3 working days. [${suffix}-r]`;
const second = `Great, thank you! [${suffix}-2]`;

const browser = await launchBrowser();

let failed = false;
try {
  console.log(`Parley slice e2e against ${base} (run ${suffix})`);
  const agent = await newPage('agent', { width: 1280, height: 800 });
  const visitor = await newPage('visitor', { width: 1280, height: 800 });

  await check('server is ready', waitForHealth);

  await check('agent signs in to the inbox', async () => {
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
  });

  await check('visitor opens the chat on the demo store and sends a message with Enter', async () => {
    await visitor.goto(`${base}/demo/`);
    await openChat(visitor);
    const composer = visitor.locator('parley-chat parley-composer textarea');
    await composer.fill(first);
    await composer.press('Enter');
    await expectThread(visitor, 'parley-chat', [first]);
  });

  await check('agent sees the new ticket appear without reloading', async () => {
    await agent.locator('parley-inbox .ticket', { hasText: first }).waitFor();
  });

  await check('agent opens the ticket and sees the message', async () => {
    await agent.locator('parley-inbox .ticket', { hasText: first }).click();
    await expectThread(agent, 'parley-inbox', [first]);
  });

  await check('agent replies and the visitor sees the reply without reloading', async () => {
    const composer = agent.locator('parley-inbox parley-composer textarea');
    await composer.fill(reply);
    await composer.press('Enter');
    await expectThread(agent, 'parley-inbox', [first, reply]);
    await expectThread(visitor, 'parley-chat', [first, reply]);
  });

  await check("a second visitor message appears live in the agent's open thread", async () => {
    const composer = visitor.locator('parley-chat parley-composer textarea');
    await composer.fill(second);
    await composer.press('Enter');
    await expectThread(visitor, 'parley-chat', [first, reply, second]);
    await expectThread(agent, 'parley-inbox', [first, reply, second]);
  });

  await screenshot(visitor, '1-visitor-live');
  await screenshot(agent, '1-agent-live');

  if (!restartCommand) {
    console.log('  - PARLEY_RESTART_COMMAND not set: the restart steps were skipped.');
  } else {
    await check('server restarts', async () => {
      console.log(`    $ ${restartCommand}`);
      const run = spawnSync(restartCommand, { shell: true, stdio: 'inherit', timeout: 300_000 });
      if (run.status !== 0) throw new Error(`the restart command exited with ${run.status ?? run.signal}`);
      await waitForHealth();
    });

    await check('after a reload the visitor sees the whole conversation in order', async () => {
      await visitor.reload();
      await openChat(visitor);
      await expectThread(visitor, 'parley-chat', [first, reply, second]);
    });

    await check('after a reload the agent sees the ticket and its whole thread', async () => {
      await agent.reload();
      await signInIfNeeded(agent);
      const ticket = agent.locator('parley-inbox .ticket', { hasText: second });
      await ticket.waitFor();
      await ticket.click();
      await expectThread(agent, 'parley-inbox', [first, reply, second]);
    });

    await screenshot(visitor, '2-visitor-after-restart');
    await screenshot(agent, '2-agent-after-restart');
  }
} catch {
  failed = true;
  await failureScreenshots('failure');
} finally {
  await browser.close();
}

finish(failed);
