import type { ImageRef } from '../../protocol/messages.js';
import type { PendingImage } from '../../protocol/thread.js';

/** Where a visitor's images go: the server, and the visitor's bearer token (`fresh`: a new one, the last was refused). */
export interface UploadTarget {
  server: () => string;
  token: (fresh?: boolean) => Promise<string | undefined>;
}

/**
 * One image the visitor attached: its preview (an object URL) and its upload (`POST /api/v1/uploads`, with progress),
 * made once; after a failure the next {@link upload} tries again. It fails with an `Error` whose message is the
 * server's problem code, or `upload_failed` when the server could not be reached.
 */
export class ImageUpload implements PendingImage {
  readonly preview: string;
  /** How much of the file is sent, from 0 to 1, while uploading. */
  progress?: number;
  /** The uploaded image. */
  image?: ImageRef;
  /** Why the last try failed. */
  error?: string;
  #running?: Promise<ImageRef>;
  #request?: XMLHttpRequest;

  /** `changed` is called whenever the progress or the outcome changes. */
  constructor(
    readonly file: File,
    private readonly target: UploadTarget,
    public changed: () => void,
  ) {
    this.preview = URL.createObjectURL(file);
  }

  upload(): Promise<ImageRef> {
    if (this.image) return Promise.resolve(this.image);
    this.#running ??= this.#post()
      .then(
        (image) => (this.image = image),
        (e: Error) => {
          this.error = e.message;
          throw e;
        },
      )
      .finally(() => {
        this.#running = this.progress = undefined;
        this.changed();
      });
    return this.#running;
  }

  /** Stops an upload under way (the image was removed before sending). */
  cancel(): void {
    this.#request?.abort();
    URL.revokeObjectURL(this.preview);
  }

  async #post(): Promise<ImageRef> {
    this.error = undefined;
    this.progress = 0;
    this.changed();
    let res = await this.#send(await this.target.token());
    // A store user's REST token is replaced when they open another tab: ask for a new one, once.
    if (res?.status === 401) res = await this.#send(await this.target.token(true));
    const body = res?.response;
    if (res?.status === 201 && typeof body?.id === 'string')
      return { id: body.id, contentType: body.contentType, url: `/api/v1/uploads/${body.id}` };
    throw new Error(typeof body?.code === 'string' ? body.code : res?.status ? 'internal_error' : 'upload_failed');
  }

  /** Sends the file; answers the finished request, or undefined when the server could not be reached. */
  #send(token?: string): Promise<XMLHttpRequest | undefined> {
    return new Promise((resolve) => {
      const xhr = (this.#request = new XMLHttpRequest());
      xhr.open('POST', `${this.target.server()}/api/v1/uploads`);
      xhr.responseType = 'json';
      xhr.setRequestHeader('content-type', this.file.type);
      if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (e) => {
        if (!e.lengthComputable) return;
        this.progress = e.loaded / e.total;
        this.changed();
      };
      xhr.onload = () => resolve(xhr);
      xhr.onerror = xhr.onabort = xhr.ontimeout = () => resolve(undefined);
      xhr.send(this.file);
    });
  }
}
