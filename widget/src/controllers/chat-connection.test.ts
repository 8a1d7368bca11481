import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fakeSockets } from '../test/fake-socket.js';
import {
  ChatConnectionController,
  CROWDED_BACKOFF_MS,
  type ChatConnectionOptions,
} from './chat-connection.controller.js';

/** A host that only counts its renders: the controller needs no element. */
class Host implements ReactiveControllerHost {
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  readonly controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ChatConnectionController', () => {
  const realSetTimeout = window.setTimeout;
  let delays: number[] = [];
  let connections: ChatConnectionController[] = [];

  beforeEach(() => {
    delays = [];
    connections = [];
    // Records the delays asked for, and keeps those over a second from running: no test waits 30 s.
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      delays.push(ms ?? 0);
      return realSetTimeout(handler, (ms ?? 0) > 1000 ? 2 ** 31 - 1 : ms, ...args);
    }) as typeof window.setTimeout;
  });
  afterEach(() => {
    window.setTimeout = realSetTimeout;
    connections.forEach((c) => c.disconnect());
  });

  function connection(options: Partial<ChatConnectionOptions> = {}) {
    const fake = fakeSockets();
    const opened: number[] = [];
    const closed: { opened: boolean; code: number }[] = [];
    const c = new ChatConnectionController(new Host(), {
      url: () => 'ws://parley.test/ws/visitor',
      socketFactory: () => fake.factory,
      onOpen: () => opened.push(fake.sockets.length),
      onFrame: () => {},
      onClose: (wasOpen, code) => closed.push({ opened: wasOpen, code }),
      pingIntervalMs: 30,
      pongTimeoutMs: 60,
      ...options,
    });
    connections.push(c);
    c.connect();
    fake.last().open();
    return { c, fake, opened, closed };
  }

  it('should drop a connection whose pong is late, at once, and connect again', async () => {
    const { c, fake, opened, closed } = connection();
    await waitUntil(() => fake.sockets[0].sentOfType('ping').length > 0, 'pings');
    expect(fake.sockets).to.have.length(1);

    await waitUntil(() => fake.sockets.length === 2, 'connects again after the pong deadline', { timeout: 2000 });

    expect(fake.sockets[0].readyState, 'the dead socket is closed').to.equal(3);
    expect(closed).to.deep.equal([{ opened: true, code: 1006 }]);
    expect(c.status).to.equal('reconnecting');
    fake.last().open();
    expect(opened, 'the host resumes on the new socket').to.deep.equal([1, 2]);
    expect(c.connected).to.equal(true);
  });

  it('should keep a connection whose pongs come back in time', async () => {
    const { fake, closed } = connection();
    const socket = fake.last();
    let answering = true;
    let answered = 0;
    const pong = () => {
      if (!answering) return;
      if (socket.sentOfType('ping').length > answered) {
        answered++;
        socket.receive({ type: 'pong' });
      }
      realSetTimeout(pong, 10);
    };
    pong();

    await pause(300);
    answering = false;

    expect(socket.sentOfType('ping').length, 'it pinged several times').to.be.greaterThan(3);
    expect(fake.sockets, 'never dropped').to.have.length(1);
    expect(closed).to.deep.equal([]);
  });

  it('should wait 30 s or more, with jitter, after 4008 too_many_connections', async () => {
    const { c, fake, closed } = connection({ pingIntervalMs: 60_000 });
    delays = [];

    fake.last().drop(4008);
    await pause(700);

    expect(closed).to.deep.equal([{ opened: true, code: 4008 }]);
    expect(fake.sockets, 'no new attempt within the usual backoff').to.have.length(1);
    expect(c.status).to.equal('reconnecting');
    const retry = delays.filter((d) => d >= 1000);
    expect(retry).to.have.length(1);
    expect(retry[0]).to.be.within(CROWDED_BACKOFF_MS, CROWDED_BACKOFF_MS * 1.5);
  });

  for (const code of [4009, 4010, 1001]) {
    it(`should reconnect soon after ${code}, from the shortest backoff`, async () => {
      const { fake, closed } = connection({ pingIntervalMs: 60_000 });
      // Two failed attempts first: the next ordinary backoff would be a second or more.
      for (let i = 0; i < 2; i++) {
        fake.last().drop(1006);
        await waitUntil(() => fake.sockets.length === i + 2, 'retries', { timeout: 2000 });
      }
      fake.last().open();
      delays = [];

      fake.last().drop(code);

      expect(closed.at(-1)).to.deep.equal({ opened: true, code });
      expect(Math.max(...delays)).to.be.at.most(500);
      await waitUntil(() => fake.sockets.length === 4, 'connects again', { timeout: 1000 });
    });
  }

  it('should not reconnect when the host disconnects on a close code', async () => {
    const fake = fakeSockets();
    const c: ChatConnectionController = new ChatConnectionController(new Host(), {
      url: () => 'ws://parley.test/ws/agent',
      socketFactory: () => fake.factory,
      onOpen: () => {},
      onFrame: () => {},
      onClose: (_, code) => code === 4001 && c.disconnect(),
    });
    connections.push(c);
    c.connect();
    fake.last().open();

    fake.last().drop(4001);
    await pause(700);

    expect(fake.sockets).to.have.length(1);
    expect(c.status).to.equal('idle');
  });
});
