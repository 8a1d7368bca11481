import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ParleyChat } from './chat.component.js';
import { chat, composer, list, openAndReady, realFetch, SERVER, stubConfig, type } from '../../test/chat-harness.js';
import { deepActive, settle } from '../../test/deep.js';
import { message, type FakeSocket } from '../../test/fake-socket.js';

const conversation = (stage: string, lastSeq = 0, status = 'open') => ({
  conversation: { id: 'c-1', status, stage, lastSeq },
});
const system = (seq: number, text: string, event?: string) =>
  message(seq, text, { author: 'system', authorName: undefined, event });

/** A visitor new to the store, with the AI agent on, the chat open and ready in `ready`'s conversation. */
async function opened(ready: object = conversation('handoff_email'), lang = 'en') {
  for (const earlier of document.querySelectorAll('parley-chat')) earlier.remove();
  localStorage.clear();
  stubConfig({ assistant: { enabled: true } });
  const c = await chat(lang);
  const socket = await openAndReady(c.el, c.last, ready);
  await settle(c.el);
  return { ...c, socket };
}

// Whether an element is there is asserted as a boolean: chai would print a failing element, and the widget's are too
// big to print.
const form = (el: ParleyChat) => el.shadowRoot!.querySelector('parley-email-prompt[mode="handoff"]');
const inForm = <T extends Element = HTMLElement>(el: ParleyChat, selector: string) =>
  form(el)!.shadowRoot!.querySelector<T>(selector);
const buttons = (el: ParleyChat) => [...form(el)!.shadowRoot!.querySelectorAll('button')];
const items = (el: ParleyChat) =>
  [...list(el).shadowRoot!.querySelectorAll('li [part~="bubble"]')].map((b) => b.textContent);

/** Types the address and sends the form with Enter's submit, as the visitor would. */
async function give(el: ParleyChat, email: string) {
  const input = inForm<HTMLInputElement>(el, 'input')!;
  input.value = email;
  input.dispatchEvent(new Event('input'));
  await settle(el);
  inForm<HTMLFormElement>(el, 'form')!.requestSubmit();
  await settle(el);
}

async function receive(el: ParleyChat, socket: FakeSocket, ...frames: object[]) {
  for (const frame of frames) socket.receive(frame);
  await settle(el);
}

describe('<parley-chat> handing the conversation to the store’s helpdesk, which answers by email', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should ask for the address in place of the composer, with the focus in the field, while the stage is handoff_email', async () => {
    const { el } = await opened();

    expect(!!composer(el), 'no composer: a message would be refused').to.equal(false);
    expect(!!el.shadowRoot!.querySelector('parley-handoff'), 'no "Talk to a person": the form says it').to.equal(false);
    expect(inForm(el, 'h2')!.textContent).to.equal('Get your answer by email');
    expect(inForm(el, '.hint')!.textContent).to.contain('Our team answers this question by email');
    const input = inForm<HTMLInputElement>(el, 'input')!;
    expect([input.type, input.autocomplete, input.maxLength]).to.deep.equal(['email', 'email', 254]);
    expect(inForm(el, `label[for="${input.id}"]`)!.textContent).to.equal('Your email address');
    expect(buttons(el).map((b) => [b.textContent!.trim(), b.type])).to.deep.equal([
      ['Send to the team', 'submit'],
      ['Chat here instead', 'button'],
    ]);
    await waitUntil(() => deepActive() === input, 'the focus is in the address field');
    await expect(form(el)!).shadowDom.to.be.accessible();
  });

  it('should take the composer’s place when the AI agent hands off, and say why in the thread', async () => {
    const { el, socket } = await opened(conversation('assisted'));
    await type(el, 'Can I return a gift?');
    await waitUntil(() => deepActive()?.tagName === 'TEXTAREA', 'the visitor writes');
    const [asked] = socket.sentOfType('send');

    await receive(
      el,
      socket,
      message(1, 'Can I return a gift?', { author: 'visitor', clientMessageId: asked.clientMessageId }),
      system(2, '', 'handoff_email_asked'),
    );

    expect(items(el)).to.deep.equal([
      'Can I return a gift?',
      'Our team will answer by email. Where should they reply?',
    ]);
    const notice = list(el).shadowRoot!.querySelector('li.handoff');
    expect(!!notice, 'worded as a handoff').to.equal(true);
    expect(list(el).shadowRoot!.querySelector('[role="log"]')!.getAttribute('aria-live'), 'announced').to.equal(
      'polite',
    );
    expect(!!composer(el), 'the form takes its place').to.equal(false);
    expect(JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!).stage).to.equal('handoff_email');
    await waitUntil(() => deepActive() === inForm(el, 'input'), 'the focus follows into the form');
  });

  it('should refuse an address of the wrong shape inline, sending nothing', async () => {
    const { el, socket } = await opened();
    for (const bad of ['anna.example.com', 'anna @example.com', '@example.com', 'anna@', '   ']) {
      await give(el, bad);
      const input = inForm<HTMLInputElement>(el, 'input')!;
      expect(input.getAttribute('aria-invalid'), bad).to.equal('true');
      const error = inForm(el, `#${input.getAttribute('aria-describedby')}`)!;
      expect(error.textContent).to.equal('Enter an email address such as name@example.com.');
      expect(error.getAttribute('role')).to.equal('alert');
    }
    expect(socket.sentOfType('handoff_email')).to.deep.equal([]);
    expect(socket.sentOfType('live')).to.deep.equal([]);
  });

  it('should send the trimmed address once, for the conversation, and wait for the answer', async () => {
    const { el, socket } = await opened();
    await give(el, '  anna@example.com ');

    expect(socket.sentOfType('handoff_email')).to.deep.equal([
      { type: 'handoff_email', conversationId: 'c-1', email: 'anna@example.com' },
    ]);
    const [send, chatHere] = buttons(el);
    expect([send.textContent!.trim(), send.disabled, chatHere.disabled]).to.deep.equal(['Sending…', true, true]);
    inForm<HTMLFormElement>(el, 'form')!.requestSubmit();
    await settle(el);
    expect(socket.sentOfType('handoff_email'), 'sent once').to.have.length(1);
  });

  it('should say the server’s invalid_email inline and let the visitor correct the address', async () => {
    const { el, socket } = await opened();
    await give(el, 'anna@example');
    await receive(el, socket, { type: 'error', code: 'invalid_email', message: 'Not an email address.' });

    const input = inForm<HTMLInputElement>(el, 'input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(inForm(el, `#${input.getAttribute('aria-describedby')}`)!.textContent).to.equal(
      'Enter an email address such as name@example.com.',
    );
    expect(input.value, 'the address stays, to correct').to.equal('anna@example');
    expect(buttons(el)[0].disabled).to.equal(false);

    await give(el, 'anna@example.com');
    expect(socket.sentOfType('handoff_email').map((f) => f.email)).to.deep.equal(['anna@example', 'anna@example.com']);
    expect(!!inForm(el, '[role="alert"]'), 'the old error goes while the new address is sent').to.equal(false);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('should say the other refusals, and learn the stage afresh when the conversation waits for no address', async () => {
    const { el, socket, sockets, last } = await opened();
    await give(el, 'anna@example.com');
    await receive(el, socket, { type: 'error', code: 'rate_limited', message: 'Too many.' });
    expect(inForm(el, '[role="alert"]')!.textContent).to.equal('Too many attempts in a short time. Try again later.');

    await give(el, 'anna@example.com');
    await receive(el, socket, { type: 'error', code: 'message_too_long', message: 'x', clientMessageId: 'c-9' });
    expect(buttons(el)[0].disabled, 'an error of a message is not the answer').to.equal(true);

    await receive(el, socket, { type: 'error', code: 'handoff_not_waiting', message: 'Not waiting.' });
    expect(inForm(el, '[role="alert"]')!.textContent).to.equal(
      'This conversation is no longer waiting for an email address.',
    );
    expect(sockets, 'connected again').to.have.length(2);
    last().open();
    await receive(el, last(), { type: 'ready', visitorId: 'v-1', ...conversation('live') });
    expect(!!form(el), 'the form is gone').to.equal(false);
    expect(!!composer(el), 'the conversation is live: the visitor writes on').to.equal(true);
  });

  it('should chat here instead with "live", and give the composer back with the focus', async () => {
    const { el, socket } = await opened();
    await waitUntil(() => deepActive() === inForm(el, 'input'), 'the focus is in the address field');

    buttons(el)[1].click();
    await settle(el);
    expect(socket.sentOfType('live')).to.deep.equal([{ type: 'live', conversationId: 'c-1' }]);
    expect(socket.sentOfType('handoff_email')).to.deep.equal([]);

    await receive(
      el,
      socket,
      { type: 'conversation', ...conversation('live') },
      system(1, 'We’re passing your question to our team.', 'handoff_visitor_asked'),
      system(2, 'Hi! How can we help?'),
    );
    expect(!!form(el), 'the form is gone').to.equal(false);
    expect(!!composer(el), 'the composer is back').to.equal(true);
    await waitUntil(() => deepActive()?.tagName === 'TEXTAREA', 'the visitor writes on');
  });

  it('should not decline the helpdesk by itself on a new connection after "Talk to a person"', async () => {
    const { el, socket, last } = await opened(conversation('assisted'));
    el.shadowRoot!.querySelector('parley-handoff')!.shadowRoot!.querySelector('button')!.click();
    await settle(el);
    expect(socket.sentOfType('live')).to.have.length(1);
    await receive(el, socket, system(1, '', 'handoff_email_asked'), {
      type: 'conversation',
      ...conversation('handoff_email'),
    });
    expect(!!form(el), 'the address is asked for').to.equal(true);

    socket.drop();
    await waitUntil(() => last() !== socket, 'connecting again', { timeout: 2000 });
    last().open();
    await receive(el, last(), { type: 'ready', visitorId: 'v-1', ...conversation('handoff_email', 1) });
    expect(last().sentOfType('live'), 'only the visitor declines').to.deep.equal([]);
    expect(!!form(el), 'still asked for').to.equal(true);
  });

  it('should say where the team will reply once the question is passed on, then end the chat', async () => {
    const { el, socket } = await opened();
    await give(el, 'anna@example.com');

    await receive(el, socket, system(1, 'anna@example.com', 'passed_to_helpdesk'));
    expect(items(el)).to.deep.equal(['We’ve passed your question to our team; they will reply to anna@example.com.']);
    expect(!!composer(el), 'no composer until the chat ends').to.equal(false);

    await receive(el, socket, system(2, 'This chat has ended.', 'ended_after_handoff'), {
      type: 'conversation',
      ...conversation('closed', 2, 'closed'),
    });
    expect(!!form(el), 'the form is gone').to.equal(false);
    expect(!!el.shadowRoot!.querySelector('.ended'), 'the chat has ended').to.equal(true);
    expect(!!composer(el), 'no composer in an ended chat').to.equal(false);
  });

  it('should speak Polish', async () => {
    const { el, socket } = await opened(conversation('assisted'), 'pl');
    await receive(el, socket, system(1, '', 'handoff_email_asked'));
    expect(inForm(el, 'h2')!.textContent).to.equal('Odpowiedź otrzymasz e-mailem');
    expect(inForm(el, 'label')!.textContent).to.equal('Twój adres e-mail');
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal([
      'Wyślij do zespołu',
      'Wolę rozmawiać na czacie',
    ]);

    await give(el, 'bez małpy');
    expect(inForm(el, '[role="alert"]')!.textContent).to.equal('Wpisz adres e-mail, np. jan@example.com.');
    await give(el, 'anna@example.com');
    expect(buttons(el)[0].textContent!.trim()).to.equal('Wysyłanie…');
    await receive(el, socket, system(2, 'anna@example.com', 'passed_to_helpdesk'));
    expect(items(el)).to.deep.equal([
      'Nasz zespół odpowie e-mailem. Na jaki adres?',
      'Przekazaliśmy Twoje pytanie naszemu zespołowi; odpowie na adres anna@example.com.',
    ]);
    await receive(el, socket, { type: 'error', code: 'handoff_not_waiting', message: 'x' });
    expect(inForm(el, '[role="alert"]')!.textContent).to.equal('Ta rozmowa nie czeka już na adres e-mail.');
  });

  it('should fit a phone: the field and both buttons within the screen, large enough to touch', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { el } = await opened(conversation('handoff_email'), 'pl');
      const inside = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.left >= 0 && r.right <= 360 && r.width > 0;
      };
      const input = inForm(el, 'input')!;
      expect(inside(input), 'the field').to.equal(true);
      for (const button of buttons(el)) {
        expect(inside(button), button.textContent!).to.equal(true);
        expect(button.getBoundingClientRect().height, 'a finger finds it').to.be.at.least(40);
      }
      expect(input.getBoundingClientRect().width, 'room to read the address').to.be.at.least(200);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
