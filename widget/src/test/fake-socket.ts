import type { SocketFactory, SocketLike } from '../controllers/chat-connection.controller.js';
import type { ClientFrame } from '../protocol/messages.js';

/** A WebSocket stand-in the test drives: open it, push server frames, drop it; it records what was sent. */
export class FakeSocket implements SocketLike {
  readyState = 0;
  sent: ClientFrame[] = [];
  onopen: ((ev: Event) => unknown) | null = null;
  onmessage: ((ev: MessageEvent) => unknown) | null = null;
  onclose: ((ev: CloseEvent) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.readyState = 3;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  receive(frame: object): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }

  /** The connection ends, by default as a lost one (1006); the server's close codes are 1000, 1001 and 4xxx. */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close', { code }));
  }

  sentOfType<T extends ClientFrame['type']>(type: T): Extract<ClientFrame, { type: T }>[] {
    return this.sent.filter((f) => f.type === type) as Extract<ClientFrame, { type: T }>[];
  }
}

export function fakeSockets(): { sockets: FakeSocket[]; factory: SocketFactory; last: () => FakeSocket } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    last: () => sockets[sockets.length - 1],
  };
}

export const message = (seq: number, text: string, extra: object = {}) => ({
  type: 'message',
  conversationId: 'c-1',
  seq,
  author: 'agent',
  authorName: 'Ada',
  text,
  sentAt: '2026-11-25T16:40:12.345Z',
  ...extra,
});
