/** What the inbox tells the agent about: a new ticket, or a new visitor message in one. */
export interface Notice {
  title: string;
  body: string;
  /** One notification per ticket: a newer one replaces it. */
  tag: string;
  onClick?: () => void;
}

const MUTED_KEY = 'parley.inbox.muted';

/**
 * Browser notifications and a short chime for new tickets and messages. The chime is made with Web Audio (no
 * file to load); notifications need the agent's permission, asked for only when they press the button.
 * "Mute" silences both, and is remembered in this browser.
 */
export class Notifier {
  #muted: boolean;
  #audio?: AudioContext;

  constructor() {
    this.#muted = read(MUTED_KEY) === 'true';
  }

  get muted(): boolean {
    return this.#muted;
  }

  set muted(on: boolean) {
    this.#muted = on;
    try {
      localStorage.setItem(MUTED_KEY, String(on));
    } catch {
      // Not remembered then.
    }
  }

  /** `granted`, `denied`, `default` (not asked yet) or `unsupported`. */
  get permission(): NotificationPermission | 'unsupported' {
    return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
  }

  async ask(): Promise<NotificationPermission | 'unsupported'> {
    if (this.permission === 'default') await Notification.requestPermission();
    return this.permission;
  }

  /** Chimes, and shows a system notification when permitted and the page is not in front. */
  notify(notice: Notice): void {
    if (this.#muted) return;
    this.#chime();
    if (this.permission !== 'granted' || document.visibilityState === 'visible') return;
    const n = new Notification(notice.title, { body: notice.body, tag: notice.tag });
    n.onclick = () => {
      window.focus();
      notice.onClick?.();
      n.close();
    };
  }

  #chime(): void {
    try {
      this.#audio ??= new AudioContext();
      const ctx = this.#audio;
      const gain = ctx.createGain();
      gain.connect(ctx.destination);
      gain.gain.setValueAtTime(0.0001, ctx.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.12, ctx.currentTime + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.45);
      for (const [freq, at] of [
        [880, 0],
        [1320, 0.12],
      ]) {
        const tone = ctx.createOscillator();
        tone.frequency.value = freq;
        tone.connect(gain);
        tone.start(ctx.currentTime + at);
        tone.stop(ctx.currentTime + at + 0.3);
      }
    } catch {
      // No audio (or not allowed before the first click): the notification still shows.
    }
  }
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
