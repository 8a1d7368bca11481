/**
 * An XMLHttpRequest stand-in for uploads: it records each request, and the test reports progress, answers or fails it.
 * `install()` puts it in place of the browser's until `uninstall()`.
 */
export class FakeXhr {
  static requests: FakeXhr[] = [];
  static #real = window.XMLHttpRequest;

  static install(): void {
    FakeXhr.requests = [];
    window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  }

  static uninstall(): void {
    window.XMLHttpRequest = FakeXhr.#real;
  }

  static get last(): FakeXhr {
    return FakeXhr.requests[FakeXhr.requests.length - 1];
  }

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body?: Blob;
  status = 0;
  response: unknown = null;
  responseType = '';
  aborted = false;
  readonly upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  send(body: Blob): void {
    this.body = body;
    FakeXhr.requests.push(this);
  }

  abort(): void {
    this.aborted = true;
    this.onabort?.();
  }

  progress(loaded: number, total: number): void {
    this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
  }

  answer(status: number, body: object): void {
    this.status = status;
    this.response = body;
    this.onload?.();
  }

  /** The server could not be reached. */
  fail(): void {
    this.onerror?.();
  }
}
