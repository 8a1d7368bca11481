import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deepActive, q, qa, settle } from '../test/deep.js';
import { fakeSockets } from '../test/fake-socket.js';
import { ADA, BOB, json, LIMITS, realFetch, requests, stubFetch } from '../test/inbox-harness.js';
import type {
  KnowledgeArticle,
  KnowledgeArticleSummary,
  KnowledgeImportReport,
  KnowledgeTrial,
} from '../wire/index.js';
import { ApiClient } from './api.js';
import type { ParleyInbox } from './inbox.component.js';
import type { ParleyKnowledge } from './knowledge.component.js';
import { knowledgeStrings } from './knowledge.i18n.js';

const SHIPPING: KnowledgeArticle = {
  id: 'k-1',
  title: 'Shipping',
  body: '# Delivery times\nParcels leave within one working day.',
  language: 'en',
  link: 'https://shop.example.com/shipping',
  status: 'published',
  createdAt: '2026-11-25T09:00:00Z',
  updatedAt: '2026-11-25T10:00:00Z',
};
const ZWROTY: KnowledgeArticle = {
  id: 'k-2',
  title: 'Zwroty',
  body: 'Masz 30 dni na zwrot.',
  language: 'pl',
  status: 'draft',
  createdAt: '2026-11-25T09:00:00Z',
  updatedAt: '2026-11-25T09:30:00Z',
};
const summary = ({ body, createdAt: _c, ...a }: KnowledgeArticle): KnowledgeArticleSummary => ({
  ...a,
  excerpt: body.replace(/\s+/g, ' '),
});

const ANSWER: KnowledgeTrial = {
  outcome: 'answer',
  text: 'Parcels leave within one working day.',
  sources: [{ title: 'Shipping', link: 'https://shop.example.com/shipping' }],
  confidence: 0.83,
  why: 'The best match, “Shipping”, covers 2 of the question’s 2 key words and nothing else matches.',
};
const HANDOFF: KnowledgeTrial = {
  outcome: 'handoff',
  sources: [],
  confidence: 0,
  why: 'The question asks for a person.',
  handoffReason: 'visitor_asked',
};
const CHOICES: KnowledgeTrial = {
  outcome: 'choices',
  text: 'Did you mean one of these?',
  sources: [{ title: 'Returns' }, { title: 'Refunds' }],
  confidence: 0.42,
  why: 'Two answers are close.',
};

const problem = (status: number, code: string, field?: string) => json(status, { status, code, detail: code, field });

/** One page of each outcome, as an import of the store's site reports them. */
const REPORT: KnowledgeImportReport = {
  created: 1,
  updated: 1,
  unchanged: 1,
  skipped: 1,
  pages: [
    { url: 'https://shop.example.com/returns', outcome: 'created', articleId: 'k-9' },
    { url: 'https://shop.example.com/shipping', outcome: 'updated', articleId: 'k-1' },
    { url: 'https://shop.example.com/sizes', outcome: 'unchanged', articleId: 'k-8' },
    { url: 'https://shop.example.com/account', outcome: 'skipped', reason: 'robots_disallowed' },
  ],
};
const RETURNS: KnowledgeArticle = {
  id: 'k-9',
  title: 'Returns',
  body: 'Send it back within 30 days.',
  language: 'en',
  link: 'https://shop.example.com/returns',
  status: 'draft',
  createdAt: '2026-11-25T10:05:00Z',
  updatedAt: '2026-11-25T10:05:00Z',
};

/**
 * A server holding `articles`, answering the console with `trial` (or a problem), and an import with `imports`,
 * after which it holds `RETURNS` too.
 */
function server(
  articles: KnowledgeArticle[],
  trial: () => Response = () => json(200, ANSWER),
  imports: () => Response | Promise<Response> = () => json(200, REPORT),
) {
  const store = new Map(articles.map((a) => [a.id, { ...a }]));
  stubFetch(async (url, init) => {
    const path = new URL(url, location.href).pathname.replace(/^\/api\/v1/, '');
    const method = init?.method ?? 'GET';
    if (path === '/knowledge/ask') return trial();
    if (path === '/knowledge/imports' && method === 'POST') {
      const answer = await imports();
      if (answer.ok) store.set(RETURNS.id, { ...RETURNS });
      return answer;
    }
    if (path === '/knowledge/articles' && method === 'GET') return json(200, [...store.values()].map(summary));
    if (path === '/knowledge/articles' && method === 'POST') {
      const body = JSON.parse(String(init!.body)) as KnowledgeArticle;
      if (!body.title.trim()) return problem(400, 'invalid_article_title', 'title');
      if (body.link && !/^https?:\/\//.test(body.link)) return problem(400, 'invalid_article_link', 'link');
      const added = {
        ...body,
        id: `k-${store.size + 1}`,
        link: body.link ?? undefined,
        createdAt: '',
        updatedAt: '2026-11-25T10:05:00Z',
      };
      store.set(added.id, added);
      return json(201, added);
    }
    const one = /^\/knowledge\/articles\/(.+)$/.exec(path);
    if (one) {
      const a = store.get(decodeURIComponent(one[1]));
      if (!a) return problem(404, 'article_not_found');
      if (method === 'DELETE') {
        store.delete(a.id);
        return new Response(null, { status: 204 });
      }
      if (method === 'PUT') Object.assign(a, JSON.parse(String(init!.body)));
      return json(200, a);
    }
    return json(200, []);
  });
  return store;
}

async function screen(lang: 'en' | 'pl' = 'en') {
  const api = new ApiClient('');
  api.csrfToken = 'csrf-1';
  const el = await fixture<ParleyKnowledge>(
    html`<parley-knowledge .api=${api} locale=${lang} .now=${Date.parse('2026-11-25T10:10:00Z')}></parley-knowledge>`,
  );
  await waitUntil(() => q(el, '.articles[aria-busy="false"]'), 'the list loads');
  await settle(el);
  return el;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const rows = (el: ParleyKnowledge) => qa<HTMLLIElement>(el, 'ul.list > li');
const input = (el: ParleyKnowledge, selector: string, value: string) => {
  const field = q<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
};
const choose = (el: ParleyKnowledge, selector: string, value: string) => {
  const select = q<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};
const asked = (path: string, method = 'GET') =>
  requests.filter((r) => new URL(r.url, location.href).pathname === `/api/v1${path}` && r.method === method);

describe('<parley-knowledge>', () => {
  afterEach(() => {
    window.fetch = realFetch;
    location.hash = '';
  });

  it('lists the articles with their language, status, source and last change, and filters them', async () => {
    server([SHIPPING, ZWROTY]);
    const el = await screen();
    expect(rows(el)).to.have.length(2);
    const [first, second] = rows(el);
    expect(text(first.querySelector('strong'))).to.equal('Shipping');
    expect(text(first.querySelector('.badge.lang'))).to.contain('EN');
    expect(text(first.querySelector('.badge.status'))).to.equal('Published');
    const link = first.querySelector<HTMLAnchorElement>('.meta a')!;
    expect(link.href).to.equal('https://shop.example.com/shipping');
    expect(link.rel).to.contain('noopener');
    expect(text(first.querySelector('time'))).to.match(/^Updated 10 min/);
    expect(text(second.querySelector('.badge.status'))).to.equal('Draft');
    expect(text(second.querySelector('.meta'))).to.contain('No source link');
    expect(text(q(el, '.count'))).to.equal('2 articles');

    choose(el, '#filter-status', 'draft');
    await settle(el);
    expect(rows(el).map((r) => text(r.querySelector('strong')))).to.deep.equal(['Zwroty']);
    expect(text(q(el, '.count'))).to.equal('1 of 2 articles');
    choose(el, '#filter-status', 'all');
    choose(el, '#filter-language', 'en');
    await settle(el);
    expect(rows(el).map((r) => text(r.querySelector('strong')))).to.deep.equal(['Shipping']);
    choose(el, '#filter-status', 'draft');
    await settle(el);
    expect(text(q(el, '.articles .empty'))).to.equal('No article matches these filters.');
    await expect(el).to.be.accessible();
  });

  it('writes a new article, showing a refusal beside the field it names', async () => {
    const store = server([]);
    const el = await screen();
    expect(text(q(el, '.articles .empty'))).to.contain('No articles yet');
    q<HTMLButtonElement>(el, 'button.new')!.click();
    await settle(el);
    expect(deepActive(), 'the focus goes to the title').to.equal(q(el, '#article-title'));
    expect(text(q(el, '#article-body-hint'))).to.contain('A line starting with # is a heading');
    input(el, '#article-title', 'Sizes');
    input(el, '#article-body', '# Shoes\nTrue to size.');
    input(el, '#article-link', 'ftp://shop.example.com/sizes');
    q<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => q(el, '#article-link-error'), 'the link is refused');
    await settle(el);
    expect(text(q(el, '#article-link-error'))).to.contain('full http or https address');
    expect(q(el, '#article-link')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#article-link')!.getAttribute('aria-describedby')).to.contain('article-link-error');
    expect(q(el, '#article-title')!.getAttribute('aria-invalid')).to.equal('false');
    expect(deepActive()).to.equal(q(el, '#article-link'));
    expect(store.size).to.equal(0);

    input(el, '#article-link', 'https://shop.example.com/sizes');
    await settle(el);
    expect(q(el, '#article-link-error'), 'the error goes once the field changes').to.equal(null);
    q<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => rows(el).length === 1, 'the article is listed');
    await settle(el);
    expect(asked('/knowledge/articles', 'POST').map((r) => r.body)).to.deep.equal([
      {
        title: 'Sizes',
        body: '# Shoes\nTrue to size.',
        language: 'en',
        link: 'ftp://shop.example.com/sizes',
        status: 'draft',
      },
      {
        title: 'Sizes',
        body: '# Shoes\nTrue to size.',
        language: 'en',
        link: 'https://shop.example.com/sizes',
        status: 'draft',
      },
    ]);
    expect(text(q(el, '.notice'))).to.equal('“Sizes” saved.');
    expect(q(el, 'form.article')).to.equal(null);
    expect(text(rows(el)[0].querySelector('.badge.status'))).to.equal('Draft');
  });

  it('edits, publishes and unpublishes an article with its whole content', async () => {
    const store = server([ZWROTY]);
    const el = await screen();
    rows(el)[0].querySelector<HTMLButtonElement>('button.toggle')!.click();
    await waitUntil(() => store.get('k-2')!.status === 'published', 'published');
    await waitUntil(() => text(rows(el)[0].querySelector('.badge.status')) === 'Published', 'the list shows it');
    expect(asked('/knowledge/articles/k-2', 'PUT').map((r) => r.body)).to.deep.equal([
      { title: 'Zwroty', body: 'Masz 30 dni na zwrot.', language: 'pl', link: null, status: 'published' },
    ]);
    expect(text(q(el, '.notice'))).to.equal('“Zwroty” published.');
    expect(text(rows(el)[0].querySelector('button.toggle'))).to.equal('Unpublish');

    rows(el)[0].querySelector<HTMLButtonElement>('button.edit')!.click();
    await waitUntil(() => q(el, 'form.article'), 'the form opens in the row');
    await settle(el);
    expect(q<HTMLTextAreaElement>(el, '#article-body')!.value).to.equal('Masz 30 dni na zwrot.');
    expect(q<HTMLSelectElement>(el, '#article-language')!.value).to.equal('pl');
    expect(q<HTMLInputElement>(el, '#article-status-published')!.checked).to.equal(true);
    q<HTMLInputElement>(el, '#article-status-draft')!.click();
    input(el, '#article-title', 'Zwroty i wymiany');
    q<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => store.get('k-2')!.title === 'Zwroty i wymiany', 'revised');
    await waitUntil(() => !q(el, 'form.article'), 'the form closes');
    expect(store.get('k-2')!.status).to.equal('draft');
  });

  it('deletes an article only after its confirmation', async () => {
    const store = server([SHIPPING]);
    const el = await screen();
    rows(el)[0].querySelector<HTMLButtonElement>('button.delete')!.click();
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog.confirm')?.open, 'the confirmation opens');
    await settle(el);
    expect(text(q(el, 'dialog.confirm h2'))).to.equal('Delete “Shipping”?');
    q<HTMLButtonElement>(el, 'dialog.confirm button.keep')!.click();
    await settle(el);
    expect(store.size, 'kept').to.equal(1);
    expect(asked('/knowledge/articles/k-1', 'DELETE')).to.have.length(0);

    rows(el)[0].querySelector<HTMLButtonElement>('button.delete')!.click();
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog.confirm')?.open, 'the confirmation opens again');
    await settle(el);
    q<HTMLButtonElement>(el, 'dialog.confirm button.delete-confirm')!.click();
    await waitUntil(() => rows(el).length === 0, 'deleted');
    expect(store.size).to.equal(0);
    expect(text(q(el, '.notice'))).to.equal('“Shipping” deleted.');
  });

  it('says what the AI agent would answer, with its sources, confidence and why, and announces it', async () => {
    server([SHIPPING]);
    const el = await screen();
    input(el, '#question', 'How long is shipping?');
    choose(el, '#ask-language', 'en');
    q<HTMLButtonElement>(el, 'button.ask')!.click();
    await waitUntil(() => q(el, '.result'), 'the result');
    await settle(el);
    expect(asked('/knowledge/ask', 'POST').map((r) => r.body)).to.deep.equal([
      { question: 'How long is shipping?', language: 'en' },
    ]);
    expect(text(q(el, '.result .outcome'))).to.equal('It would answer');
    expect(text(q(el, '.result .bubble'))).to.equal('Parcels leave within one working day.');
    const source = q<HTMLAnchorElement>(el, '.result .sources a')!;
    expect(text(source)).to.equal('Shipping');
    expect(source.href).to.equal('https://shop.example.com/shipping');
    expect(text(q(el, '.result .confidence'))).to.equal('83% · high: a clear answer');
    expect(text(q(el, '.result .why'))).to.contain('covers 2 of the question’s 2 key words');
    expect(q(el, '.result .why [lang="en"]')).to.not.equal(null);
    expect(q(el, '.handoff-reason')).to.equal(null);
    const live = q(el, '.console [role="status"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(text(live)).to.equal('It would answer. Confidence 83% (high: a clear answer).');
    await expect(el).to.be.accessible();
  });

  it('offers choices and says a second unsure turn would hand off', async () => {
    server([SHIPPING], () => json(200, CHOICES));
    const el = await screen();
    input(el, '#question', 'return');
    q<HTMLButtonElement>(el, 'button.ask')!.click();
    await waitUntil(() => q(el, '.result'), 'the result');
    await settle(el);
    expect(text(q(el, '.result .outcome'))).to.equal('It would ask “Did you mean…?”');
    expect(qa(el, '.result .sources li').map(text)).to.deep.equal(['Returns', 'Refunds']);
    expect(qa(el, '.result .sources a')).to.have.length(0);
    expect(text(q(el, '.choices-next'))).to.contain('would hand off to your team');
    expect(text(q(el, '.result .confidence'))).to.contain('low');
  });

  it('in Polish, says why it would hand off, in Polish', async () => {
    server([ZWROTY], () => json(200, HANDOFF));
    const el = await screen('pl');
    expect(text(q(el, 'h1'))).to.equal('Baza wiedzy');
    expect(q<HTMLSelectElement>(el, '#ask-language')!.value, "the visitor's language is the admin's").to.equal('pl');
    input(el, '#question', 'chcę rozmawiać z człowiekiem');
    q<HTMLButtonElement>(el, 'button.ask')!.click();
    await waitUntil(() => q(el, '.result'), 'the result');
    await settle(el);
    expect(asked('/knowledge/ask', 'POST')[0].body).to.deep.equal({
      question: 'chcę rozmawiać z człowiekiem',
      language: 'pl',
    });
    expect(text(q(el, '.result .outcome'))).to.equal('Asystent przekazałby rozmowę zespołowi');
    expect(text(q(el, '.handoff-reason'))).to.equal(
      'Klient prosi o rozmowę z człowiekiem, więc rozmowa od razu trafia do zespołu.',
    );
    expect(text(q(el, '.result .confidence'))).to.equal('0% · brak: bez wyszukiwania');
    expect(text(q(el, '.result .why'))).to.contain('Szczegóły (po angielsku)');
    expect(q(el, '.result .sources')).to.equal(null);
  });

  it('shows a refused question beside the box, and other refusals under the form', async () => {
    let next = problem(400, 'question_too_long', 'question');
    server([], () => next);
    const el = await screen();
    input(el, '#question', 'x');
    q<HTMLButtonElement>(el, 'button.ask')!.click();
    await waitUntil(() => q(el, '#question-error'), 'the refusal');
    await settle(el);
    expect(text(q(el, '#question-error'))).to.equal('A question can be at most 4,000 characters long.');
    expect(q(el, '#question')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q<HTMLTextAreaElement>(el, '#question')!.maxLength).to.equal(LIMITS.messageMaxLength);
    expect(text(q(el, '.console [role="status"]'))).to.equal('A question can be at most 4,000 characters long.');

    next = problem(429, 'rate_limited');
    q<HTMLButtonElement>(el, 'button.ask')!.click();
    await waitUntil(() => q(el, '.console > .error'), 'the limit');
    expect(text(q(el, '.console > .error'))).to.contain('Too many questions');
    expect(q(el, '#question-error')).to.equal(null);
  });

  it('imports pages of the site and reports each page, then lists the new draft', async () => {
    server([SHIPPING]);
    const el = await screen();
    expect(text(q(el, '.import h2'))).to.equal('Import from your site');
    expect(text(q(el, '.import .drafts'))).to.contain('Imported pages arrive as drafts');
    expect(q(el, '#import-source-urls')!.matches(':checked')).to.equal(true);
    input(el, '#import-urls', ' https://shop.example.com/returns\n\nhttps://shop.example.com/shipping \n');
    q<HTMLButtonElement>(el, 'button.import-button')!.click();
    await waitUntil(() => q(el, '.report'), 'the report');
    await waitUntil(() => rows(el).length === 2, 'the list is loaded again');
    await settle(el);
    expect(asked('/knowledge/imports', 'POST').map((r) => r.body)).to.deep.equal([
      { urls: ['https://shop.example.com/returns', 'https://shop.example.com/shipping'] },
    ]);
    expect(qa(el, '.counts li').map(text)).to.deep.equal(['1 New drafts', '1 Updated', '1 Unchanged', '1 Skipped']);
    const pages = qa(el, 'ul.pages li');
    expect(pages.map((p) => text(p.querySelector('a')))).to.deep.equal(REPORT.pages.map((p) => p.url));
    expect(pages.map((p) => text(p.querySelector('.page-outcome')))).to.deep.equal([
      'New draft',
      'Updated, a draft again',
      'Unchanged',
      'Skipped',
    ]);
    expect(pages.slice(0, 3).map((p) => p.querySelector('.reason'))).to.deep.equal([null, null, null]);
    expect(text(pages[3].querySelector('.reason'))).to.equal(
      'The site’s robots.txt does not let Parley read this page.',
    );
    expect(pages[0].querySelector('a')!.rel).to.contain('noopener');
    expect(text(q(el, '.report .next'))).to.contain('read them, then publish');
    expect(text(q(el, '.import [role="status"]'))).to.equal(
      'Import finished. New drafts: 1, updated: 1, unchanged: 1, skipped: 1.',
    );
    const imported = rows(el).find((r) => text(r.querySelector('strong')) === 'Returns')!;
    expect(text(imported.querySelector('.badge.status'))).to.equal('Draft');
  });

  it('imports from a sitemap, in Polish, with the reasons in Polish', async () => {
    server([], undefined, () =>
      json(200, {
        created: 0,
        updated: 0,
        unchanged: 0,
        skipped: 2,
        pages: [
          { url: 'https://shop.example.com/a.pdf', outcome: 'skipped', reason: 'not_html' },
          { url: 'https://shop.example.com/b', outcome: 'skipped', reason: 'time_limit' },
        ],
      } satisfies KnowledgeImportReport),
    );
    const el = await screen('pl');
    expect(text(q(el, '.import h2'))).to.equal('Import ze strony sklepu');
    q<HTMLInputElement>(el, '#import-source-sitemap')!.click();
    await settle(el);
    expect(q(el, '#import-urls')).to.equal(null);
    expect(text(q(el, 'label[for="import-sitemap"]'))).to.equal('Adres mapy witryny');
    input(el, '#import-sitemap', 'https://shop.example.com/sitemap.xml');
    q<HTMLButtonElement>(el, 'button.import-button')!.click();
    await waitUntil(() => q(el, '.report'), 'the report');
    await settle(el);
    expect(asked('/knowledge/imports', 'POST').map((r) => r.body)).to.deep.equal([
      { sitemap: 'https://shop.example.com/sitemap.xml' },
    ]);
    expect(qa(el, '.reason').map(text)).to.deep.equal([
      'To nie jest strona internetowa (PDF, obraz…).',
      'Import nie zdążył odczytać tej strony w wyznaczonym czasie.',
    ]);
    expect(qa(el, '.page-outcome').map(text)).to.deep.equal(['Pominięta', 'Pominięta']);
    expect(q(el, '.report .next'), 'no draft to read').to.equal(null);
    expect(text(q(el, '.import [role="status"]'))).to.contain('Import zakończony. Nowe szkice: 0');
  });

  it('shows a refused address beside the field, naming it, and other refusals under the form', async () => {
    let next = problem(400, 'invalid_import_url', 'urls[1]');
    const store = server([], undefined, () => next);
    const el = await screen();
    input(el, '#import-urls', 'https://shop.example.com/returns\n\nftp://shop.example.com/x');
    q<HTMLButtonElement>(el, 'button.import-button')!.click();
    await waitUntil(() => q(el, '#import-error'), 'the refusal');
    await settle(el);
    expect(text(q(el, '#import-error'))).to.equal(
      '“ftp://shop.example.com/x”: Enter full web addresses starting with https://.',
    );
    expect(q(el, '#import-urls')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#import-urls')!.getAttribute('aria-describedby')).to.contain('import-error');
    expect(deepActive(), 'the focus goes to the field').to.equal(q(el, '#import-urls'));
    expect(q(el, '.report')).to.equal(null);
    expect(store.size, 'nothing is stored').to.equal(0);

    next = problem(409, 'import_in_progress');
    q<HTMLButtonElement>(el, 'button.import-button')!.click();
    await waitUntil(() => q(el, '.import form .error'), 'the refusal under the form');
    expect(text(q(el, '.import form .error'))).to.equal('Another import is running; try again when it has finished.');
    expect(q(el, '#import-error')).to.equal(null);
    expect(q(el, '#import-urls')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('says the import is under way, and can take up to a minute, until it ends', async () => {
    let answer!: (r: Response) => void;
    server([], undefined, () => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await screen();
    input(el, '#import-urls', 'https://shop.example.com/returns');
    const button = q<HTMLButtonElement>(el, 'button.import-button')!;
    button.click();
    await waitUntil(() => button.disabled, 'busy');
    await settle(el);
    expect(text(button)).to.equal('Importing…');
    expect(q(el, '.import')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(q(el, '.import .wait'))).to.contain('up to a minute');
    expect(text(q(el, '.import [role="status"]'))).to.contain('up to a minute');
    button.click();
    expect(asked('/knowledge/imports', 'POST'), 'one import at a time').to.have.length(1);
    answer(json(200, REPORT));
    await waitUntil(() => !button.disabled, 'done');
    await settle(el);
    expect(text(button)).to.equal('Import');
    expect(q(el, '.import')!.getAttribute('aria-busy')).to.equal('false');
    expect(q(el, '.import .wait')).to.equal(null);
  });

  it('has every word in English and Polish', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(knowledgeStrings.pl)).to.deep.equal(keys(knowledgeStrings.en));
    expect(keys(knowledgeStrings.pl.errors)).to.deep.equal(keys(knowledgeStrings.en.errors));
    expect(keys(knowledgeStrings.pl.handoffReason)).to.deep.equal(keys(knowledgeStrings.en.handoffReason));
    expect(keys(knowledgeStrings.pl.importReason)).to.deep.equal(keys(knowledgeStrings.en.importReason));
    expect(keys(knowledgeStrings.en.importReason)).to.have.length(19);
  });
});

describe('<parley-knowledge> in the inbox', () => {
  afterEach(() => {
    window.fetch = realFetch;
    location.hash = '';
  });

  async function inbox(agent: typeof ADA, hash = '') {
    location.hash = hash;
    const session = { ...agent, locale: 'en', csrfToken: 'csrf-1', limits: LIMITS };
    stubFetch((url) => {
      const path = new URL(url, location.href).pathname.replace(/^\/api\/v1/, '');
      if (path === '/agent/session/probe') return json(200, { signedIn: true, session });
      if (path === '/agents') return json(200, [ADA, BOB]);
      if (path === '/tickets') return json(200, { tickets: [] });
      if (path === '/knowledge/articles') return json(200, [summary(SHIPPING)]);
      return json(200, []);
    });
    const fake = fakeSockets();
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
    await waitUntil(() => fake.sockets.length === 1, 'connects once signed in');
    fake.last().open();
    fake.last().receive({ type: 'inbox', agent, tickets: [] });
    await settle(el);
    return el;
  }

  it('gives admins a Knowledge entry beside the AI agent that opens the screen', async () => {
    const el = await inbox(ADA);
    const link = q<HTMLAnchorElement>(el, 'nav.main a.knowledge-link')!;
    expect(text(link)).to.equal('Knowledge');
    expect(link.getAttribute('href')).to.equal('#/knowledge');
    expect(link.previousElementSibling?.classList.contains('ai-view-link')).to.equal(true);
    expect(asked('/knowledge/articles'), 'nothing is asked before the screen opens').to.have.length(0);
    location.hash = '#/knowledge';
    await waitUntil(() => {
      const screen = q(el, 'parley-knowledge');
      return screen && q(screen, 'ul.list > li');
    }, 'the screen shows');
    await settle(el);
    expect(link.getAttribute('aria-current')).to.equal('page');
    expect(q(el, 'parley-ticket-list')).to.equal(null);
  });

  it('gives agents no Knowledge entry, and the address shows them the Helpdesk', async () => {
    const el = await inbox(BOB, '#/knowledge');
    expect(q(el, 'nav.main a.knowledge-link')).to.equal(null);
    expect(q(el, 'parley-knowledge')).to.equal(null);
    expect(q(el, 'parley-ticket-list')).to.not.equal(null);
    expect(asked('/knowledge/articles')).to.have.length(0);
  });
});
