import { expect } from '@open-wc/testing';
import { ApiClient, ApiError } from './api.js';

const realFetch = window.fetch;
let calls: { url: string; init: RequestInit }[] = [];

function answer(status: number, body?: object, type = 'application/problem+json') {
  calls = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': type },
    });
  }) as typeof fetch;
}

const header = (i = 0, name = 'X-Parley-CSRF') => new Headers(calls[i].init.headers).get(name);

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the call did not fail');
}

describe('ApiClient', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should repeat the CSRF token a rotated session answers from then on, and not one a refusal carries', async () => {
    const api = new ApiClient('');
    api.csrfToken = 'old';
    window.fetch = (async () =>
      new Response(null, { status: 204, headers: { 'x-parley-csrf': 'rotated' } })) as typeof fetch;
    await api.post('/agents/me/password', { currentPassword: 'a', newPassword: 'b' });
    expect(api.csrfToken).to.equal('rotated');

    window.fetch = (async () =>
      new Response('{"code":"wrong_password"}', {
        status: 403,
        headers: { 'x-parley-csrf': 'forged', 'content-type': 'application/problem+json' },
      })) as typeof fetch;
    await refusal(api.post('/agents/me/password', {}));
    expect(api.csrfToken).to.equal('rotated');
  });

  it('should tell its owner the code of a 401, such as account_removed', async () => {
    const codes: (string | undefined)[] = [];
    const api = new ApiClient('', (code) => codes.push(code));
    answer(401, { code: 'account_removed', status: 401, detail: 'Your account was removed.' });
    await refusal(api.get('/tickets'));
    expect(codes).to.deep.equal(['account_removed']);
  });

  it('should call /api/v1 under its base with the session cookie and answer the JSON', async () => {
    answer(200, { id: 't1' }, 'application/json');
    const api = new ApiClient('https://parley.example');
    expect(await api.get('/tickets/t1')).to.deep.equal({ id: 't1' });
    expect(calls[0].url).to.equal('https://parley.example/api/v1/tickets/t1');
    expect(calls[0].init).to.deep.include({ method: 'GET', credentials: 'include' });
  });

  it('should send the CSRF token on every request that changes something, and never on a GET', async () => {
    answer(200, {}, 'application/json');
    const api = new ApiClient();
    api.csrfToken = 'csrf-1';
    await api.get('/tickets');
    await api.post('/tickets/t1/close');
    await api.put('/settings/chat', { chatEnabled: true });
    await api.patch('/macros/m1', { title: 'Hi' });
    await api.delete('/macros/m1');
    expect(calls.map((c) => [c.init.method, new Headers(c.init.headers).get('X-Parley-CSRF')])).to.deep.equal([
      ['GET', null],
      ['POST', 'csrf-1'],
      ['PUT', 'csrf-1'],
      ['PATCH', 'csrf-1'],
      ['DELETE', 'csrf-1'],
    ]);
    expect(calls[2].init.body).to.equal('{"chatEnabled":true}');
    expect(header(2, 'content-type')).to.equal('application/json');
    expect(calls[1].init.body, 'no body when none is given').to.equal(undefined);
  });

  it('should turn a problem document into an ApiError with its code, detail and field', async () => {
    answer(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'invalid_time_zone',
      detail: 'Mars/Olympus is no time zone.',
      field: 'businessHours.timeZone',
    });
    const e = await refusal(
      new ApiClient().put('/settings/availability', { businessHours: { timeZone: 'Mars/Olympus' } }),
    );
    expect(e).to.be.instanceOf(ApiError);
    expect(e).to.include({
      code: 'invalid_time_zone',
      status: 400,
      detail: 'Mars/Olympus is no time zone.',
      field: 'businessHours.timeZone',
    });
  });

  it('should word a problem without a code by its status, and one without a detail by its title', async () => {
    answer(409, { title: 'Conflict', status: 409 });
    const e = await refusal(new ApiClient().post('/tickets/t1/close'));
    expect(e).to.include({ code: '409', status: 409, detail: 'Conflict', field: undefined });
  });

  it('should tell its owner the session ended on a 401, and only then', async () => {
    let signedOut = 0;
    const api = new ApiClient('', () => signedOut++);
    answer(403, { code: 'admins_only', status: 403 });
    expect((await refusal(api.get('/settings'))).code).to.equal('admins_only');
    expect(signedOut, 'a refusal is no sign-out').to.equal(0);
    answer(401, { title: 'Unauthorized', status: 401 });
    const e = await refusal(api.get('/tickets'));
    expect(signedOut).to.equal(1);
    expect(e.status).to.equal(401);
  });

  it('should answer a network failure as the network code, status 0', async () => {
    window.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const e = await refusal(new ApiClient().get('/tickets'));
    expect(e).to.include({ code: 'network', status: 0 });
  });

  it('should upload a file as it is, with its type and the CSRF token, and answer its id', async () => {
    answer(201, { id: 'up-1', contentType: 'image/png', size: 3 }, 'application/json');
    const api = new ApiClient();
    api.csrfToken = 'csrf-1';
    const file = new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' });
    expect(await api.upload(file)).to.deep.equal({ id: 'up-1' });
    expect(calls[0].url).to.equal('/api/v1/uploads');
    expect(calls[0].init.body).to.equal(file);
    expect(header(0, 'content-type')).to.equal('image/png');
    expect(header(0)).to.equal('csrf-1');
    answer(413, { code: 'upload_too_large', status: 413 });
    expect((await refusal(api.upload(file))).code).to.equal('upload_too_large');
  });
});
