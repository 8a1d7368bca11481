// A small in-memory stand-in for the Parley server (docs/protocol.md), for working on the widget and the inbox
// without Liberty: serves the built files, the agent session API and both WebSocket endpoints. Conversations
// are kept in a JSON file, so stopping and starting it behaves like a server restart (sessions are lost).
//
//   node e2e/mock-server.mjs            PORT (9080), MOCK_STATE (target/mock-state.json),
//                                        PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD (admin@parley.test / parley)
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? 9080);
const root = new URL('../target/classes/META-INF/resources/', import.meta.url).pathname;
const stateFile = process.env.MOCK_STATE ?? new URL('../target/mock-state.json', import.meta.url).pathname;
const admin = {
  id: 'a-1',
  email: process.env.PARLEY_ADMIN_EMAIL ?? 'admin@parley.test',
  password: process.env.PARLEY_ADMIN_PASSWORD ?? 'parley',
  name: 'Ada Admin',
  role: 'admin',
};

const db = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : { visitors: {}, conversations: {} };
const save = () => writeFileSync(stateFile, JSON.stringify(db));
const sessions = new Set();
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

const cookieSid = (req) => /(?:^|;\s*)MOCKSESSION=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
const json = (res, status, body, headers = {}) => {
  res.writeHead(status, {
    'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    ...headers,
  });
  res.end(JSON.stringify(body));
};

// What Parley's default configuration tells clients (docs/schemas/limits.schema.json).
const LIMITS = {
  messageMaxLength: 4000,
  uploadMaxBytes: 5242880,
  uploadImageTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
  ratingCommentMaxLength: 500,
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/health/ready') return json(res, 200, { status: 'UP' });
  if (url.pathname === '/api/v1/widget/config') {
    return json(res, 200, {
      enabled: true,
      appearance: { colour: '#2457D6', icon: 'chat', position: 'right', launcherLabel: '' },
      welcomeMessage: 'Hi! How can we help you today?',
      faqs: [],
      privacyPolicyUrl: null,
      termsUrl: null,
      openNow: true,
      nextOpeningAt: null,
      awayMessage: 'We are away right now.',
      limits: LIMITS,
    });
  }
  if (url.pathname === '/api/v1/agent/session/probe') {
    return sessions.has(cookieSid(req))
      ? json(res, 200, { signedIn: true, session: agentView() })
      : json(res, 200, { signedIn: false, code: 'not_signed_in', detail: 'Sign in to use the inbox.' });
  }
  if (url.pathname === '/api/v1/agent/session') {
    if (req.method === 'GET') {
      return sessions.has(cookieSid(req))
        ? json(res, 200, agentView())
        : json(res, 401, { title: 'Unauthorized', status: 401, detail: 'Sign in first.' });
    }
    if (req.method === 'DELETE') {
      sessions.delete(cookieSid(req));
      res.writeHead(204, { 'set-cookie': 'MOCKSESSION=; Path=/; Max-Age=0' });
      return res.end();
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    const { email, password } = JSON.parse(body || '{}');
    if (email !== admin.email || password !== admin.password) {
      return json(res, 401, { title: 'Unauthorized', status: 401, detail: 'Wrong email or password.' });
    }
    const sid = randomUUID();
    sessions.add(sid);
    return json(res, 200, agentView(), { 'set-cookie': `MOCKSESSION=${sid}; Path=/; HttpOnly; SameSite=Lax` });
  }
  let path = url.pathname === '/' ? '/inbox/' : url.pathname;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return json(res, 404, { title: 'Not Found' });
  try {
    const data = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(data);
  } catch {
    if (!extname(path)) {
      res.writeHead(301, { location: `${url.pathname}/` });
      return res.end();
    }
    json(res, 404, { title: 'Not Found' });
  }
});

const agentView = () => ({ id: admin.id, email: admin.email, name: admin.name, role: admin.role, limits: LIMITS });

// ---- conversations ---------------------------------------------------------------------------------------
const visitorSockets = new Set();
const agentSockets = new Set();

function ticketOf(c) {
  const last = c.messages.at(-1);
  return {
    id: `t-${c.id}`,
    conversationId: c.id,
    status: c.status,
    visitorName: c.visitorName,
    assigneeId: c.assigneeName ? admin.id : null,
    assigneeName: c.assigneeName ?? null,
    lastSeq: c.messages.length,
    lastMessage: last ? { author: last.author, text: last.text, sentAt: last.sentAt } : null,
    createdAt: c.createdAt,
    lastActivityAt: last?.sentAt ?? c.createdAt,
  };
}

function commit(c, clientMessageId, text, author, authorName) {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (!trimmed) return { error: 'empty_message' };
  if (trimmed.length > LIMITS.messageMaxLength) return { error: 'message_too_long' };
  if (c.status === 'closed') return { error: 'conversation_closed' };
  const earlier = c.messages.find((m) => m.clientMessageId === clientMessageId);
  if (earlier)
    return earlier.text === trimmed ? { message: earlier, duplicate: true } : { error: 'client_message_id_reused' };
  const message = {
    conversationId: c.id,
    seq: c.messages.length + 1,
    clientMessageId,
    author,
    authorName,
    text: trimmed,
    sentAt: new Date().toISOString(),
  };
  c.messages.push(message);
  if (author === 'agent') c.assigneeName ??= authorName;
  save();
  return { message };
}

function announce(c, message) {
  const frame = JSON.stringify({ type: 'message', ...message });
  for (const s of visitorSockets) if (s.conversationId === c.id) s.send(frame);
  for (const s of agentSockets) if (s.open?.has(c.id)) s.send(frame);
  const ticket = JSON.stringify({ type: 'ticket', ticket: ticketOf(c) });
  for (const s of agentSockets) if (s.ready) s.send(ticket);
}

function onVisitor(ws) {
  visitorSockets.add(ws);
  ws.on('close', () => visitorSockets.delete(ws));
  ws.on('message', (raw) => {
    let f;
    try {
      f = JSON.parse(raw);
    } catch {
      return ws.send(JSON.stringify({ type: 'error', code: 'malformed_frame', message: 'Not JSON.' }));
    }
    if (f.type === 'ping') return ws.send('{"type":"pong"}');
    if (f.type === 'hello') {
      const sha = (t) => createHash('sha256').update(t).digest('hex');
      let visitor = typeof f.token === 'string' ? db.visitors[sha(f.token)] : undefined;
      let token;
      if (!visitor) {
        token = randomBytes(16).toString('base64url');
        visitor = db.visitors[sha(token)] = { id: randomUUID() };
        save();
      }
      ws.visitorId = visitor.id;
      const mine = Object.values(db.conversations).filter((c) => c.visitorId === ws.visitorId);
      const c = mine.find((x) => x.id === f.conversationId) ?? mine.find((x) => x.status === 'open');
      ws.conversationId = c?.id;
      ws.send(
        JSON.stringify({
          type: 'ready',
          visitorId: ws.visitorId,
          ...(token ? { token } : {}),
          conversation: c ? { id: c.id, status: c.status, lastSeq: c.messages.length } : null,
        }),
      );
      const after = c && c.id === f.conversationId ? (f.afterSeq ?? 0) : 0;
      for (const m of c?.messages.slice(after) ?? []) ws.send(JSON.stringify({ type: 'message', ...m }));
      return;
    }
    if (!ws.visitorId)
      return ws.send(JSON.stringify({ type: 'error', code: 'not_ready', message: 'Say hello first.' }));
    if (f.type !== 'send') return ws.send(JSON.stringify({ type: 'error', code: 'unknown_type', message: f.type }));
    let c = f.conversationId
      ? db.conversations[f.conversationId]
      : Object.values(db.conversations).find((x) => x.visitorId === ws.visitorId && x.status === 'open');
    if (c && c.visitorId !== ws.visitorId) c = undefined;
    if (f.conversationId && !c) {
      return ws.send(
        JSON.stringify({
          type: 'error',
          code: 'conversation_not_found',
          clientMessageId: f.clientMessageId,
          message: 'No such conversation.',
        }),
      );
    }
    if (!c) {
      const id = randomUUID();
      c = db.conversations[id] = {
        id,
        visitorId: ws.visitorId,
        status: 'open',
        createdAt: new Date().toISOString(),
        messages: [],
        visitorName: `Visitor ${ws.visitorId.slice(0, 4).toUpperCase()}`,
      };
    }
    ws.conversationId = c.id;
    const r = commit(c, f.clientMessageId, f.text, 'visitor');
    if (r.error)
      return ws.send(
        JSON.stringify({ type: 'error', code: r.error, clientMessageId: f.clientMessageId, message: r.error }),
      );
    ws.send(
      JSON.stringify({ type: 'ack', clientMessageId: f.clientMessageId, conversationId: c.id, seq: r.message.seq }),
    );
    if (!r.duplicate) announce(c, r.message);
  });
}

function onAgent(ws) {
  agentSockets.add(ws);
  ws.open = new Set();
  ws.on('close', () => agentSockets.delete(ws));
  ws.on('message', (raw) => {
    const f = JSON.parse(raw);
    const err = (code, extra = {}) => ws.send(JSON.stringify({ type: 'error', code, message: code, ...extra }));
    if (f.type === 'ping') return ws.send('{"type":"pong"}');
    if (f.type === 'hello') {
      ws.ready = true;
      const tickets = Object.values(db.conversations)
        .map(ticketOf)
        .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt))
        .slice(0, 50);
      return ws.send(JSON.stringify({ type: 'inbox', agent: agentView(), tickets }));
    }
    if (!ws.ready) return err('not_ready');
    const c = db.conversations[f.conversationId];
    if (f.type === 'close') return ws.open.delete(f.conversationId);
    if (!c) return err('conversation_not_found', f.clientMessageId ? { clientMessageId: f.clientMessageId } : {});
    if (f.type === 'open') {
      ws.open.add(c.id);
      for (const m of c.messages.slice(f.afterSeq ?? 0)) ws.send(JSON.stringify({ type: 'message', ...m }));
      return;
    }
    if (f.type !== 'send') return err('unknown_type');
    const r = commit(c, f.clientMessageId, f.text, 'agent', admin.name);
    if (r.error) return err(r.error, { clientMessageId: f.clientMessageId });
    ws.send(
      JSON.stringify({ type: 'ack', clientMessageId: f.clientMessageId, conversationId: c.id, seq: r.message.seq }),
    );
    if (!r.duplicate) announce(c, r.message);
  });
}

const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/ws/agent' && !sessions.has(cookieSid(req))) {
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    return;
  }
  if (path !== '/ws/agent' && path !== '/ws/visitor') return socket.destroy();
  wss.handleUpgrade(req, socket, head, (ws) => (path === '/ws/agent' ? onAgent(ws) : onVisitor(ws)));
});

server.listen(port, () => console.log(`Parley mock server on http://localhost:${port} (admin ${admin.email})`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
