/**
 * The conversation's images, loaded with the visitor's credentials (the visitor token, or a store user's REST token
 * asked for when first needed) and handed to the message list as object URLs, once per image.
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
    let image = this.#images.get(url);
    if (!image) {
      image = this.#fetch(url).catch(async (e) => {
        if (!this.identity()) throw e;
        // A store user's REST token is replaced when they open another tab: ask for a new one, once.
        this.#userToken = undefined;
        return this.#fetch(url);
      });
      image.catch(() => this.#images.delete(url));
      this.#images.set(url, image);
    }
    return image;
  };

  async #fetch(url: string): Promise<string> {
    const token = this.identity() ? await this.#restToken() : this.visitorToken();
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
