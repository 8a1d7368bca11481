// The SMS part of bench/chat, beside baselines taken in the same run:
// - inbound: how long Parley takes to answer the provider's signed incoming-message webhook (the store's limit is
//   Twilio's 15 s; the target is p95 under 100 ms), beside a direct POST of the same form to a receiver on this
//   machine that answers at once;
// - outbound: from an agent's acknowledged reply on an SMS ticket to its arrival at a fake Messages API on this
//   machine (the commit, the worker's poll, PARLEY_SMS_POLL 500 ms by default, the claim and the POST), beside a direct
//   POST to the same fake provider.
import { createServer } from "node:http";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { once } from "node:events";
import WebSocket from "ws";
import { signIn, summary } from "./webhooks.mjs";

const now = () => performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const STORE = "+48500600700";

/** Twilio's X-Twilio-Signature: base64 HMAC-SHA1 of the URL and the sorted parameters' names and values. */
function sign(token, url, form) {
  const data = Object.keys(form)
    .sort()
    .reduce((text, name) => text + name + form[name], url);
  return createHmac("sha1", token).update(data, "utf8").digest("base64");
}


/**
 * @param {{base: string, publicUrl: string, email: string, password: string, messages?: number, gapMs?: number}} config
 * @returns the baselines' and Parley's latencies in milliseconds (count, p50, p95, max)
 */
export async function smsLatency({ base, publicUrl, email, password, messages = 200, gapMs = 100 }) {
  const arrivals = new Map();
  let sent = 0;
  const provider = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const at = now();
      const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      const body = form.get("Body") ?? "";
      const key = /^reply (\d+) /.exec(body)?.[1];
      if (key) arrivals.set(key, at);
      sent++;
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify({ sid: `SM${randomBytes(16).toString("hex")}`, status: "queued" }));
    });
  });
  provider.listen(0, "127.0.0.1");
  await once(provider, "listening");
  const providerUrl = `http://127.0.0.1:${provider.address().port}`;
  const account = `AC${randomBytes(16).toString("hex")}`;
  const token = randomBytes(16).toString("hex");
  try {
    const { cookie, csrf } = await signIn(base, email, password);
    const settings = await fetch(`${base}/api/v1/settings/sms`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie, "X-Parley-CSRF": csrf },
      body: JSON.stringify({
        enabled: true,
        baseUrl: providerUrl,
        accountId: account,
        sender: STORE,
        authToken: token,
        optOutKeywords: ["STOP"],
        optInKeywords: ["START"],
      }),
    });
    if (!settings.ok) throw new Error(`the SMS settings answered ${settings.status}: ${await settings.text()}`);

    // Inbound: 20 numbers taking turns, 10 texts each (under the per-number limit of 30 a minute): each number's first
    // text makes a customer, a conversation and a ticket; the others join its conversation.
    const NUMBERS = 20;
    const inboundUrl = `${publicUrl}/api/v1/channels/sms/inbound`;
    const form = (i) => ({
      MessageSid: `SM${randomUUID().replaceAll("-", "")}`,
      AccountSid: account,
      From: `+4860${String(1000000 + (i % NUMBERS)).padStart(7, "0")}`,
      To: STORE,
      Body: `bench inbound ${i} ${"x".repeat(60)}`,
      NumMedia: "0",
    });
    const directInbound = [];
    for (let i = 0; i < messages; i++) {
      const body = new URLSearchParams(form(i)).toString();
      const t0 = now();
      const res = await fetch(`${providerUrl}/baseline`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
      });
      await res.arrayBuffer();
      directInbound.push(now() - t0);
    }
    const inbound = [];
    const firsts = [];
    const follows = [];
    for (let i = 0; i < messages; i++) {
      const fields = form(i);
      const t0 = now();
      const res = await fetch(`${base}/api/v1/channels/sms/inbound`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "X-Twilio-Signature": sign(token, inboundUrl, fields),
        },
        body: new URLSearchParams(fields).toString(),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`inbound ${i} answered ${res.status}`);
      const took = now() - t0;
      inbound.push(took);
      (i < NUMBERS ? firsts : follows).push(took);
    }

    // Outbound: the agent answers the last customer's SMS ticket.
    const tickets = await (
      await fetch(`${base}/api/v1/tickets?channel=sms&q=${encodeURIComponent(`bench inbound ${messages - 1} `)}`, {
        headers: { cookie },
      })
    ).json();
    const conversationId = tickets.tickets[0].conversationId;
    if (!conversationId) throw new Error("the last number's SMS ticket was not found");
    const directOutbound = [];
    for (let i = 0; i < messages; i++) {
      const t0 = now();
      const res = await fetch(`${providerUrl}/2010-04-01/Accounts/${account}/Messages.json`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ To: "+48600000000", From: STORE, Body: `baseline ${"x".repeat(60)}` }).toString(),
      });
      await res.arrayBuffer();
      directOutbound.push(now() - t0);
    }
    const acked = new Map();
    const socket = new WebSocket(`${base.replace(/^http/, "ws")}/ws/agent`, { headers: { cookie } });
    await once(socket, "open");
    let waiting;
    socket.on("message", (data) => {
      const frame = JSON.parse(data);
      if (frame.type === "inbox" || frame.type === "ack" || frame.type === "error") waiting?.(frame, now());
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
          conversationId,
          text: `reply ${i} ${"x".repeat(60)}`,
        }),
      );
      const { frame, at } = await answer;
      if (frame.type !== "ack") throw new Error(`reply ${i} answered ${JSON.stringify(frame)}`);
      acked.set(String(i), at);
      await sleep(gapMs);
    }
    socket.close();
    const until = now() + 30_000;
    while (now() < until && [...acked.keys()].some((key) => !arrivals.has(key))) await sleep(50);
    const outbound = [...acked].filter(([key]) => arrivals.has(key)).map(([key, at]) => arrivals.get(key) - at);
    await fetch(`${base}/api/v1/settings/sms`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie, "X-Parley-CSRF": csrf },
      body: JSON.stringify({
        enabled: false,
        baseUrl: providerUrl,
        accountId: account,
        sender: STORE,
        optOutKeywords: ["STOP"],
        optInKeywords: ["START"],
      }),
    });
    return {
      messages,
      gapMs,
      sent: outbound.length,
      inbound: {
        baseline: summary(directInbound),
        parley: summary(inbound),
        firstTexts: summary(firsts),
        laterTexts: summary(follows),
      },
      outbound: { baseline: summary(directOutbound), parley: summary(outbound) },
    };
  } finally {
    provider.close();
  }
}
