import { expect } from '@open-wc/testing';
import type { Ticket } from '../protocol/messages.js';
import { belongs, DEFAULT_FILTER, listPath, searchTooShort, snoozeTimes } from './ticket-query.js';

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 't1',
  conversationId: 'c1',
  status: 'open',
  visitorName: 'Ann',
  assigneeId: null,
  assigneeName: null,
  lastSeq: 1,
  lastMessage: null,
  createdAt: '',
  lastActivityAt: '',
  channel: 'chat',
  ...over,
});

describe('ticket list queries', () => {
  it('should ask for one page with the filter, the search and the cursor', () => {
    expect(listPath(DEFAULT_FILTER)).to.equal('/tickets?status=open&assignee=all&limit=30');
    const url = new URL(
      'http://p' +
        listPath({ status: 'snoozed', assignee: 'mine', channel: 'chat', tag: '', q: '  red jacket ' }, 'abc', 10),
    );
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      status: 'snoozed',
      assignee: 'mine',
      limit: '10',
      channel: 'chat',
      q: 'red jacket',
      cursor: 'abc',
    });
  });

  it('should keep a changed ticket in the list only while it matches the filter', () => {
    expect(belongs(ticket(), DEFAULT_FILTER, 'a1', false)).to.equal(true);
    expect(belongs(ticket({ status: 'closed' }), DEFAULT_FILTER, 'a1', true)).to.equal(false);
    expect(belongs(ticket({ assigneeId: 'a2' }), { ...DEFAULT_FILTER, assignee: 'mine' }, 'a1', true)).to.equal(false);
    expect(belongs(ticket({ assigneeId: 'a1' }), { ...DEFAULT_FILTER, assignee: 'mine' }, 'a1', false)).to.equal(true);
    expect(belongs(ticket({ assigneeId: 'a1' }), { ...DEFAULT_FILTER, assignee: 'unassigned' }, 'a1', true)).to.equal(
      false,
    );
    expect(belongs(ticket({ channel: 'sms' }), { ...DEFAULT_FILTER, channel: 'chat' }, 'a1', true)).to.equal(false);
    expect(
      belongs(ticket(), { ...DEFAULT_FILTER, q: 'jacket' }, 'a1', false),
      'a search keeps only listed tickets',
    ).to.equal(false);
    expect(belongs(ticket(), { ...DEFAULT_FILTER, q: 'jacket' }, 'a1', true)).to.equal(true);
  });

  it('should not ask for a search of one or two characters, and say so', () => {
    expect(listPath({ ...DEFAULT_FILTER, q: ' ab ' })).to.equal('/tickets?status=open&assignee=all&limit=30');
    expect(searchTooShort({ ...DEFAULT_FILTER, q: ' ab ' })).to.equal(true);
    expect(belongs(ticket(), { ...DEFAULT_FILTER, q: 'ab' }, 'a1', false), 'no search yet').to.equal(true);
    const url = new URL('http://p' + listPath({ ...DEFAULT_FILTER, q: 'żół' }));
    expect(url.searchParams.get('q')).to.equal('żół');
    expect(searchTooShort({ ...DEFAULT_FILTER, q: 'żół' })).to.equal(false);
    expect(searchTooShort(DEFAULT_FILTER)).to.equal(false);
  });

  it('should offer an hour later, tomorrow at 9:00 and next Monday at 9:00', () => {
    const wednesday = new Date(2026, 10, 25, 16, 30);
    const { hour, tomorrow, nextWeek } = snoozeTimes(wednesday);
    expect(hour.getTime() - wednesday.getTime()).to.equal(3_600_000);
    expect([tomorrow.getDate(), tomorrow.getHours(), tomorrow.getMinutes()]).to.deep.equal([26, 9, 0]);
    expect([nextWeek.getDay(), nextWeek.getDate(), nextWeek.getHours()]).to.deep.equal([1, 30, 9]);
    const monday = snoozeTimes(new Date(2026, 10, 30, 8, 0)).nextWeek;
    expect(monday.getDate(), 'on a Monday, the next one').to.equal(7);
  });
});
