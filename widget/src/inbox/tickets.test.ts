import { expect } from '@open-wc/testing';
import type { Ticket } from '../protocol/messages.js';
import { SeenTickets, mergeSnapshot, relativeTime, upsertTicket } from './tickets.js';

const ticket = (id: string, minute: number, lastSeq = 1): Ticket => ({
  id,
  conversationId: `c-${id}`,
  status: 'open',
  visitorName: `Visitor ${id}`,
  assigneeId: null,
  assigneeName: null,
  lastSeq,
  lastMessage: { author: 'visitor', text: `text ${id}`, sentAt: '' },
  createdAt: '2026-11-25T10:00:00Z',
  lastActivityAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00Z`,
});

describe('ticket list', () => {
  it('should upsert and keep newest activity first', () => {
    let list = [ticket('a', 1), ticket('b', 2)];
    list = upsertTicket(list, ticket('c', 3));
    expect(list.map((t) => t.id)).to.deep.equal(['c', 'b', 'a']);
    list = upsertTicket(list, ticket('a', 4, 2));
    expect(list.map((t) => t.id)).to.deep.equal(['a', 'c', 'b']);
    expect(list.filter((t) => t.id === 'a')).to.have.length(1);
  });

  it('should not roll a ticket back to an older state', () => {
    const list = upsertTicket([ticket('a', 5, 3)], ticket('a', 1, 2));
    expect(list[0].lastSeq).to.equal(3);
  });

  it('should merge a snapshot into the tickets held', () => {
    const merged = mergeSnapshot([ticket('a', 9, 5)], [ticket('a', 1, 4), ticket('b', 2)]);
    expect(merged.map((t) => [t.id, t.lastSeq])).to.deep.equal([
      ['a', 5],
      ['b', 1],
    ]);
  });

  it('should remember what was seen in this browser', () => {
    localStorage.removeItem('parley.test.seen');
    const seen = new SeenTickets('parley.test.seen');
    expect(seen.isUnread(ticket('a', 1, 2))).to.equal(true);
    seen.markSeen(ticket('a', 1, 2));
    expect(new SeenTickets('parley.test.seen').isUnread(ticket('a', 1, 2))).to.equal(false);
    expect(new SeenTickets('parley.test.seen').isUnread(ticket('a', 2, 3))).to.equal(true);
  });

  it('should format relative times', () => {
    const now = Date.parse('2026-11-25T10:30:00Z');
    expect(relativeTime('2026-11-25T10:29:50Z', now, 'en')).to.equal('now');
    expect(relativeTime('2026-11-25T10:25:00Z', now, 'en')).to.equal('5 min. ago');
    expect(relativeTime('2026-11-25T10:25:00Z', now, 'pl')).to.contain('5 min');
  });
});
