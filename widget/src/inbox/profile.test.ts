import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ApiClient } from './api.js';
import { i18n } from './inbox.i18n.js';
import './parley-inbox.js';
import { eventSummary, type ParleyProfile } from './profile.component.js';

const realFetch = window.fetch;
const json = (body: object, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const PROFILE = {
  profileId: 'p1',
  visitorId: 'v1',
  identified: true,
  externalUserId: '42',
  displayName: 'Ada Lovelace',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '+44 20 7946 0000',
  location: 'London, UK',
  properties: { plan: 'gold', orders: 12, nested: { no: 1 } },
};
const other = {
  id: 't2',
  conversationId: 'c2',
  status: 'closed',
  visitorName: 'Ada Lovelace',
  assigneeId: null,
  assigneeName: null,
  lastSeq: 3,
  lastMessage: { author: 'visitor', text: 'My parcel is late', sentAt: '' },
  createdAt: '2026-11-01T10:00:00Z',
  lastActivityAt: '2026-11-01T10:00:00Z',
};
const event = (id: string, name: string, properties: object = {}) => ({
  profileId: 'p1',
  id,
  name,
  occurredAt: '2026-11-20T08:00:00Z',
  properties,
});

describe('<parley-profile>', () => {
  let asked: string[] = [];
  beforeEach(() => {
    asked = [];
    window.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      if (url.endsWith('/api/v1/tickets/t1/profile')) return json({ profile: PROFILE, otherTickets: [other] });
      if (url.includes('/api/v1/profiles/p1/events') && url.includes('before=n1'))
        return json({ events: [event('e3', 'Received Email')] });
      if (url.includes('/api/v1/profiles/p1/events'))
        return json({
          events: [
            event('e2', 'Placed Order', { value: 129.9, currency: 'EUR', items: [1, 2] }),
            event('e1', 'Signed Up'),
          ],
          nextCursor: 'n1',
        });
      return json({ code: 'ticket_not_found' }, 404);
    }) as typeof fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it("should show the customer's name, fields, events and other tickets isolated from what is around them", async () => {
    const el = await fixture<ParleyProfile>(
      html`<parley-profile .api=${new ApiClient()} ticketId="t1" locale="en" .strings=${i18n.en}></parley-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.event').length === 2, 'events shown');
    const root = el.shadowRoot!;
    const isolated = (e: Element) => getComputedStyle(e).unicodeBidi === 'isolate';

    expect(root.querySelector('h2')!.getAttribute('dir')).to.equal('auto');
    expect([...root.querySelectorAll('dd')].every((d) => d.getAttribute('dir') === 'auto' && isolated(d))).to.equal(
      true,
    );
    expect([...root.querySelectorAll('.event strong')].every((e) => e.parentElement!.localName === 'bdi')).to.equal(
      true,
    );
    expect(isolated(root.querySelector('.event bdi')!)).to.equal(true);
    expect(root.querySelector('[aria-labelledby="others-title"] button bdi')!.textContent).to.equal(
      'My parcel is late',
    );
  });

  it("should show the customer's summary, activity newest first with older pages, and other tickets", async () => {
    const el = await fixture<ParleyProfile>(
      html`<parley-profile .api=${new ApiClient()} ticketId="t1" locale="en" .strings=${i18n.en}></parley-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.event').length === 2, 'events shown');
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Ada Lovelace');
    expect(root.querySelector('.kind')!.textContent).to.equal('Signed in to the store · user 42');
    const terms = [...root.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).to.deep.equal(['Email', 'Phone', 'Location', 'plan', 'orders']);
    expect(root.querySelector('a[href="mailto:ada@example.com"]')).to.not.equal(null);
    expect(root.querySelector('a[href="tel:+442079460000"]')).to.not.equal(null);
    expect([...root.querySelectorAll('.event strong')].map((e) => e.textContent)).to.deep.equal([
      'Placed Order',
      'Signed Up',
    ]);
    expect(root.querySelector('.event span')!.textContent).to.equal('€129.90 · 2 items');

    root.querySelector<HTMLButtonElement>('button.more')!.click();
    await waitUntil(() => root.querySelectorAll('.event').length === 3, 'older events added');
    expect(asked.at(-1)).to.contain('before=n1');
    expect(root.querySelector('button.more'), 'the last page').to.equal(null);

    let opened: unknown;
    el.addEventListener('parley-ticket-select', (e) => (opened = e.detail));
    const [button] = [...root.querySelectorAll<HTMLButtonElement>('ul button')];
    expect(button.textContent!.trim()).to.equal('My parcel is late');
    button.click();
    expect(opened).to.deep.include({ id: 't2', conversationId: 'c2' });
    await expect(el).to.be.accessible();
  });

  it('should load the profile again when news names it, and only then', async () => {
    const el = await fixture<ParleyProfile>(
      html`<parley-profile .api=${new ApiClient()} ticketId="t1" locale="en" .strings=${i18n.en}></parley-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.event').length === 2, 'events shown');
    const profileCalls = () => asked.filter((u) => u.endsWith('/tickets/t1/profile')).length;
    expect(profileCalls()).to.equal(1);
    el.news = { profileId: 'p9' };
    await el.updateComplete;
    expect(profileCalls(), 'another profile changed').to.equal(1);
    el.news = { profileId: 'p1' };
    await waitUntil(() => profileCalls() === 2, 'loaded again');
  });

  it("should name a visitor without a name by their code, in the inbox's words", async () => {
    window.fetch = (async () =>
      json({
        profile: { ...PROFILE, identified: false, displayName: null, name: null, visitorCode: '5F2A' },
        otherTickets: [],
      })) as typeof fetch;
    const el = await fixture<ParleyProfile>(
      html`<parley-profile .api=${new ApiClient()} ticketId="t1" locale="pl" .strings=${i18n.pl}></parley-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Gość 5F2A');
  });

  it('should show the address a visitor gave in the widget under its own label, in English and Polish', async () => {
    window.fetch = (async () =>
      json({
        profile: { ...PROFILE, identified: false, email: null, visitorEmail: 'anna@example.com' },
        otherTickets: [],
      })) as typeof fetch;
    for (const locale of ['en', 'pl'] as const) {
      const el = await fixture<ParleyProfile>(
        html`<parley-profile .api=${new ApiClient()} ticketId="t1" locale=${locale} .strings=${i18n[locale]}></parley-profile>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('dl'));
      const terms = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent);
      expect(terms[0]).to.equal(locale === 'en' ? 'Email given by the visitor' : 'E-mail podany przez klienta');
      const link = el.shadowRoot!.querySelector('dd a')!;
      expect(link.getAttribute('href')).to.equal('mailto:anna@example.com');
    }
  });

  it('should say so when the profile cannot be loaded', async () => {
    const el = await fixture<ParleyProfile>(
      html`<parley-profile .api=${new ApiClient()} ticketId="nope" locale="en" .strings=${i18n.en}></parley-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal(
      'The customer’s profile could not be loaded.',
    );
  });

  it('should sum up an event in plain words, never markup', () => {
    expect(eventSummary({ value: 10, currency: 'PLN' }, 'pl')).to.match(/10,00\s*zł/);
    expect(eventSummary({ value: 219, currency: 'PLN', items: [{ sku: 'A', qty: 1 }] }, 'en')).to.match(
      /^PLN\s219\.00 · 1 item$/,
    );
    expect(
      eventSummary(
        {
          items: [
            { sku: 'A', qty: 2 },
            { sku: 'B', qty: 1 },
          ],
        },
        'pl',
      ),
    ).to.equal('3 produkty');
    expect(eventSummary({ items: [{ sku: 'A', qty: 5 }] }, 'pl')).to.equal('5 produktów');
    expect(eventSummary({ items: [{ sku: 'A' }, { sku: 'B' }] }, 'pl'), 'items without quantities').to.equal(
      '2 produkty',
    );
    expect(eventSummary({ subject: '<b>Hi</b>', opened: true, nested: { a: 1 } }, 'en')).to.equal(
      'subject: <b>Hi</b> · opened: true',
    );
  });
});
