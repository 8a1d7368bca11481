// The load generator of bench/chat: visitors and agents over Parley's real WebSocket protocol (docs/protocol.md), or
// over the trivial relay (relay.mjs), which speaks the same frames. One Node process, one thread: `ws` parses and
// writes frames in plain JavaScript, and what it costs per frame is small enough for thousands of frames a second on
// one core, so the generator does not set the pace; its own CPU is printed beside the server's.
//
// Usage: node load.mjs '<json config>'   (bench.mjs runs it; see docs/benchmark.md)
//   mode   "rate":   `visitors` visitors send `rate` messages a second in all, on a fixed schedule, whatever the acks do
//          "closed": `visitors` visitors each send their next message as soon as the previous one is acknowledged
//          "idle":   opens `idle` visitor sockets (hello, ready, then a ping every 25 s) and holds them until stdin
//                    says "close"
//   base, sources (local addresses to connect from), agents, warmupSeconds, seconds, email, password
//   agentBase (optional): where the agents sign in and open their inboxes, another node of a cluster (default base)
//
// Stdout: one JSON object a line. {"event":"measure-start"} and {"event":"measure-end"} frame the measured interval
// (the caller reads the processes' CPU at those moments); the last line is {"event":"result",...}.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';

const config = JSON.parse(process.argv[2]);
const agentBase = config.agentBase ?? config.base;
const sources = config.sources?.length ? config.sources : [undefined];
const TEXT_PAD = ' Hello, do you ship to Norway? I would like to order two pairs of the blue shoes.';

const emit = (object) => process.stdout.write(`${JSON.stringify(object)}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

let socketsOpened = 0;

/** A WebSocket from the next source address (so that many sockets do not run out of ephemeral ports). */
function connect(path, headers = {}, base = config.base) {
  const localAddress = sources[socketsOpened++ % sources.length];
  const url = new URL(path, `${base.replace(/^http/, 'ws')}/`);
  // Parley checks the Origin of browsers only; a load generator is a server-side client and sends none.
  return new WebSocket(url, { headers, localAddress, perMessageDeflate: false, handshakeTimeout: 30_000 });
}

function opened(socket) {
  return new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`handshake answered ${res.statusCode}`)));
  });
}

/** Signs in over HTTP as the benchmark's admin: one session per agent connection (each is an inbox tab). */
async function signIn() {
  const res = await fetch(`${agentBase}/api/v1/agent/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: config.email, password: config.password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

// ---- what is measured ------------------------------------------------------------------------------------------

/** Messages sent in the measured interval: clientMessageId -> { sentAt, ackAt, conversationId, seq }. */
const sent = new Map();
/** Per conversation: [lastSeq, time] each time an agent connection first saw the conversation's last seq grow. */
const agentSeen = new Map();
let measuring = false;
/** Sends not answered yet (ack or error), measured or not: the backlog the server still has to work through. */
let outstanding = 0;
let errors = 0;
const errorCodes = {};
const closes = {};

function noteAgentTicket(ticket, at) {
  let seen = agentSeen.get(ticket.conversationId);
  if (!seen) agentSeen.set(ticket.conversationId, (seen = []));
  if (!seen.length || seen[seen.length - 1][0] < ticket.lastSeq) seen.push([ticket.lastSeq, at]);
}

/** When an agent connection first saw the conversation reach `seq` (ticket frames may cover several messages). */
function agentTime(conversationId, seq) {
  const seen = agentSeen.get(conversationId);
  if (!seen) return undefined;
  for (const [lastSeq, at] of seen) if (lastSeq >= seq) return at;
  return undefined;
}

// ---- agents ----------------------------------------------------------------------------------------------------

async function startAgent() {
  const cookie = await signIn();
  const socket = connect('/ws/agent', { cookie }, agentBase);
  await opened(socket);
  let inbox;
  const ready = new Promise((resolve) => (inbox = resolve));
  socket.on('message', (data) => {
    const at = now();
    const frame = JSON.parse(data);
    if (frame.type === 'ticket') noteAgentTicket(frame.ticket, at);
    else if (frame.type === 'inbox') inbox();
  });
  socket.on('close', (code) => (closes[`agent ${code}`] = (closes[`agent ${code}`] ?? 0) + 1));
  socket.send(JSON.stringify({ type: 'hello' }));
  await ready;
  return socket;
}

// ---- visitors --------------------------------------------------------------------------------------------------

class Visitor {
  constructor(index) {
    this.index = index;
    this.conversationId = undefined;
    this.onAck = undefined;
  }

  async start() {
    this.socket = connect('/ws/visitor');
    await opened(this.socket);
    let ready;
    const isReady = new Promise((resolve, reject) => {
      ready = resolve;
      this.failHello = reject;
    });
    this.socket.on('message', (data) => this.frame(JSON.parse(data), now(), ready));
    this.socket.on('close', (code) => (closes[`visitor ${code}`] = (closes[`visitor ${code}`] ?? 0) + 1));
    this.socket.send(JSON.stringify({ type: 'hello' }));
    await isReady;
  }

  frame(frame, at, ready) {
    switch (frame.type) {
      case 'ready':
        ready();
        break;
      case 'ack': {
        outstanding--;
        const record = sent.get(frame.clientMessageId);
        if (record && record.ackAt === undefined) {
          record.ackAt = at;
          record.conversationId = frame.conversationId;
          record.seq = frame.seq;
        }
        this.conversationId = frame.conversationId;
        this.onAck?.(frame, record);
        break;
      }
      case 'error':
        if (frame.clientMessageId !== undefined) outstanding--;
        errors++;
        errorCodes[frame.code] = (errorCodes[frame.code] ?? 0) + 1;
        if (!this.conversationId && frame.clientMessageId === undefined) this.failHello?.(new Error(frame.code));
        this.onAck?.(frame, sent.get(frame.clientMessageId));
        break;
      default:
        break;
    }
  }

  /** Sends one message; `scheduledAt` is when the schedule meant it to go (latency counts from there). */
  send(scheduledAt) {
    const clientMessageId = randomUUID();
    outstanding++;
    if (measuring) sent.set(clientMessageId, { sentAt: scheduledAt ?? now() });
    this.socket.send(
      JSON.stringify({
        type: 'send',
        clientMessageId,
        text: `v${this.index}${TEXT_PAD}`,
        ...(this.conversationId && { conversationId: this.conversationId }),
      }),
    );
    return clientMessageId;
  }

  /** Sends one message and waits for its ack (the first message starts the conversation and the ticket). */
  sendAndWait() {
    return new Promise((resolve) => {
      const id = this.send();
      this.onAck = (frame) => {
        if (frame.clientMessageId !== id) return;
        this.onAck = undefined;
        resolve();
      };
    });
  }
}

async function startVisitors(count) {
  const visitors = [];
  // A few at a time, as visitors arrive: a burst of hundreds of handshakes measures nothing we want.
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => new Visitor(i + j));
    await Promise.all(batch.map((v) => v.start()));
    visitors.push(...batch);
  }
  // Every visitor's first message starts its conversation and ticket before anything is measured.
  for (let i = 0; i < visitors.length; i += 50)
    await Promise.all(visitors.slice(i, i + 50).map((v) => v.sendAndWait()));
  return visitors;
}

// ---- the modes -------------------------------------------------------------------------------------------------

/** Open loop: `rate` messages a second, round robin over the visitors, each at its scheduled time. */
async function fixedRate(visitors, rate, seconds) {
  const interval = 1000 / rate;
  const start = now();
  const end = start + seconds * 1000;
  let next = 0;
  let turn = 0;
  while (now() < end) {
    const due = Math.floor((now() - start) / interval);
    while (next <= due) {
      visitors[turn++ % visitors.length].send(start + next * interval);
      next++;
    }
    await sleep(1);
  }
  return next;
}

/** Closed loop: each visitor sends its next message when the previous one is answered. */
async function closedLoop(visitors, seconds) {
  let running = true;
  for (const v of visitors) {
    let pending = v.send();
    v.onAck = (frame) => {
      if (running && frame.clientMessageId === pending) pending = v.send();
    };
  }
  await sleep(seconds * 1000);
  running = false;
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : null,
  };
}

/** Waits until every send so far is answered, at most `seconds`; answers whether the backlog drained. */
async function drain(seconds) {
  const end = now() + seconds * 1000;
  while (outstanding > 0 && now() < end) await sleep(50);
  return outstanding <= 0;
}

async function measureChat() {
  const agents = [];
  for (let i = 0; i < config.agents; i++) agents.push(await startAgent());
  const visitors = await startVisitors(config.visitors);
  const drive = (seconds) =>
    config.mode === 'rate' ? fixedRate(visitors, config.rate, seconds) : closedLoop(visitors, seconds);
  await drive(config.warmupSeconds);
  for (const v of visitors) v.onAck = undefined;
  // What the warm-up left queued is not measured: a server slower than the rate would otherwise start behind.
  const warmupDrained = await drain(120);
  await sleep(500);

  measuring = true;
  const t0 = now();
  emit({ event: 'measure-start' });
  await drive(config.seconds);
  const t1 = now();
  emit({ event: 'measure-end' });
  measuring = false;
  // Late acks and ticket frames of the last messages still count for latency, not for the rate.
  const drained = await drain(60);
  await sleep(1000);

  const records = [...sent.values()];
  const acked = records.filter((r) => r.ackAt !== undefined);
  const ackedInWindow = acked.filter((r) => r.ackAt <= t1).length;
  const toAgent = [];
  for (const r of acked) {
    const at = agentTime(r.conversationId, r.seq);
    if (at !== undefined) toAgent.push(Math.max(0, at - r.sentAt));
  }
  emit({
    event: 'result',
    mode: config.mode,
    visitors: visitors.length,
    agents: agents.length,
    seconds: (t1 - t0) / 1000,
    sent: records.length,
    acked: acked.length,
    ackedPerSecond: ackedInWindow / ((t1 - t0) / 1000),
    ack: summary(acked.map((r) => r.ackAt - r.sentAt)),
    agent: summary(toAgent),
    unacked: records.length - acked.length,
    warmupDrained,
    drained,
    errors,
    errorCodes,
    closes,
  });
  for (const s of [...agents, ...visitors.map((v) => v.socket)]) s.terminate();
}

async function holdIdle() {
  const sockets = [];
  const failures = {};
  for (let i = 0; i < config.idle; i += 100) {
    const batch = Array.from({ length: Math.min(100, config.idle - i) }, async () => {
      const v = new Visitor(0);
      try {
        await v.start();
        sockets.push(v.socket);
      } catch (e) {
        failures[e.message] = (failures[e.message] ?? 0) + 1;
      }
    });
    await Promise.all(batch);
  }
  // Like the widget: a ping every 25 s keeps the sockets within the idle timeout however long the measurement takes.
  const pinger = setInterval(() => {
    for (const s of sockets) if (s.readyState === WebSocket.OPEN) s.send('{"type":"ping"}');
  }, 25_000);
  emit({ event: 'idle-open', open: sockets.length, failures });
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line.trim() === 'close') break;
  clearInterval(pinger);
  const stillOpen = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
  for (const s of sockets) s.terminate();
  emit({ event: 'result', mode: 'idle', open: sockets.length, stillOpen, failures, closes });
}

try {
  if (config.mode === 'idle') await holdIdle();
  else await measureChat();
  process.exit(0);
} catch (e) {
  emit({ event: 'failed', message: String(e?.stack ?? e) });
  process.exit(1);
}
