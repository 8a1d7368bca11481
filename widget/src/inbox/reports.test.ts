import { expect, fixture, html } from '@open-wc/testing';
import type { ReportSummary } from '../wire/index.js';
import type { ApiClient } from './api.js';
import { ApiError } from './api.js';
import { ParleyReports, duration } from './reports.component.js';
import { define } from '../define.js';

define('parley-reports', ParleyReports);

const summary: ReportSummary = {
  from: '2026-11-19',
  to: '2026-11-25',
  timeZone: 'Europe/Warsaw',
  today: '2026-11-25',
  conversations: 6,
  conversationsPerDay: [
    { day: '2026-11-19', conversations: 1 },
    { day: '2026-11-20', conversations: 0 },
    { day: '2026-11-21', conversations: 2 },
    { day: '2026-11-22', conversations: 0 },
    { day: '2026-11-23', conversations: 0 },
    { day: '2026-11-24', conversations: 1 },
    { day: '2026-11-25', conversations: 2 },
  ],
  firstResponse: { medianMillis: 80_000, answered: 4, unanswered: 1 },
  waiting: { answered: 0, unanswered: 0 },
  satisfaction: {
    good: 2,
    bad: 1,
    percentGood: 67,
    latestComments: [{ conversationId: 'c1', score: 'bad', comment: 'Too slow', ratedAt: '2026-11-25T10:00:00Z' }],
  },
};

/** An API that answers every report with `answer` and records what was asked. */
function api(answer: (path: string) => ReportSummary | ApiError, asked: string[]): ApiClient {
  return {
    get: async (path: string) => {
      asked.push(path);
      const a = answer(path);
      if (a instanceof ApiError) throw a;
      return a;
    },
  } as unknown as ApiClient;
}

const q = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;

describe('<parley-reports>', () => {
  it('shows the last 7 days at first: counts, medians, satisfaction and a chart with a table', async () => {
    const asked: string[] = [];
    const el = await fixture<ParleyReports>(html`<parley-reports .api=${api(() => summary, asked)}></parley-reports>`);
    await el.updateComplete;
    await el.updateComplete;

    expect(asked).to.deep.equal(['/reports/summary?last=7']);
    expect(q(el, '.first-response .big').textContent).to.equal(duration('en', 80_000));
    expect(q(el, '.first-response .small').textContent).to.equal('4 answered, 1 still waiting');
    expect(q(el, '.waiting .big').textContent).to.equal('—');
    expect(q(el, '.satisfaction .big').textContent).to.equal('67% good');
    expect(q(el, '.satisfaction').textContent).to.contain('Good: 2').and.contain('Bad: 1');
    expect(q(el, '.comments q').textContent).to.equal('Too slow');
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chart .bar')];
    expect(bars).to.have.length(7);
    expect(bars.map((b) => b.style.getPropertyValue('--_height'))).to.deep.equal([
      '50%',
      '0%',
      '100%',
      '0%',
      '0%',
      '50%',
      '100%',
    ]);
    expect(q(el, '.chart').getAttribute('role')).to.equal('img');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(7);
    expect(q(el, '.zone').textContent).to.contain('Europe/Warsaw');
    await expect(el).to.be.accessible();
  });

  it('asks for 30 days, and for a custom period once both days are chosen', async () => {
    const asked: string[] = [];
    const el = await fixture<ParleyReports>(html`<parley-reports .api=${api(() => summary, asked)}></parley-reports>`);
    await el.updateComplete;
    const presets = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.preset');
    presets[1].click();
    await el.updateComplete;
    expect(asked.at(-1)).to.equal('/reports/summary?last=30');
    expect(presets[1].getAttribute('aria-pressed')).to.equal('true');

    presets[2].click();
    await el.updateComplete;
    const from = q(el, 'input[name="from"]') as HTMLInputElement;
    from.value = '2026-11-01';
    from.dispatchEvent(new Event('change'));
    const to = q(el, 'input[name="to"]') as HTMLInputElement;
    to.value = '2026-11-10';
    to.dispatchEvent(new Event('change'));
    q(el, 'form button.primary').click();
    await el.updateComplete;

    expect(asked.at(-1)).to.equal('/reports/summary?from=2026-11-01&to=2026-11-10');
  });

  it('says why a period was refused, in Polish too', async () => {
    const el = await fixture<ParleyReports>(
      html`<parley-reports
        locale="pl"
        .api=${api(() => new ApiError('report_period_too_long', 400, 'too long'), [])}
      ></parley-reports>`,
    );
    await el.updateComplete;
    await el.updateComplete;

    expect(q(el, '[role="alert"]').textContent).to.equal('Raport obejmuje najwyżej 366 dni.');
    expect(q(el, 'h1').textContent).to.equal('Raporty');
  });

  it('shows the time of a comment even in a zone the browser does not know', async () => {
    const odd = { ...summary, timeZone: 'Z' };
    const el = await fixture<ParleyReports>(html`<parley-reports .api=${api(() => odd, [])}></parley-reports>`);
    await el.updateComplete;
    await el.updateComplete;

    expect(q(el, '.comments time').textContent).to.not.equal('');
  });

  it('words medians in minutes and hours', () => {
    expect(duration('en', 45_000)).to.equal('45s');
    expect(duration('en', 80_000)).to.equal('1m 20s');
    expect(duration('en', 2 * 3600_000 + 5 * 60_000)).to.equal('2h 5m');
  });
});
