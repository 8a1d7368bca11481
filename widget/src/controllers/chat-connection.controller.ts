import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parseFrame, type ClientFrame, type ServerFrame } from '../protocol/messages.js';

/** The part of `WebSocket` Parley uses; tests pass a fake through {@link SocketFactory}. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((ev: Event) => unknown) | null;
  onmessage: ((ev: MessageEvent) => unknown) | null;
  onclose: ((ev: CloseEvent) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string) => SocketLike;

export const browserSocket: SocketFactory = (url) => new WebSocket(url);

/** `offline`: the browser says it has no network; nothing is tried until it is back. */
export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'offline';

export interface ChatConnectionOptions {
  /** The `ws:`/`wss:` URL, asked again before every attempt. */
  url: () => string;
  socketFactory?: () => SocketFactory | undefined;
  /** Called when the socket opens: send `hello` here. */
  onOpen: (connection: ChatConnectionController) => void;
  onFrame: (frame: ServerFrame, connection: ChatConnectionController) => void;
  /**
   * Called when a socket closes; `opened` tells whether it ever opened (a refused handshake did not), `code` is the
   * close code (4001 the agent's session ended, 4002 the agent was removed: see docs/protocol.md).
   */
  onClose?: (opened: boolean, code?: number) => void;
  pingIntervalMs?: number;
  maxBackoffMs?: number;
  /** Parses a text frame; defaults to the frames of the visitor endpoint ({@link parseFrame}). */
  parse?: (data: unknown) => ServerFrame | null;
}

const OPEN = 1;

/**
 * Owns one WebSocket to a Parley endpoint: connects when asked (never on its own, so nothing touches the
 * network before the chat is opened), keeps it alive with `ping`, and reconnects with exponential backoff
 * (capped at about 10 s) after a drop. The host resumes the conversation in `onOpen`.
 *
 * While the browser is offline (the `offline` event) the socket is dropped and no attempt is made; the `online`
 * event connects again at once, without waiting for the backoff.
 */
export class ChatConnectionController implements ReactiveController {
  status: ConnectionStatus = 'idle';

  readonly #host: ReactiveControllerHost;
  readonly #options: ChatConnectionOptions;
  #socket?: SocketLike;
  #wanted = false;
  #attempt = 0;
  #retryTimer?: ReturnType<typeof setTimeout>;
  #pingTimer?: ReturnType<typeof setInterval>;
  readonly #onOffline = () => this.#goOffline();
  readonly #onOnline = () => this.#goOnline();

  constructor(host: ReactiveControllerHost, options: ChatConnectionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get connected(): boolean {
    return this.status === 'open';
  }

  /** Starts connecting unless already connected or connecting. */
  connect(): void {
    if (isServer) return;
    this.#wanted = true;
    if (this.#socket || this.#retryTimer || this.status === 'offline') return;
    if (navigator.onLine === false) this.#goOffline();
    else this.#open();
  }

  /** Closes the socket for good (until {@link connect} is called again). */
  disconnect(): void {
    this.#wanted = false;
    this.#teardown();
    this.#attempt = 0;
    this.#setStatus('idle');
  }

  /** Drops the current socket and connects again at once, e.g. to resume from a different point. */
  reconnect(): void {
    this.#teardown();
    this.#wanted = true;
    if (this.status !== 'offline') this.#open();
  }

  /** Sends a frame if the socket is open. Returns whether it was sent. */
  send(frame: ClientFrame): boolean {
    if (this.#socket?.readyState !== OPEN || this.status !== 'open') return false;
    this.#socket.send(JSON.stringify(frame));
    return true;
  }

  hostConnected(): void {
    if (isServer) return;
    addEventListener('offline', this.#onOffline);
    addEventListener('online', this.#onOnline);
    // Only resumes a connection that was already wanted before the host was moved in the DOM.
    if (this.#wanted && !this.#socket && !this.#retryTimer) this.connect();
  }

  hostDisconnected(): void {
    removeEventListener('offline', this.#onOffline);
    removeEventListener('online', this.#onOnline);
    this.#teardown();
    this.status = 'idle';
  }

  #goOffline(): void {
    if (!this.#wanted) return;
    this.#teardown();
    this.#setStatus('offline');
  }

  #goOnline(): void {
    if (this.status !== 'offline') return;
    this.#attempt = 0;
    this.#setStatus('idle');
    if (this.#wanted) this.#open();
  }

  #open(): void {
    const factory = this.#options.socketFactory?.() ?? browserSocket;
    this.#setStatus(this.#attempt === 0 ? 'connecting' : 'reconnecting');
    let socket: SocketLike;
    try {
      socket = factory(this.#options.url());
    } catch {
      this.#scheduleRetry();
      return;
    }
    this.#socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (this.#socket !== socket) return;
      opened = true;
      this.#setStatus('open');
      this.#pingTimer = setInterval(() => this.send({ type: 'ping' }), this.#options.pingIntervalMs ?? 25_000);
      this.#options.onOpen(this);
    };
    socket.onmessage = (ev) => {
      if (this.#socket !== socket) return;
      const frame = (this.#options.parse ?? parseFrame)(ev.data);
      if (!frame) return;
      this.#attempt = 0;
      this.#options.onFrame(frame, this);
    };
    socket.onclose = (ev) => {
      if (this.#socket !== socket) return;
      this.#dropSocket();
      this.#options.onClose?.(opened, ev?.code);
      if (this.#wanted && this.status !== 'offline') this.#scheduleRetry();
    };
    socket.onerror = () => {
      // A close event always follows.
    };
  }

  #scheduleRetry(): void {
    const cap = this.#options.maxBackoffMs ?? 10_000;
    const base = Math.min(cap, 500 * 2 ** this.#attempt);
    const delay = Math.round(base / 2 + (Math.random() * base) / 2);
    this.#attempt++;
    this.#setStatus('reconnecting');
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      if (this.#wanted) this.#open();
    }, delay);
  }

  #dropSocket(): void {
    clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
    this.#socket = undefined;
  }

  #teardown(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    const socket = this.#socket;
    this.#dropSocket();
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      try {
        socket.close(1000);
      } catch {
        // already closed
      }
    }
  }

  #setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.#host.requestUpdate();
  }
}
