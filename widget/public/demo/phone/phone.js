// The demo's phone simulator: it plays a customer's phone that texts the store. It sends through Parley's built-in
// fake SMS provider (POST /api/v1/demo/phone/messages, which signs the text as Twilio does and posts it to Parley's
// inbound webhook) and shows, polled every second, what the fake provider carried to and from this number
// (GET /api/v1/demo/phone/messages?number=…): the store's replies with their delivery status, and the phone's own
// texts as Parley took or refused them. Demo mode only: elsewhere the API answers 404 demo_disabled.
import { countSms } from '../../../src/inbox/sms-segments.ts';

const POLL_MS = 1000;
const MAX_LENGTH = 1600;
const NUMBER_KEY = 'parley.demo.phone.number';

const WORDS = {
  en: {
    title: 'Phone simulator · Parley demo',
    backToStore: '← Back to the store',
    openInbox: 'Open the inbox',
    numberLabel: 'This phone’s number',
    numberHint: 'The demo customer’s number. Change it to text as someone else.',
    threadLabel: 'Messages with the store',
    empty: 'No messages yet. Text the store below.',
    textLabel: 'Text message',
    placeholder: 'Text message',
    send: 'Send',
    sending: 'Sending…',
    aboutTitle: 'A phone, simulated',
    about:
      'This page plays a customer’s phone. What it sends goes through Parley’s built-in fake SMS provider, which signs it as Twilio does and posts it to Parley’s inbound webhook: the message becomes an SMS ticket in the inbox. Replies from the inbox come back here, with their delivery status.',
    demoOnly: 'It works only while Parley runs in demo mode.',
    storeNumber: (n) => `Store’s number ${n}`,
    fromStore: 'From the store',
    fromPhone: 'You',
    status: {
      queued: 'Queued',
      sent: 'Sent',
      delivered: 'Delivered',
      received: 'Received by the store',
      refused: (code) => `Refused by Parley${code ? ` (HTTP ${code})` : ''}`,
    },
    counter: (n, k, unicode) => `${n} ${n === 1 ? 'character' : 'characters'} · ${k} SMS${unicode ? ' (Unicode)' : ''}`,
    tooLong: (n) => `${n} characters: at most ${MAX_LENGTH} can be sent.`,
    demoDisabled:
      'The phone simulator works only in demo mode: start Parley with PARLEY_DEMO_ENABLED=true, then reload this page.',
    invalidPhone: 'This is not a phone number: write it in international form, e.g. +48 600 100 200.',
    failed: (status) => `Could not send${status ? ` (HTTP ${status})` : ''}. Try again.`,
    offline: 'Parley cannot be reached. Retrying…',
  },
  pl: {
    title: 'Symulator telefonu · demo Parley',
    backToStore: '← Wróć do sklepu',
    openInbox: 'Otwórz skrzynkę',
    numberLabel: 'Numer tego telefonu',
    numberHint: 'Numer klienta demo. Zmień go, aby pisać jako ktoś inny.',
    threadLabel: 'Wiadomości ze sklepem',
    empty: 'Brak wiadomości. Napisz do sklepu poniżej.',
    textLabel: 'Wiadomość SMS',
    placeholder: 'Wiadomość SMS',
    send: 'Wyślij',
    sending: 'Wysyłanie…',
    aboutTitle: 'Telefon na niby',
    about:
      'Ta strona udaje telefon klienta. To, co wysyła, przechodzi przez wbudowanego, udawanego dostawcę SMS Parley, który podpisuje wiadomość tak jak Twilio i przesyła ją na webhook Parley: wiadomość staje się zgłoszeniem SMS w skrzynce. Odpowiedzi ze skrzynki wracają tutaj, ze stanem doręczenia.',
    demoOnly: 'Działa tylko wtedy, gdy Parley pracuje w trybie demo.',
    storeNumber: (n) => `Numer sklepu ${n}`,
    fromStore: 'Od sklepu',
    fromPhone: 'Ty',
    status: {
      queued: 'W kolejce',
      sent: 'Wysłano',
      delivered: 'Doręczono',
      received: 'Sklep otrzymał',
      refused: (code) => `Parley odrzucił${code ? ` (HTTP ${code})` : ''}`,
    },
    counter: (n, k, unicode) => `${n} ${polish(n, 'znak', 'znaki', 'znaków')} · ${k} SMS${unicode ? ' (Unicode)' : ''}`,
    tooLong: (n) => `${n} ${polish(n, 'znak', 'znaki', 'znaków')}: można wysłać najwyżej ${MAX_LENGTH}.`,
    demoDisabled:
      'Symulator telefonu działa tylko w trybie demo: uruchom Parley z PARLEY_DEMO_ENABLED=true i odśwież tę stronę.',
    invalidPhone: 'To nie jest numer telefonu: wpisz go w formacie międzynarodowym, np. +48 600 100 200.',
    failed: (status) => `Nie udało się wysłać${status ? ` (HTTP ${status})` : ''}. Spróbuj ponownie.`,
    offline: 'Brak połączenia z Parley. Ponawiam…',
  },
};

/** The Polish form of a count: 1 znak, 2 znaki, 5 znaków. */
function polish(n, one, few, many) {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}

const asked = new URLSearchParams(location.search).get('lang');
const lang =
  asked === 'pl' || asked === 'en' ? asked : navigator.language?.toLowerCase().startsWith('pl') ? 'pl' : 'en';
const w = WORDS[lang];

const $ = (id) => document.getElementById(id);
const thread = $('thread');
const number = $('number');
const text = $('text');
const send = $('send');
const counter = $('counter');
const notice = $('notice');

document.documentElement.lang = lang;
document.title = w.title;
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = w[el.dataset.i18n];
for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = w[el.dataset.i18nPlaceholder];

/** A number as people write it (+48 600-100-200) in the form the API takes (+48600100200). */
const compact = (n) => n.replace(/[\s().-]/g, '');

/** Whether a compact number has its country code (E.164: +, 7 to 15 digits), as the server will ask. */
const international = (n) => /^\+[1-9][0-9]{6,14}$/.test(n);

/** Each message shown, by the fake provider's id: polls update them in place, so nothing is announced twice. */
const shown = new Map();
const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
let polling;
/** A read is on its way: another waits for its turn (one loop of reads, however often it is asked for). */
let reading = false;
let stopped = false;
let busy = false;

function say(message, tone = '') {
  notice.textContent = message;
  notice.className = `notice ${tone}`;
}

function statusOf(m) {
  if (m.status === 'refused') return w.status.refused(m.webhookStatus);
  return w.status[m.status] ?? m.status;
}

/** Shows a message the fake provider carried, or updates it. */
function show(m) {
  let li = shown.get(m.sid);
  if (!li) {
    li = document.createElement('li');
    const who = document.createElement('span');
    who.className = 'vh';
    const bubble = document.createElement('p');
    bubble.className = 'bubble';
    bubble.dir = 'auto';
    const meta = document.createElement('p');
    meta.className = 'meta';
    li.append(who, bubble, meta);
    shown.set(m.sid, li);
    const near = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 60;
    thread.append(li);
    if (near || m.direction === 'to_store') thread.scrollTop = thread.scrollHeight;
  }
  const [who, bubble, meta] = li.children;
  li.className = `${m.direction === 'to_phone' ? 'theirs' : 'mine'} ${m.status}`;
  li.dataset.sid = m.sid;
  who.textContent = `${m.direction === 'to_phone' ? w.fromStore : w.fromPhone}: `;
  if (bubble.textContent !== m.text) bubble.textContent = m.text;
  const at = new Date(m.at);
  const words = `${isNaN(+at) ? '' : `${time.format(at)} · `}${statusOf(m)}`;
  if (meta.textContent !== words) meta.textContent = words;
  $('empty').hidden = true;
}

/** Reads what the fake provider carried to and from this number, then again a second later. */
async function poll() {
  clearTimeout(polling);
  if (stopped || reading) return;
  reading = true;
  const asking = compact(number.value);
  // A number still being typed, or one without its country code, is not asked about: the form says what is wrong.
  if (international(asking) && document.visibilityState !== 'hidden') {
    try {
      const res = await fetch(`/api/v1/demo/phone/messages?number=${encodeURIComponent(asking)}`, {
        headers: { accept: 'application/json' },
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 404 && body.code === 'demo_disabled') stop();
      if (res.ok && compact(number.value) === asking) {
        if (notice.textContent === w.offline) say('');
        if (body.storeNumber) $('store-number').textContent = w.storeNumber(body.storeNumber);
        for (const m of body.messages ?? []) show(m);
      }
    } catch {
      say(w.offline, 'bad');
    }
  }
  reading = false;
  if (!stopped) polling = setTimeout(poll, POLL_MS);
}

/** Not in demo mode: nothing can be sent or read, and the page says why. */
function stop() {
  stopped = true;
  clearTimeout(polling);
  say(w.demoDisabled, 'bad');
  count();
}

function count() {
  const value = text.value.trim();
  const c = countSms(value);
  const over = c.characters > MAX_LENGTH;
  counter.textContent = !value
    ? ''
    : over
      ? w.tooLong(c.characters)
      : w.counter(c.characters, c.segments, c.encoding === 'ucs2');
  counter.classList.toggle('over', over);
  send.disabled = busy || stopped || !value || over;
}

async function sendText() {
  const value = text.value.trim();
  if (!value || value.length > MAX_LENGTH || busy || stopped) return;
  busy = true;
  send.textContent = w.sending;
  count();
  say('');
  try {
    const res = await fetch('/api/v1/demo/phone/messages', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ from: compact(number.value), text: value }),
    });
    const body = await res.json().catch(() => ({}));
    if (res.ok) {
      text.value = '';
      if (body.sid) show(body);
    } else if (res.status === 404 && body.code === 'demo_disabled') {
      stop();
    } else if (body.code === 'invalid_phone') {
      number.setAttribute('aria-invalid', 'true');
      say(w.invalidPhone, 'bad');
      number.focus();
    } else {
      say(w.failed(res.status), 'bad');
    }
  } catch {
    say(w.failed(0), 'bad');
  } finally {
    busy = false;
    send.textContent = w.send;
    count();
  }
}

/** Another number: its own messages are shown instead. */
function renumber() {
  localStorage.setItem(NUMBER_KEY, number.value.trim());
  number.removeAttribute('aria-invalid');
  shown.clear();
  thread.replaceChildren();
  $('empty').hidden = false;
  if (number.value.trim() && !international(compact(number.value))) {
    number.setAttribute('aria-invalid', 'true');
    say(w.invalidPhone, 'bad');
  } else {
    say('');
  }
  void poll();
}

text.addEventListener('input', count);
text.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    void sendText();
  }
});
$('compose').addEventListener('submit', (e) => {
  e.preventDefault();
  void sendText();
});
$('number-form').addEventListener('submit', (e) => {
  e.preventDefault();
  renumber();
});
number.addEventListener('change', renumber);
document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void poll());

const remembered = localStorage.getItem(NUMBER_KEY);
if (remembered) number.value = remembered;
count();
void poll();
