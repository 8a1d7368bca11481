import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { q, qa, settle } from '../test/deep.js';
import { fakeSockets } from '../test/fake-socket.js';
import { ADA, BOB, json, realFetch, requests, SESSION, stubFetch, ticket } from '../test/inbox-harness.js';
import type { ParleyInbox } from './inbox.component.js';
import { belongs, DEFAULT_FILTER, listPath } from './ticket-query.js';
import { TagList } from './tags.js';
import { filterOf, viewBody } from './views.component.js';
import './settings/tags.component.js';

const VIP = { id: 'tag-vip', name: 'VIP', colour: 'purple' };
const REFUND = { id: 'tag-refund', name: 'Refund', colour: 'red' };
const BUG = { id: 'tag-bug', name: 'Bug', colour: 'orange' };

/** The server of these tests: tickets `a` (tagged VIP) and `b`, three tags, saved views, and tagging that answers. */
function stubTagServer(locale = 'en', views: object[] = []) {
  const tickets: Record<string, ReturnType<typeof ticket> & { tags: object[] }> = {
    a: { ...ticket('a', 1, 'first question'), tags: [VIP] },
    b: { ...ticket('b', 2, 'second question'), tags: [] },
  };
  stubFetch((url, init) => {
    const u = new URL(url, location.href);
    const path = u.pathname.replace(/^.*\/api\/v1/, '');
    const method = init?.method ?? 'GET';
    if (path === '/agent/session/probe') return json(200, { signedIn: true, session: { ...SESSION, locale } });
    if (path === '/agents') return json(200, [ADA, BOB]);
    if (path === '/tags') return json(200, [BUG, REFUND, VIP]);
    if (path === '/views' && method === 'GET') return json(200, views);
    if (path === '/views' && method === 'POST') {
      const body = JSON.parse(String(init!.body));
      const view = { id: 'v-1', editable: true, shared: false, updatedAt: '', ...body };
      views.push(view);
      return json(201, view);
    }
    const tagging = /^\/tickets\/(\w+)\/tags(?:\/(.+))?$/.exec(path);
    if (tagging) {
      const t = tickets[tagging[1]];
      if (method === 'POST') {
        const tag = [VIP, REFUND, BUG].find((g) => g.id === JSON.parse(String(init!.body)).tagId)!;
        t.tags = [...t.tags, tag];
      } else t.tags = t.tags.filter((g) => (g as { id: string }).id !== decodeURIComponent(tagging[2]));
      return json(200, t);
    }
    if (path === '/tickets') {
      if (u.searchParams.get('unread') === 'true') return json(200, { tickets: [] });
      const tag = u.searchParams.get('tag');
      return json(200, {
        tickets: Object.values(tickets).filter((t) => !tag || t.tags.some((g) => (g as { id: string }).id === tag)),
      });
    }
    return json(200, SESSION);
  });
  return tickets;
}

async function inbox(locale = 'en', views: object[] = []) {
  const tickets = stubTagServer(locale, views);
  const fake = fakeSockets();
  const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
  await waitUntil(() => fake.sockets.length === 1, 'connects once signed in');
  const socket = fake.last();
  socket.open();
  socket.receive({ type: 'inbox', agent: ADA, tickets: [] });
  await waitUntil(() => qa(el, '.ticket').length === 2 && qa(el, '.ticket .tag-chip').length === 1, 'listed with tags');
  await settle(el);
  return { el, socket, tickets };
}

/** Elements matching `selector` in the shadow root of the first `host` inside the inbox. */
const within = <T extends Element = HTMLElement>(el: Element, host: string, selector: string): T[] => {
  const found = q(el, host);
  return found?.shadowRoot ? [...found.shadowRoot.querySelectorAll<T>(selector)] : [];
};
const chips = (el: Element, scope: string) => qa(el, `${scope} .tag-chip bdi`).map((c) => c.textContent);
const pickerChips = (el: Element) => within(el, 'parley-tag-picker', '.tags .tag-chip bdi').map((c) => c.textContent);

describe('tags in the inbox', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
    history.replaceState(null, '', location.pathname);
  });

  it('should ask for the tag filter and judge live tickets by their tags', () => {
    expect(listPath({ ...DEFAULT_FILTER, tag: 'tag-vip' })).to.equal(
      '/tickets?status=open&assignee=all&limit=30&tag=tag-vip',
    );
    const t = { ...ticket('a', 1, 'x'), tags: [VIP] } as never;
    const filter = { ...DEFAULT_FILTER, tag: 'tag-vip' };
    expect(belongs(t, filter, 'a-1', false)).to.equal(true);
    expect(belongs({ ...(t as object), tags: [] } as never, filter, 'a-1', true)).to.equal(false);
    expect(belongs({ ...(t as object), tags: undefined } as never, filter, 'a-1', true)).to.equal(false);
    expect(belongs({ ...(t as object), tags: [] } as never, DEFAULT_FILTER, 'a-1', false)).to.equal(true);
  });

  it('should show a ticket’s tags as the list has them now, leaving deleted ones out', async () => {
    let answer: object[] = [VIP];
    window.fetch = (async () => json(200, answer)) as typeof fetch;
    const { ApiClient } = await import('./api.js');
    const list = new TagList(new ApiClient('', () => {}), () => {});
    const t = { ...ticket('a', 1, 'x'), tags: [{ ...VIP, name: 'old name' }, REFUND] } as never;
    expect(list.of(t), 'before the list is known, as the ticket says').to.have.length(2);
    await list.load();
    expect(list.of(t)).to.deep.equal([VIP]);
    answer = [{ ...VIP, name: 'Very important' }, REFUND];
    await list.load();
    expect(list.of(t).map((g) => g.name)).to.deep.equal(['Very important', 'Refund']);
    window.fetch = realFetch;
  });

  it('should show chips on rows, and tag and untag from the keyboard picker in the thread', async () => {
    const { el } = await inbox();
    expect(chips(el, '.ticket')).to.deep.equal(['VIP']);
    qa(el, '.ticket')
      .find((t) => t.dataset.conversation === 'c-a')!
      .click();
    await settle(el);
    const picker = q<LitElement>(el, 'parley-tag-picker')!;
    expect(pickerChips(el)).to.deep.equal(['VIP']);
    const add = within<HTMLButtonElement>(el, 'parley-tag-picker', '.add')[0];
    expect(add.textContent!.trim()).to.equal('+ Add tag');
    add.click();
    await settle(el);
    const input = within<HTMLInputElement>(el, 'parley-tag-picker', 'input[role="combobox"]')[0];
    expect(picker.shadowRoot!.activeElement, 'the picker takes the focus').to.equal(input);
    expect(within(el, 'parley-tag-picker', '[role="option"]').map((o) => o.textContent!.trim())).to.deep.equal([
      'Bug',
      'Refund',
    ]);
    input.value = 'REF';
    input.dispatchEvent(new InputEvent('input'));
    await settle(el);
    expect(within(el, 'parley-tag-picker', '[role="option"]').map((o) => o.textContent!.trim())).to.deep.equal([
      'Refund',
    ]);
    expect(input.getAttribute('aria-activedescendant')).to.equal(
      within(el, 'parley-tag-picker', '[role="option"]')[0].id,
    );
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => pickerChips(el).length === 2, 'the tag is added');
    const post = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/tickets/a/tags'))!;
    expect(post.body).to.deep.equal({ tagId: 'tag-refund' });
    expect(chips(el, '.ticket')).to.include('Refund');
    await expect(picker).to.be.accessible();

    const remove = within<HTMLButtonElement>(el, 'parley-tag-picker', '.tag-remove[aria-label="Remove tag VIP"]')[0];
    remove.click();
    await waitUntil(() => pickerChips(el).length === 1, 'the tag is removed');
    expect(requests.some((r) => r.method === 'DELETE' && r.url.endsWith('/api/v1/tickets/a/tags/tag-vip'))).to.equal(
      true,
    );
  });

  it('should speak Polish in the picker and the filter', async () => {
    const { el } = await inbox('pl');
    qa(el, '.ticket')
      .find((t) => t.dataset.conversation === 'c-a')!
      .click();
    await settle(el);
    expect(within(el, 'parley-tag-picker', '.add')[0].textContent!.trim()).to.equal('+ Dodaj tag');
    expect(within(el, 'parley-tag-picker', '.tag-remove')[0].getAttribute('aria-label')).to.equal('Usuń tag VIP');
    expect(q(el, 'label[for="tag-filter"]')!.textContent).to.equal('Tag');
    expect(q<HTMLSelectElement>(el, '#tag-filter')!.options[0].textContent).to.equal('Dowolny tag');
    within<HTMLButtonElement>(el, 'parley-tag-picker', '.add')[0].click();
    await settle(el);
    const input = within<HTMLInputElement>(el, 'parley-tag-picker', 'input[role="combobox"]')[0];
    input.value = 'zzz';
    input.dispatchEvent(new InputEvent('input'));
    await settle(el);
    expect(within(el, 'parley-tag-picker', '.none')[0].textContent).to.equal('Brak pasujących tagów.');
  });

  it('should filter the list by tag and keep it live as tickets gain and lose the tag', async () => {
    const { el, socket, tickets } = await inbox();
    const select = q<HTMLSelectElement>(el, '#tag-filter')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Any tag', 'Bug', 'Refund', 'VIP']);
    select.value = 'tag-vip';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => qa(el, '.ticket').length === 1, 'only the tagged ticket');
    expect(requests.some((r) => r.url.includes('tag=tag-vip'))).to.equal(true);

    socket.receive({ type: 'ticket', ticket: { ...tickets.b, tags: [VIP] } });
    await settle(el);
    expect(qa(el, '.ticket').map((t) => t.dataset.conversation)).to.have.members(['c-a', 'c-b']);
    socket.receive({ type: 'ticket', ticket: { ...tickets.a, tags: [] } });
    await settle(el);
    expect(qa(el, '.ticket').map((t) => t.dataset.conversation)).to.deep.equal(['c-b']);
  });

  it('should save the filters as a view and open it again with one click and from its address', async () => {
    const views: object[] = [];
    const { el } = await inbox('en', views);
    const select = q<HTMLSelectElement>(el, '#tag-filter')!;
    select.value = 'tag-vip';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const toggle = within<HTMLButtonElement>(el, 'parley-views', '.toggle')[0];
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    within<HTMLButtonElement>(el, 'parley-views', '.save')[0].click();
    await settle(el);
    const name = within<HTMLInputElement>(el, 'parley-views', '#view-name')[0];
    name.value = 'VIP queue';
    name.dispatchEvent(new InputEvent('input'));
    await settle(el);
    expect(within(el, 'parley-views', 'input[type="checkbox"]')[0], 'an admin may share it').to.not.equal(null);
    within<HTMLFormElement>(el, 'parley-views', 'form')[0].requestSubmit();
    await waitUntil(() => views.length === 1, 'saved');
    expect(requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/views'))!.body).to.deep.equal({
      name: 'VIP queue',
      shared: false,
      filter: { status: 'open', assignee: 'all', tag: 'tag-vip' },
    });
    const label = () => within(el, 'parley-views', '.toggle')[0]!.textContent!.replace(/\s+/g, ' ').trim();
    await waitUntil(() => label() === 'Views: VIP queue ▾', 'the open view is named');

    // Back to every ticket, then the view again from the menu.
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => qa(el, '.ticket').length === 2, 'every ticket');
    within<HTMLButtonElement>(el, 'parley-views', '.toggle')[0].click();
    await waitUntil(() => within(el, 'parley-views', '.open')[0], 'the views are listed');
    expect(within(el, 'parley-views', 'h3')[0]!.textContent).to.equal('My views');
    within<HTMLButtonElement>(el, 'parley-views', '.open')[0].click();
    await waitUntil(() => qa(el, '.ticket').length === 1, 'the view applied');
    expect(location.hash).to.equal('#/views/v-1');
    expect(q<HTMLSelectElement>(el, '#tag-filter')!.value).to.equal('tag-vip');
    await expect(q(el, 'parley-views')!).to.be.accessible();
  });

  it('should turn a view into the list’s filter and back, with the list’s defaults', () => {
    const view = { id: 'v', name: 'x', shared: true, editable: false, filter: { assignee: 'mine', q: 'refund' } };
    expect(filterOf(view)).to.deep.equal({ status: 'open', assignee: 'mine', channel: '', tag: '', q: 'refund' });
    expect(viewBody('x', { ...DEFAULT_FILTER, q: 'ab' }, false).filter, 'a search too short is left out').to.deep.equal(
      {
        status: 'open',
        assignee: 'all',
      },
    );
  });
});

describe('<parley-settings-tags>', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function screen(locale: 'en' | 'pl', answers: (url: string, init?: RequestInit) => Response) {
    stubFetch(answers);
    const { ApiClient } = await import('./api.js');
    const el = await fixture<LitElement>(
      html`<parley-settings-tags .api=${new ApiClient('', () => {})} locale=${locale}></parley-settings-tags>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('button.new'), 'loaded');
    await el.updateComplete;
    return el;
  }

  it('should add a tag with a colour and confirm before deleting one', async () => {
    const tags = [VIP];
    const el = await screen('en', (_url, init) => {
      if (init?.method === 'POST') {
        const body = JSON.parse(String(init.body));
        tags.push({ id: 'new', ...body });
        return json(201, tags.at(-1)!);
      }
      if (init?.method === 'DELETE') return new Response(null, { status: 204 });
      return json(200, tags);
    });
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('.list .tag-chip bdi')].map((c) => c.textContent)).to.deep.equal(['VIP']);
    root.querySelector<HTMLButtonElement>('.new')!.click();
    await el.updateComplete;
    const name = root.querySelector<HTMLInputElement>('#tagName')!;
    name.value = 'Refund';
    name.dispatchEvent(new InputEvent('input'));
    root.querySelector<HTMLInputElement>('input[value="red"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => root.querySelectorAll('.list .tag-chip').length === 2, 'added');
    expect(requests.find((r) => r.method === 'POST')!.body).to.deep.equal({ name: 'Refund', colour: 'red' });
    await expect(el).to.be.accessible();

    root.querySelector<HTMLButtonElement>('button[aria-label="Delete tag VIP"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[role="alertdialog"] p')!.textContent).to.contain('taken off every ticket');
    expect(
      requests.some((r) => r.method === 'DELETE'),
      'nothing deleted before the confirmation',
    ).to.equal(false);
    root.querySelector<HTMLButtonElement>('[role="alertdialog"] .danger')!.click();
    await waitUntil(() => root.querySelectorAll('.list .tag-chip').length === 1, 'deleted');
    expect(requests.find((r) => r.method === 'DELETE')!.url).to.match(/\/api\/v1\/tags\/tag-vip$/);
  });

  it('should word a refusal in Polish beside the form and keep the draft', async () => {
    const el = await screen('pl', (_url, init) =>
      init?.method === 'POST'
        ? json(409, { status: 409, code: 'tag_name_taken', detail: 'There is already a tag called "vip".' })
        : json(200, [VIP]),
    );
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.new')!.click();
    await el.updateComplete;
    expect(root.querySelector('label[for="tagName"]')!.textContent).to.equal('Nazwa');
    expect(root.querySelector('legend')!.textContent).to.equal('Kolor');
    const name = root.querySelector<HTMLInputElement>('#tagName')!;
    name.value = 'vip';
    name.dispatchEvent(new InputEvent('input'));
    root.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'refused');
    expect(root.querySelector('[role="alert"]')!.textContent).to.equal(
      'Jest już tag o tej nazwie (bez względu na wielkość liter).',
    );
    expect(root.querySelector<HTMLInputElement>('#tagName')!.value).to.equal('vip');
  });
});
