/**
 * The inbox's one client of Parley's agents' API (`/api/v1`): it sends the session cookie, repeats the session's
 * CSRF token on every request that changes something, turns RFC 9457 problem documents into {@link ApiError}s and
 * tells its owner when the session is gone (401), so that the inbox can show the sign-in form.
 */

/** A refusal or failure of a call: the problem's `code` (or `network` when the server was not reached). */
export class ApiError extends Error {
  constructor(
    /** Parley's stable code, such as `admins_only` or `message_too_long`; `network` when nothing answered. */
    readonly code: string,
    /** The HTTP status; 0 when nothing answered. */
    readonly status: number,
    /** The problem's `detail` (or `title`), worded for people. */
    readonly detail: string,
    /** The field a refused value came from, when the problem names one. */
    readonly field?: string,
  ) {
    super(detail || code);
    this.name = 'ApiError';
  }
}

/** What a request may carry besides its method and path. */
export interface RequestOptions {
  /** A JSON body; sent with `content-type: application/json`. */
  json?: unknown;
  /** A raw body (an uploaded file), sent as it is with `contentType`. */
  raw?: Blob;
  contentType?: string;
  /** Aborts the request (a component that goes away). */
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class ApiClient {
  /** The session's CSRF token, set when the agent signs in and cleared when they sign out. */
  csrfToken = '';

  constructor(
    /** Parley's origin, or '' for the page's own. */
    readonly base = '',
    /**
     * Called when a request answers 401: the session ended (signed out elsewhere, removed, expired), with the
     * problem's code (`account_removed` when the agent was removed from the team).
     */
    private readonly onSignedOut: (code?: string) => void = () => {},
  ) {}

  get<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, json?: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('POST', path, { ...options, json });
  }

  put<T>(path: string, json: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('PUT', path, { ...options, json });
  }

  patch<T>(path: string, json: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, json });
  }

  delete<T = void>(path: string, options?: RequestOptions): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  /** `POST /api/v1/uploads` with a file as it is; answers the upload's id (an `internal_error` when none came). */
  async upload(file: Blob, options?: RequestOptions): Promise<{ id: string }> {
    const answer = await this.request<{ id?: unknown }>('POST', '/uploads', { ...options, raw: file });
    if (typeof answer?.id !== 'string') throw new ApiError('internal_error', 200, '');
    return { id: answer.id };
  }

  /**
   * One call of `/api/v1` + `path`. Answers the body's JSON (undefined for 204); throws an {@link ApiError} for a
   * refusal, a failure or an unreachable server.
   */
  async request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET' && this.csrfToken) headers['X-Parley-CSRF'] = this.csrfToken;
    let body: BodyInit | undefined;
    if (options.raw) {
      body = options.raw;
      headers['content-type'] = options.contentType || options.raw.type || 'application/octet-stream';
    } else if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    }
    let res: Response;
    try {
      res = await fetch(`${this.base}/api/v1${path}`, {
        method,
        credentials: 'include',
        headers,
        body,
        signal: options.signal,
      });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      throw new ApiError('network', 0, '');
    }
    // A password or role change rotates the session: the answer carries its new CSRF token (and cookie).
    const rotated = res.headers?.get('x-parley-csrf');
    if (res.ok && rotated) this.csrfToken = rotated;
    const answer: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (res.ok) return answer as T;
    const problem = (answer ?? {}) as { code?: string; detail?: string; title?: string; field?: string };
    if (res.status === 401) this.onSignedOut(problem.code);
    throw new ApiError(
      problem.code ?? String(res.status),
      res.status,
      problem.detail ?? problem.title ?? '',
      problem.field,
    );
  }
}
