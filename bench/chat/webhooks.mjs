// The webhook part of bench/chat: how long after Parley acknowledges a visitor's message its `message.created`
// webhook arrives at a receiver on this machine, beside a baseline taken in the same run: the same receiver, the same
// body, posted directly from this process. The gap between them is what the outbox costs: the commit, the worker's
// poll (PARLEY_WEBHOOKS_POLL, 1 s by default), the claim, the signature and the POST.
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import WebSocket from "ws";

const now = () => performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return sorted.length ? { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) } : { count: 0 };
}

export async function signIn(base, email, password) {
  const res = await fetch(`${base}/api/v1/agent/session`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const session = await res.json();
  return { cookie, csrf: session.csrfToken ?? session.agent?.csrfToken };
}

/**
 * @param {{base: string, email: string, password: string, messages?: number, gapMs?: number}} config
 * @returns the baseline's and Parley's latencies in milliseconds (count, p50, p95, max)
 */
export async function webhookLatency({ base, email, password, messages = 200, gapMs = 100 }) {
  const arrivals = new Map();
  const receiver = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const at = now();
      try {
        const event = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        if (event.type === "message.created" && event.data?.author === "visitor")
          arrivals.set(`${event.data.conversationId}/${event.data.seq}`, at);
      } catch {
        // The baseline's bodies and anything else: counted by their sender.
      }
      res.writeHead(204).end();
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  const url = `http://127.0.0.1:${receiver.address().port}/hook`;
  try {
    // The baseline: the same receiver and a body of the same size, posted from here, one after another.
    const sample = JSON.stringify({
      type: "baseline",
      timestamp: new Date().toISOString(),
      data: { conversationId: randomUUID(), seq: 1, author: "visitor", text: "x".repeat(90) },
    });
    const direct = [];
    for (let i = 0; i < messages; i++) {
      const t0 = now();
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: sample });
      await res.arrayBuffer();
      direct.push(now() - t0);
    }

    const { cookie, csrf } = await signIn(base, email, password);
    const registered = await fetch(`${base}/api/v1/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "X-Parley-CSRF": csrf },
      body: JSON.stringify({ url, types: ["message.created"], enabled: true, description: "bench" }),
    });
    if (!registered.ok)
      throw new Error(`registering the webhook answered ${registered.status}: ${await registered.text()}`);
    const hook = await registered.json();

    const acked = new Map();
    const socket = new WebSocket(`${base.replace(/^http/, "ws")}/ws/visitor`);
    await once(socket, "open");
    let conversationId;
    let waiting;
    socket.on("message", (data) => {
      const frame = JSON.parse(data);
      if (frame.type === "ready" || frame.type === "ack" || frame.type === "error") waiting?.(frame, now());
    });
    const next = () => new Promise((resolve) => (waiting = (frame, at) => resolve({ frame, at })));
    socket.send(JSON.stringify({ type: "hello" }));
    await next();
    for (let i = 0; i < messages; i++) {
      const answer = next();
      socket.send(
        JSON.stringify({
          type: "send",
          clientMessageId: randomUUID(),
          text: `webhook bench ${i} ${"x".repeat(70)}`,
          ...(conversationId && { conversationId }),
        }),
      );
      const { frame, at } = await answer;
      if (frame.type !== "ack") throw new Error(`message ${i} answered ${JSON.stringify(frame)}`);
      conversationId = frame.conversationId;
      acked.set(`${frame.conversationId}/${frame.seq}`, at);
      await sleep(gapMs);
    }
    socket.close();
    const until = now() + 30_000;
    while (now() < until && [...acked.keys()].some((key) => !arrivals.has(key))) await sleep(50);
    const latencies = [...acked].filter(([key]) => arrivals.has(key)).map(([key, at]) => arrivals.get(key) - at);
    await fetch(`${base}/api/v1/webhooks/${hook.id}`, {
      method: "DELETE",
      headers: { cookie, "X-Parley-CSRF": csrf },
    });
    return { messages, gapMs, delivered: latencies.length, baseline: summary(direct), parley: summary(latencies) };
  } finally {
    receiver.close();
  }
}
