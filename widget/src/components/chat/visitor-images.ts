/**
 * The conversation's images, loaded with the visitor's credentials (the visitor token, or a store user's REST token
 * asked for when first needed) and handed to the message list as object URLs, once per image; the visitor's own
 * images not sent yet show from their preview.
 */
export class VisitorImages {
  readonly #images = new Map<string, Promise<string>>();
  /** A REST token for a store user (their socket needs none). */
  #userToken?: Promise<string>;

  constructor(
    private readonly base: () => string,
    private readonly identity: () => { userId: string; userHash: string } | undefined,
    private readonly visitorToken: () => string | undefined,
  ) {}

  /** Loads an image of the conversation (by its server URL), as an object URL. */
  readonly source = (url: string): Promise<string> => {
    if (url.startsWith('blob:')) return Promise.resolve(url);
    let image = this.#images.get(url);
    if (!image) {
      image = this.#fetch(url).catch(async (e) => {
        if (!this.identity()) throw e;
        // A store user's REST token is replaced when they open another tab: ask for a new one, once.
        return this.#fetch(url, true);
      });
      image.catch(() => this.#images.delete(url));
      this.#images.set(url, image);
    }
    return image;
  };

  /** The bearer token for the REST API: the visitor's, or a store user's (`fresh`: a new one, the last was refused). */
  readonly token = (fresh?: boolean): Promise<string | undefined> => {
    if (!this.identity()) return Promise.resolve(this.visitorToken());
    if (fresh) this.#userToken = undefined;
    return this.#restToken();
  };

  async #fetch(url: string, fresh?: boolean): Promise<string> {
    const token = await this.token(fresh);
    const res = await fetch(this.base() + url, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`image ${res.status}`);
    return URL.createObjectURL(await res.blob());
  }

  #restToken(): Promise<string> {
    this.#userToken ??= fetch(`${this.base()}/api/v1/visitor/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.identity()),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`session ${res.status}`);
      return (await res.json()).token as string;
    });
    this.#userToken.catch(() => (this.#userToken = undefined));
    return this.#userToken;
  }
}
