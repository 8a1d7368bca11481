// bench/chat: Parley's chat under load, beside baselines measured in the same run (docs/benchmark.md).
// bench/chat/run builds what is missing and runs this; the options are listed in usage() below.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { get as httpsGet } from 'node:https';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { webhookLatency } from './webhooks.mjs';
import { smsLatency } from './sms.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const wlp = join(root, 'server/target/liberty/wlp');
const SERVER = 'parley-chatbench';
/** A Liberty server of the run in the built runtime: its name, its folder and its HTTP port (HTTPS is the next). */
const libertyServer = (name, port) => ({ name, dir: join(wlp, 'usr/servers', name), port });
const out = join(here, 'target');

// ---- options -----------------------------------------------------------------------------------------------------

function usage() {
  return `usage: bench/chat/run [options]
  --port N          Parley's HTTP port (HTTPS is N+1, the relay N+2, a cluster's second node N+10; default 9290)
  --rates LIST      fixed rates in messages a second (default 250,500)
  --visitors N      visitors sharing the fixed rate (default 200)
  --closed N        visitors of the closed loop (default 100; 0 skips it)
  --agents N        agent connections on the inbox (default 5)
  --seconds N       measured seconds per case (default 30), after --warmup N seconds (default 10)
  --idle LIST       idle visitor sockets for the heap per connection (default 2000; e.g. 2000,15000; 0 skips)
  --h2              also run Parley on the embedded H2 database
  --only LIST       run only these parts: relay,pgbench,postgresql,h2 (default: all that apply), or cold: only the
                    starts of Parley on PostgreSQL, no load, or webhooks: the delay from a message's ack to its
                    message.created webhook, beside a direct POST to the same receiver; or sms: the incoming-message
                    webhook's answer time and an agent's SMS reply's way to a fake Messages API, beside direct POSTs; or
                    cluster: two nodes on one database (PARLEY_CLUSTER=true), the fixed rates with the visitors on one
                    node and the agents on the other (cross-node delivery, NOTIFYs a second per node), beside the
                    same load with both on one node of the same cluster
  --webhooks N      messages of the webhook part and of each way of the SMS part (default 200), one every 100 ms
  --starts N        restarts timed after the first start (default 1; 0 keeps the first)
  --config DIR      the Liberty configuration to lay out (default server/src/main/liberty/config), to compare one
                    server.xml or jvm.options with another
  --pg URL          PostgreSQL to use (default postgresql://postgres@127.0.0.1:5432)`;
}

const opts = {
  port: 9290,
  rates: [250, 500],
  visitors: 200,
  closed: 100,
  agents: 5,
  seconds: 30,
  warmup: 10,
  idle: [2000],
  h2: false,
  only: null,
  starts: 1,
  config: join(root, 'server/src/main/liberty/config'),
  pg: 'postgresql://postgres@127.0.0.1:5432',
  webhooks: 200,
};
const list = (s) => s.split(',').filter(Boolean).map(Number);
for (let i = 2; i < process.argv.length; i++) {
  const [arg, value] = [process.argv[i], process.argv[i + 1]];
  const take = () => {
    i++;
    if (value === undefined) throw new Error(`${arg} needs a value\n${usage()}`);
    return value;
  };
  if (arg === '--port') opts.port = Number(take());
  else if (arg === '--rates') opts.rates = list(take());
  else if (arg === '--visitors') opts.visitors = Number(take());
  else if (arg === '--closed') opts.closed = Number(take());
  else if (arg === '--agents') opts.agents = Number(take());
  else if (arg === '--seconds') opts.seconds = Number(take());
  else if (arg === '--warmup') opts.warmup = Number(take());
  else if (arg === '--idle') opts.idle = list(take()).filter((n) => n > 0);
  else if (arg === '--h2') opts.h2 = true;
  else if (arg === '--only') opts.only = take().split(',');
  else if (arg === '--pg') opts.pg = take();
  else if (arg === '--webhooks') opts.webhooks = Number(take());
  else if (arg === '--starts') opts.starts = Number(take());
  else if (arg === '--config') opts.config = resolve(take());
  else if (arg === '--help' || arg === '-h') {
    console.log(usage());
    process.exit(0);
  } else throw new Error(`unknown option ${arg}\n${usage()}`);
}
const wants = (part) => (opts.only ? opts.only.includes(part) : part !== 'h2' || opts.h2);

const DATABASE = 'parley_chatbench';
const PGBENCH_DATABASE = 'parley_chatbench_pgbench';
const CLUSTER_DATABASE = 'parley_chatbench_cluster';
const ADMIN = { email: 'chatbench-admin@parley.local', password: 'parley-chatbench-admin' };
// The load comes from many visitors on few addresses, far faster than people write: the abuse limits would refuse
// it. They are raised here, for this server only, through the environment (never in the code's defaults).
const RAISED_LIMITS = {
  PARLEY_LIMIT_MESSAGES_PER_VISITOR: '1000000/1m',
  PARLEY_LIMIT_MESSAGES_PER_ADDRESS: '10000000/1m',
  PARLEY_LIMIT_VISITOR_SESSIONS_PER_ADDRESS: '10000000/1h',
  PARLEY_LIMIT_CONVERSATIONS_PER_VISITOR: '100000/1h',
  PARLEY_LIMIT_CONVERSATIONS_PER_ADDRESS: '10000000/1h',
  PARLEY_WS_MAX_CONNECTIONS_PER_ADDRESS: '1000000',
};
// Local addresses the generator connects from: about 28,000 ephemeral ports per address pair.
const SOURCES = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`);

// ---- small tools -------------------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (s) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const sh = (cmd, args, options = {}) => execFileSync(cmd, args, { encoding: 'utf8', ...options }).trim();
const CLK_TCK = Number(sh('getconf', ['CLK_TCK']));

function psql(database, sql) {
  return sh('psql', [`${opts.pg}/${database}`, '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
}

/** CPU seconds (user + system) a process has used so far; 0 once it is gone. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** The PostgreSQL backends serving a database now. */
function backends(database) {
  if (!database) return [];
  return psql('postgres', `SELECT pid FROM pg_stat_activity WHERE datname = '${database}'`)
    .split('\n')
    .filter(Boolean)
    .map(Number);
}

/** CPU of the named processes and of the database's backends, between two calls (start() then stop()). */
function cpuMeter(pids, database) {
  const start = {
    at: performance.now(),
    pids: Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, cpuSeconds(p)])),
  };
  const startBackends = new Map(backends(database).map((p) => [p, cpuSeconds(p)]));
  return () => {
    const wall = (performance.now() - start.at) / 1000;
    const result = { wall };
    for (const [name, pid] of Object.entries(pids)) result[name] = (cpuSeconds(pid) - start.pids[name]) / wall;
    if (database) {
      // Backends opened during the interval count from zero; those that closed in it are lost (the pool keeps its own).
      let total = 0;
      for (const pid of new Set([...startBackends.keys(), ...backends(database)]))
        total += Math.max(0, cpuSeconds(pid) - (startBackends.get(pid) ?? 0));
      result.postgres = total / wall;
    }
    return result;
  };
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}

async function get(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

// ---- the load generator ------------------------------------------------------------------------------------------

/**
 * Runs load.mjs with `config`; `pids` are measured between its measure-start and measure-end, and so is `probe`
 * (what it answers at each end, e.g. a node's gauges) when given.
 */
async function generate(config, pids, database, probe) {
  const child = spawn(process.execPath, [join(here, 'load.mjs'), JSON.stringify(config)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let meter;
  let cpu;
  let result;
  const probed = [];
  for await (const line of createInterface({ input: child.stdout })) {
    const event = JSON.parse(line);
    if (event.event === 'measure-start') {
      meter = cpuMeter({ ...pids, generator: child.pid }, database);
      if (probe) probed.push(await probe());
    } else if (event.event === 'measure-end') {
      cpu = meter();
      if (probe) probed.push(await probe());
    } else if (event.event === 'result') result = event;
    else if (event.event === 'failed') throw new Error(`the load generator failed: ${event.message}`);
    else if (event.event === 'idle-open') await config.onIdleOpen(event, child);
  }
  const [code] = child.exitCode === null ? await once(child, 'exit') : [child.exitCode];
  if (code !== 0 || !result) throw new Error(`the load generator ended with ${code}`);
  return { ...result, cpu, ...(probe && { probed }) };
}

function chatCases(base) {
  const common = {
    base,
    sources: SOURCES,
    agents: opts.agents,
    warmupSeconds: opts.warmup,
    seconds: opts.seconds,
    ...ADMIN,
  };
  return [
    ...opts.rates.map((rate) => ({
      name: `fixed ${rate} msg/s, ${opts.visitors} visitors, ${opts.agents} agents`,
      config: { ...common, mode: 'rate', rate, visitors: opts.visitors },
    })),
    ...(opts.closed > 0
      ? [
          {
            name: `closed loop, ${opts.closed} visitors, ${opts.agents} agents`,
            config: { ...common, mode: 'closed', visitors: opts.closed },
          },
        ]
      : []),
  ];
}

async function runChatCases(label, base, pids, database) {
  return runCases(label, chatCases(base), pids, database);
}

/** Runs the cases one after another; a case that fails is recorded as failed and the next one still runs. */
async function runCases(label, cases, pids, database, probe) {
  const results = [];
  for (const c of cases) {
    log(`${label}: ${c.name}`);
    try {
      results.push({ name: c.name, ...(await generate(c.config, pids, database, probe)) });
    } catch (e) {
      // A server that cannot keep up may refuse or time out the next case's handshakes: say so and go on.
      log(`  failed: ${e.message}`);
      results.push({ name: c.name, failed: e.message });
      await sleep(30_000);
      continue;
    }
    const r = results.at(-1);
    log(
      `  ${r.ackedPerSecond.toFixed(0)} acked/s, ack p50 ${r.ack.p50?.toFixed(1)} ms p99 ${r.ack.p99?.toFixed(1)} ms, agent p99 ${r.agent.p99?.toFixed(1)} ms`,
    );
  }
  return results;
}

// ---- the relay baseline ------------------------------------------------------------------------------------------

async function relayBaseline() {
  const port = opts.port + 2;
  const relay = spawn(process.execPath, [join(here, 'relay.mjs'), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const [line] = await once(createInterface({ input: relay.stdout }), 'line');
    if (line !== 'listening') throw new Error(`the relay said ${line}`);
    return await runChatCases('relay', `http://127.0.0.1:${port}`, { server: relay.pid }, null);
  } finally {
    relay.kill('SIGTERM');
  }
}

// ---- the pgbench baseline ----------------------------------------------------------------------------------------

function pgbenchBaseline() {
  psql('postgres', `DROP DATABASE IF EXISTS ${PGBENCH_DATABASE}`);
  psql('postgres', `CREATE DATABASE ${PGBENCH_DATABASE}`);
  const work = mkdtempSync(join(tmpdir(), 'parley-pgbench-'));
  try {
    // One message-sized row per transaction, with a unique index on (conversation, seq) as Parley's message table.
    psql(
      PGBENCH_DATABASE,
      `CREATE TABLE message (id bigserial PRIMARY KEY, conversation_id bigint NOT NULL, seq bigint NOT NULL,
         text varchar(4000) NOT NULL, sent_at timestamptz NOT NULL, UNIQUE (conversation_id, seq))`,
    );
    const script = join(work, 'insert.sql');
    writeFileSync(
      script,
      `\\set c random(1, 9000000000000000000)\nINSERT INTO message (conversation_id, seq, text, sent_at) VALUES (:c, :client_id, 'v1 Hello, do you ship to Norway? I would like to order two pairs of the blue shoes.', now());\n`,
    );
    const results = [];
    for (const clients of [1, 50]) {
      log(`pgbench: ${clients} client(s)`);
      const logDir = join(work, `c${clients}`);
      mkdirSync(logDir);
      const before = new Map(backends(PGBENCH_DATABASE).map((p) => [p, 0]));
      const output = sh(
        'pgbench',
        [
          '-n',
          '-f',
          script,
          '-c',
          String(clients),
          '-j',
          String(Math.min(clients, 2)),
          '-T',
          String(opts.seconds),
          '-l',
          '--log-prefix',
          join(logDir, 'tx'),
          `${opts.pg}/${PGBENCH_DATABASE}`,
        ],
        { cwd: logDir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      before.clear();
      const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]);
      // Per transaction: client_id transaction_no time(µs) script_no epoch epoch_µs
      const latencies = readdirSync(logDir).flatMap((f) =>
        readFileSync(join(logDir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => Number(l.split(' ')[2]) / 1000),
      );
      results.push({ clients, tps, latency: percentiles(latencies) });
      log(`  ${tps.toFixed(0)} tps, p50 ${results.at(-1).latency.p50.toFixed(2)} ms`);
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
    psql('postgres', `DROP DATABASE IF EXISTS ${PGBENCH_DATABASE}`);
  }
}

// ---- Parley on Liberty -------------------------------------------------------------------------------------------

/** Lays out a server (parley-chatbench unless told) in the built runtime: the production configuration and the WAR. */
function layOutServer(env, node = libertyServer(SERVER, opts.port)) {
  rmSync(node.dir, { recursive: true, force: true });
  mkdirSync(join(node.dir, 'apps'), { recursive: true });
  cpSync(opts.config, node.dir, { recursive: true });
  copyFileSync(join(root, 'server/target/parley.war'), join(node.dir, 'apps/parley.war'));
  writeFileSync(
    join(node.dir, 'bootstrap.properties'),
    `default.http.port=${node.port}\ndefault.https.port=${node.port + 1}\n`,
  );
  writeFileSync(
    join(node.dir, 'server.env'),
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
}

/** The server JVM: the java process whose command line ends with the server's name. */
function findJvm(name) {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (args[0]?.endsWith('java') && args.includes(name) && args.some((a) => a.endsWith('ws-server.jar')))
        return Number(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

/**
 * Starts the server (`wlp/bin/server run`) and times it: from the command to /health/ready answering 200, and to
 * the first page (/inbox/) served. Liberty's own view comes from messages.log (the kernel's start, the application's
 * start and "ready to run").
 */
async function startServer(label, { clean }, node = libertyServer(SERVER, opts.port)) {
  const base = `http://127.0.0.1:${node.port}`;
  rmSync(join(node.dir, 'logs'), { recursive: true, force: true });
  const t0 = performance.now();
  const launcher = spawn(join(wlp, 'bin/server'), ['run', node.name, ...(clean ? ['--clean'] : [])], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      JAVA_HOME: process.env.JAVA_HOME ?? dirname(dirname(sh('readlink', ['-f', sh('which', ['java'])]))),
    },
  });
  let ready;
  let page;
  while (ready === undefined || page === undefined) {
    if (launcher.exitCode !== null) throw new Error(`the server ${node.name} ended while starting`);
    if (performance.now() - t0 > 600_000) throw new Error(`the server ${node.name} was not ready within 10 minutes`);
    // One request at a time: concurrent first requests while the application starts make Liberty log errors.
    const r = ready === undefined ? await get(`${base}/health/ready`) : 0;
    const p = page === undefined ? await get(`${base}/inbox/`) : 0;
    const at = performance.now() - t0;
    if (ready === undefined && r === 200) ready = at;
    if (page === undefined && p === 200) page = at;
    await sleep(25);
  }
  const pid = findJvm(node.name);
  // On a machine shared with other work the wall time says as much about the others as about Parley; the CPU the
  // JVM spent until it was ready does not.
  const cpu = cpuSeconds(pid);
  log(
    `${label}: ready in ${(ready / 1000).toFixed(1)} s, first page in ${(page / 1000).toFixed(1)} s, ${cpu.toFixed(1)} s of CPU (JVM ${pid})`,
  );
  const liberty = libertyTimes(node.dir);
  return { label, clean, readyMs: ready, pageMs: page, cpuSeconds: cpu, pid, launcher, node, liberty };
}

/** From messages.log (JSON lines): seconds from the JVM's start to the application's start and to "ready to run". */
function libertyTimes(dir) {
  const file = join(dir, 'logs/messages.log');
  if (!existsSync(file)) return {};
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const time = (id) => lines.find((l) => l.ibm_messageId === id)?.ibm_datetime;
  const ms = (t) => (t ? Date.parse(t.replace(/(\d{2})(\d{2})$/, '$1:$2')) : undefined);
  const launched = ms(lines[0]?.ibm_datetime);
  const since = (id) => (ms(time(id)) !== undefined && launched ? ms(time(id)) - launched : undefined);
  return {
    appStartedMs: since('CWWKZ0001I'),
    serverReadyMs: since('CWWKF0011I'),
  };
}

async function stopServer(server) {
  sh(join(wlp, 'bin/server'), ['stop', server.node.name], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (server.launcher.exitCode === null) await once(server.launcher, 'exit');
}

/** Live bytes on the heap after a full GC (GC.class_histogram collects first and counts what is left). */
function liveHeapBytes(pid) {
  const histogram = sh('jcmd', [String(pid), 'GC.class_histogram'], { maxBuffer: 64 * 1024 * 1024 });
  const total = /^Total\s+(\d+)\s+(\d+)/m.exec(histogram);
  if (!total) throw new Error('no total in the class histogram');
  return Number(total[2]);
}

async function idleHeap(base, pid) {
  const results = [];
  for (const count of opts.idle) {
    log(`idle sockets: ${count}`);
    liveHeapBytes(pid);
    const before = liveHeapBytes(pid);
    let after;
    let open;
    const r = await generate(
      {
        mode: 'idle',
        base,
        sources: SOURCES,
        idle: count,
        onIdleOpen: async (event, child) => {
          open = event.open;
          await sleep(5000);
          liveHeapBytes(pid);
          after = liveHeapBytes(pid);
          child.stdin.write('close\n');
        },
      },
      {},
      null,
    );
    results.push({
      count,
      open,
      stillOpen: r.stillOpen,
      failures: r.failures,
      before,
      after,
      perSocket: (after - before) / open,
    });
    log(`  ${open} open, ${((after - before) / open / 1024).toFixed(1)} KiB each`);
    await sleep(3000);
  }
  return results;
}

/** Makes the database afresh and answers the environment that points Parley at it. */
function freshDatabase(database) {
  psql('postgres', `DROP DATABASE IF EXISTS ${database}`);
  psql('postgres', `CREATE DATABASE ${database}`);
  const url = new URL(opts.pg);
  return {
    PARLEY_DB_URL: `jdbc:postgresql://${url.hostname}:${url.port || 5432}/${database}`,
    PARLEY_DB_USER: decodeURIComponent(url.username || 'postgres'),
    PARLEY_DB_PASSWORD: decodeURIComponent(url.password || 'postgres'),
  };
}

async function parleyOn(kind, { load = true, webhooks = false, sms = false } = {}) {
  if (!existsSync(join(root, 'server/target/parley.war')) || !existsSync(join(wlp, 'bin/server')))
    throw new Error('the runtime or the WAR is missing: run bench/chat/run, which builds them');
  const postgres = kind === 'postgresql';
  const env = {
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
    PARLEY_ADMIN_NAME: 'Chat Bench',
    ...RAISED_LIMITS,
    // The webhook part's receiver is on loopback over http, which only a development operator allows; a key of
    // this run only seals the endpoint's secret.
    ...(webhooks && {
      PARLEY_WEBHOOKS_ALLOW_HTTP: 'true',
      PARLEY_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: 'true',
      PARLEY_SECRETS_KEY: randomBytes(32).toString('base64'),
    }),
    // The SMS part signs its webhooks for the address the bench reaches Parley at; a key of this run seals the token.
    ...(sms && {
      PARLEY_PUBLIC_URL: `http://127.0.0.1:${opts.port}`,
      PARLEY_SECRETS_KEY: randomBytes(32).toString('base64'),
    }),
  };
  if (postgres) Object.assign(env, freshDatabase(DATABASE));
  layOutServer(env);
  const base = `http://127.0.0.1:${opts.port}`;
  const starts = [];
  const record = { kind, env, starts: [], chat: [], idle: [] };
  result.parley.push(record);
  let server;
  try {
    // A first start on an empty database (Flyway migrates it, the admin is created) with a clean work area, then a
    // restart as an operator's: the database migrated, Liberty's caches kept.
    server = await startServer(`${kind} first start (empty database, --clean)`, { clean: true });
    starts.push(server);
    record.starts = starts.map(({ launcher, ...x }) => x);
    for (let i = 1; i <= opts.starts; i++) {
      await stopServer(server);
      server = await startServer(`${kind} restart${opts.starts > 1 ? ` ${i}` : ''}`, { clean: false });
      starts.push(server);
      record.starts = starts.map(({ launcher, ...x }) => x);
    }
    if (webhooks) {
      log(`${kind}: webhook latency, ${opts.webhooks} messages`);
      record.webhooks = await webhookLatency({ base, email: ADMIN.email, password: ADMIN.password, messages: opts.webhooks });
      log(`  ${JSON.stringify(record.webhooks)}`);
    }
    if (sms) {
      log(`${kind}: SMS latency, ${opts.webhooks} messages each way`);
      record.sms = await smsLatency({
        base,
        publicUrl: `http://127.0.0.1:${opts.port}`,
        email: ADMIN.email,
        password: ADMIN.password,
        messages: opts.webhooks,
      });
      log(`  ${JSON.stringify(record.sms)}`);
    }
    if (!load) return;
    const database = postgres ? DATABASE : null;
    record.chat = await runChatCases(kind, base, { jvm: server.pid }, database);
    record.idle = await idleHeap(base, server.pid);
  } finally {
    if (server) await stopServer(server).catch((e) => log(`stopping: ${e.message}`));
    if (postgres) psql('postgres', `DROP DATABASE IF EXISTS ${DATABASE}`);
  }
}

// ---- two nodes of a cluster --------------------------------------------------------------------------------------

/** A node's cluster gauges from /metrics (HTTPS with Liberty's self-signed certificate, user metrics): name → value. */
function clusterGauges(node, token) {
  return new Promise((resolve, reject) => {
    const request = httpsGet(
      {
        host: '127.0.0.1',
        port: node.port + 1,
        path: '/metrics?scope=application',
        auth: `metrics:${token}`,
        rejectUnauthorized: false,
        timeout: 5000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`/metrics of ${node.name} answered ${res.statusCode}`));
          const gauges = {};
          for (const [, name, value] of body.matchAll(/^parley_cluster_(\w+)\{[^}]*\}\s+(\S+)$/gm))
            gauges[name] = Number(value);
          if (!('notifies_sent' in gauges))
            return reject(new Error(`/metrics of ${node.name} shows no cluster gauges`));
          return resolve(gauges);
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`/metrics of ${node.name} did not answer`)));
    request.on('error', reject);
  });
}

/**
 * Two nodes on one fresh database with PARLEY_CLUSTER=true: the fixed-rate cases with the visitors on node a and the
 * agents' inboxes on node b (every message crosses nodes through a NOTIFY), and, as the baseline in the same run and
 * the same cluster, with both on node a. Each node's gauges are read at both ends of the measured interval.
 */
async function clusterOn() {
  if (!existsSync(join(root, 'server/target/parley.war')) || !existsSync(join(wlp, 'bin/server')))
    throw new Error('the runtime or the WAR is missing: run bench/chat/run, which builds them');
  const nodes = [libertyServer(SERVER, opts.port), libertyServer(`${SERVER}-b`, opts.port + 10)];
  const [a, b] = nodes.map((node, i) => ({ ...node, tag: 'ab'[i] }));
  // A token of this run only: /metrics is the one place the nodes tell how many NOTIFYs they sent.
  const token = randomBytes(24).toString('hex');
  const env = {
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
    PARLEY_ADMIN_NAME: 'Chat Bench',
    ...RAISED_LIMITS,
    ...freshDatabase(CLUSTER_DATABASE),
    PARLEY_CLUSTER: 'true',
  };
  for (const node of [a, b]) layOutServer({ ...env, PARLEY_CLUSTER_NODE: node.tag, PARLEY_METRICS_TOKEN: token }, node);
  const record = { env, nodes: [a, b], starts: [], chat: [] };
  result.cluster = record;
  const servers = [];
  try {
    // One after the other: the first migrates the empty database and creates the admin.
    for (const node of [a, b]) {
      servers.push(await startServer(`cluster node ${node.tag} first start (--clean)`, { clean: true }, node));
      record.starts = servers.map(({ launcher, ...x }) => x);
    }
    const pids = { a: servers[0].pid, b: servers[1].pid };
    const probe = async () => ({
      at: performance.now(),
      a: await clusterGauges(a, token),
      b: await clusterGauges(b, token),
    });
    log(`cluster: gauges at the start ${JSON.stringify(await probe())}`);
    const base = (node) => `http://127.0.0.1:${node.port}`;
    const cases = chatCases(base(a))
      .filter((c) => c.config.mode === 'rate')
      .flatMap((c) => [
        { name: `${c.name}, one node (a and a)`, config: { ...c.config, agentBase: base(a) }, rate: c.config.rate },
        { name: `${c.name}, two nodes (a → b)`, config: { ...c.config, agentBase: base(b) }, rate: c.config.rate },
      ]);
    record.chat = await runCases('cluster', cases, pids, CLUSTER_DATABASE, probe);
    record.chat.forEach((x, i) => Object.assign(x, { rate: cases[i].rate, crossNode: i % 2 === 1 }));
  } finally {
    for (const server of servers) await stopServer(server).catch((e) => log(`stopping: ${e.message}`));
    psql('postgres', `DROP DATABASE IF EXISTS ${CLUSTER_DATABASE}`);
  }
}

// ---- the report --------------------------------------------------------------------------------------------------

const f1 = (n) => (n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(1));
const f2 = (n) => (n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(2));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '–');

function report(r) {
  const lines = [];
  const p = (s = '') => lines.push(s);
  p(`# bench/chat ${r.date}`);
  p(
    `machine: ${r.nproc} cores (${r.cpu}), ${r.memGiB} GiB; load average before: ${r.loadBefore}; after: ${r.loadAfter}`,
  );
  p(`Liberty configuration: ${opts.config}`);
  p(
    `cases: ${opts.warmup} s warm-up + ${opts.seconds} s measured; latency from the scheduled send (fixed rate) or the send (closed loop)`,
  );
  p();
  const parleys = r.parley ?? [];
  for (const pr of parleys) {
    p(`## Parley on ${pr.kind}`);
    p(
      `abuse limits raised for this server through its environment: ${Object.entries(RAISED_LIMITS)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
    p();
    p(
      'cold start | to /health/ready 200 | to the first page (/inbox/) | JVM CPU until then | messages.log: server "ready to run" / application started, from its first line',
    );
    const restarts = pr.starts.filter((s) => !s.clean);
    if (restarts.length > 1) {
      const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
      p(
        `mean of ${restarts.length} restarts | ${f1(mean(restarts.map((s) => s.readyMs)) / 1000)} s | ${f1(mean(restarts.map((s) => s.pageMs)) / 1000)} s | ${f1(mean(restarts.map((s) => s.cpuSeconds)))} s |`,
      );
    }
    for (const s of pr.starts)
      p(
        `${s.label} | ${f1(s.readyMs / 1000)} s | ${f1(s.pageMs / 1000)} s | ${f1(s.cpuSeconds)} s | ${f1(s.liberty.serverReadyMs / 1000)} s / ${f1(s.liberty.appStartedMs / 1000)} s`,
      );
    p();
  }
  const cases = chatCases('').map((c) => c.name);
  p('## Chat: Parley beside the trivial relay (same generator, same rates)');
  p(
    'case | system | acked msg/s | send→ack p50 / p95 / p99 ms | send→agent p50 / p95 / p99 ms | CPU cores: server / PostgreSQL / generator | server CPU ms per acked msg | errors | unacked',
  );
  cases.forEach((name, i) => {
    const rows = [['relay', r.relay?.[i]], ...parleys.map((pr) => [`Parley ${pr.kind}`, pr.chat[i]])];
    for (const [system, x] of rows) {
      if (!x) continue;
      if (x.failed) {
        p(`${name} | ${system} | failed: ${x.failed} | | | | |`);
        continue;
      }
      const server = x.cpu?.jvm ?? x.cpu?.server;
      p(
        `${name} | ${system} | ${x.ackedPerSecond.toFixed(0)} | ${f2(x.ack.p50)} / ${f2(x.ack.p95)} / ${f2(x.ack.p99)} | ${f2(x.agent.p50)} / ${f2(x.agent.p95)} / ${f2(x.agent.p99)} (${x.agent.count} of ${x.acked}) | ${f2(server)} / ${x.cpu?.postgres === undefined ? '–' : f2(x.cpu.postgres)} / ${f2(x.cpu?.generator)} | ${x.ackedPerSecond ? f2((server * 1000) / x.ackedPerSecond) : '–'} | ${x.errors}${Object.keys(x.errorCodes).length ? ` ${JSON.stringify(x.errorCodes)}` : ''} | ${x.unacked}`,
      );
    }
    const relay = r.relay?.[i];
    for (const pr of parleys) {
      const x = pr.chat[i];
      if (relay && x && !relay.failed && !x.failed)
        p(
          `${name} | Parley ${pr.kind} ÷ relay | ${ratio(x.ackedPerSecond, relay.ackedPerSecond)} | ${ratio(x.ack.p50, relay.ack.p50)} / ${ratio(x.ack.p95, relay.ack.p95)} / ${ratio(x.ack.p99, relay.ack.p99)} | ${ratio(x.agent.p50, relay.agent.p50)} / ${ratio(x.agent.p95, relay.agent.p95)} / ${ratio(x.agent.p99, relay.agent.p99)} | | |`,
        );
    }
  });
  p();
  if (r.pgbench) {
    p('## Single-row INSERT + COMMIT with pgbench on the same PostgreSQL (the floor of an acknowledged message)');
    p('clients | commits/s | latency p50 / p95 / p99 ms');
    for (const x of r.pgbench)
      p(`${x.clients} | ${x.tps.toFixed(0)} | ${f2(x.latency.p50)} / ${f2(x.latency.p95)} / ${f2(x.latency.p99)}`);
    for (const pr of parleys.filter((x) => x.kind === 'postgresql')) {
      const closed = pr.chat[cases.length - 1];
      if (opts.closed > 0 && closed && !closed.failed)
        p(
          `Parley's closed loop (${opts.closed} visitors) acked ${closed.ackedPerSecond.toFixed(0)} msg/s: ${ratio(closed.ackedPerSecond, r.pgbench.at(-1).tps)} of pgbench's 50 clients; its ack p50 is ${ratio(closed.ack.p50, r.pgbench[0].latency.p50)} one commit of 1 client`,
        );
    }
    p();
  }
  if (r.cluster) clusterReport(r.cluster, p);
  for (const pr of parleys.filter((x) => x.webhooks)) {
    const w = pr.webhooks;
    p(`## Webhooks on Parley (${pr.kind}): from a message's ack to its message.created at a receiver on this machine`);
    p(`${w.messages} messages, one every ${w.gapMs} ms; ${w.delivered} delivered; PARLEY_WEBHOOKS_POLL at its default`);
    p('path | p50 ms | p95 ms | max ms');
    p(`baseline: a direct POST to the same receiver | ${f1(w.baseline.p50)} | ${f1(w.baseline.p95)} | ${f1(w.baseline.max)}`);
    p(`Parley: ack → webhook received | ${f1(w.parley.p50)} | ${f1(w.parley.p95)} | ${f1(w.parley.max)}`);
    p();
  }
  for (const pr of parleys.filter((x) => x.sms)) {
    const s = pr.sms;
    p(`## SMS on Parley (${pr.kind}), against a fake provider on this machine`);
    p(`${s.messages} messages each way, replies one every ${s.gapMs} ms; ${s.sent} replies reached the provider; PARLEY_SMS_POLL at its default`);
    p('path | p50 ms | p95 ms | max ms');
    p(`baseline: a direct POST of the same form to a local receiver | ${f1(s.inbound.baseline.p50)} | ${f1(s.inbound.baseline.p95)} | ${f1(s.inbound.baseline.max)}`);
    p(`Parley: signed incoming-message webhook answered | ${f1(s.inbound.parley.p50)} | ${f1(s.inbound.parley.p95)} | ${f1(s.inbound.parley.max)}`);
    p(`  of which a number's first text (new customer, conversation, ticket) | ${f1(s.inbound.firstTexts.p50)} | ${f1(s.inbound.firstTexts.p95)} | ${f1(s.inbound.firstTexts.max)}`);
    p(`  of which a later text of the same number | ${f1(s.inbound.laterTexts.p50)} | ${f1(s.inbound.laterTexts.p95)} | ${f1(s.inbound.laterTexts.max)}`);
    p(`baseline: a direct POST to the fake Messages API | ${f1(s.outbound.baseline.p50)} | ${f1(s.outbound.baseline.p95)} | ${f1(s.outbound.baseline.max)}`);
    p(`Parley: agent's reply acked → at the Messages API | ${f1(s.outbound.parley.p50)} | ${f1(s.outbound.parley.p95)} | ${f1(s.outbound.parley.max)}`);
    p();
  }
  for (const pr of parleys) {
    if (!pr.idle?.length) continue;
    p(
      `## Idle visitor sockets on Parley (${pr.kind}): live heap after a full GC (jcmd GC.class_histogram), before and after`,
    );
    p('sockets asked | open | still open at the end | live heap before → after MiB | per socket KiB | refused');
    for (const x of pr.idle)
      p(
        `${x.count} | ${x.open} | ${x.stillOpen} | ${(x.before / 2 ** 20).toFixed(1)} → ${(x.after / 2 ** 20).toFixed(1)} | ${(x.perSocket / 1024).toFixed(1)} | ${JSON.stringify(x.failures)}`,
      );
    p();
  }
  return lines.join('\n');
}

function clusterReport(c, p) {
  const [a, b] = c.nodes;
  p('## Two nodes in cluster mode (PARLEY_CLUSTER=true) on one PostgreSQL');
  p(
    `node a on port ${a.port}, node b on port ${b.port}, one database; the visitors on node a, the agents' inboxes on node a (one node) or on node b (two nodes: send→agent is the cross-node delivery); PARLEY_CLUSTER_NUDGE_INTERVAL_MILLIS at its default; NOTIFY/s and nudges/s from each node's /metrics gauges at both ends of the measured interval`,
  );
  p(
    `abuse limits raised for these servers through their environment: ${Object.entries(RAISED_LIMITS)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  p();
  p('start | to /health/ready 200 | to the first page (/inbox/) | JVM CPU until then');
  for (const s of c.starts)
    p(`${s.label} | ${f1(s.readyMs / 1000)} s | ${f1(s.pageMs / 1000)} s | ${f1(s.cpuSeconds)} s`);
  p();
  const perSecond = (x, node, gauge) => {
    const [start, end] = x.probed ?? [];
    if (!start || !end) return undefined;
    return (end[node][gauge] - start[node][gauge]) / ((end.at - start.at) / 1000);
  };
  const grew = (x, node, gauge) =>
    x.probed?.length === 2 ? x.probed[1][node][gauge] - x.probed[0][node][gauge] : undefined;
  p(
    'case | acked msg/s | send→ack p50 / p95 / p99 ms | send→agent p50 / p95 / p99 ms | NOTIFY/s a / b | nudges/s sent by a / heard by b | CPU cores: a / b / PostgreSQL / generator | errors | unacked | listener reconnects a / b | NOTIFY queue usage at the end',
  );
  for (const x of c.chat) {
    if (x.failed) {
      p(`${x.name} | failed: ${x.failed} | | | | | | | |`);
      continue;
    }
    const end = x.probed?.[1];
    p(
      `${x.name} | ${x.ackedPerSecond.toFixed(0)} | ${f2(x.ack.p50)} / ${f2(x.ack.p95)} / ${f2(x.ack.p99)} | ${f2(x.agent.p50)} / ${f2(x.agent.p95)} / ${f2(x.agent.p99)} (${x.agent.count} of ${x.acked}) | ${f1(perSecond(x, 'a', 'notifies_sent'))} / ${f1(perSecond(x, 'b', 'notifies_sent'))} | ${f1(perSecond(x, 'a', 'nudges_sent'))} / ${f1(perSecond(x, 'b', 'nudges_received'))} | ${f2(x.cpu?.a)} / ${f2(x.cpu?.b)} / ${f2(x.cpu?.postgres)} / ${f2(x.cpu?.generator)} | ${x.errors}${Object.keys(x.errorCodes).length ? ` ${JSON.stringify(x.errorCodes)}` : ''}${Object.keys(x.closes).length ? ` closed: ${JSON.stringify(x.closes)}` : ''} | ${x.unacked} | ${grew(x, 'a', 'listener_reconnects') ?? '–'} / ${grew(x, 'b', 'listener_reconnects') ?? '–'} | ${end ? Math.max(end.a.notification_queue_usage, end.b.notification_queue_usage) : '–'}`,
    );
  }
  const cross = c.chat.find((x) => x.crossNode && x.rate === 500 && !x.failed);
  if (cross) {
    const notifies = [perSecond(cross, 'a', 'notifies_sent'), perSecond(cross, 'b', 'notifies_sent')];
    const met =
      cross.agent.p99 !== null &&
      cross.agent.p99 <= 50 &&
      cross.agent.count === cross.acked &&
      cross.errors === 0 &&
      notifies.every((n) => n !== undefined && n <= 200);
    p(
      `target at 500 msg/s across nodes (send→agent p99 ≤ 50 ms, at most 200 NOTIFY/s per node): **${met ? 'met' : 'not met'}**: p99 ${f2(cross.agent.p99)} ms, ${cross.agent.count} of ${cross.acked} acked messages delivered, ${cross.errors} errors, NOTIFY/s a ${f1(notifies[0])} / b ${f1(notifies[1])}`,
    );
  } else p('target at 500 msg/s across nodes: not measured in this run');
  p();
}

// ---- main --------------------------------------------------------------------------------------------------------

mkdirSync(out, { recursive: true });
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const result = {
  date: new Date().toISOString(),
  nproc: Number(sh('nproc', [])),
  cpu: cpus()[0]?.model ?? '?',
  memGiB: Math.round(totalmem() / 2 ** 30),
  loadBefore: loadavg(),
  options: opts,
};
log(`nproc ${result.nproc}, load average ${result.loadBefore}`);
try {
  if (wants('relay')) result.relay = await relayBaseline();
  if (wants('pgbench')) result.pgbench = pgbenchBaseline();
  result.parley = [];
  if (wants('postgresql')) await parleyOn('postgresql');
  if (opts.only?.includes('cold')) await parleyOn('postgresql', { load: false });
  if (opts.only?.includes('webhooks')) await parleyOn('postgresql', { load: false, webhooks: true });
  if (opts.only?.includes('sms')) await parleyOn('postgresql', { load: false, sms: true });
  if (opts.only?.includes('cluster')) await clusterOn();
  if (wants('h2')) await parleyOn('h2');
} finally {
  result.loadAfter = loadavg();
  const stamp = result.date.replace(/[:.]/g, '-');
  writeFileSync(join(out, `chat-${stamp}.json`), JSON.stringify(result, null, 2));
  const text = report(result);
  writeFileSync(join(out, `chat-${stamp}.md`), text + '\n');
  console.log(text);
  log(`written to ${join(out, `chat-${stamp}.md`)} and .json`);
}
