import { expect } from '@open-wc/testing';
import { parseFrame, parseServerFrame, parseThreadMessage } from './messages.js';
import { Thread } from './thread.js';

const frame = (o: object) => JSON.stringify(o);
const msg = (seq: number, text = `m${seq}`, clientMessageId?: string) => ({
  conversationId: 'c',
  seq,
  clientMessageId,
  author: 'visitor' as const,
  text,
  sentAt: '2026-11-25T16:40:12.345Z',
});

describe('parseServerFrame', () => {
  it('should parse a message frame and ignore unknown fields', () => {
    const f = parseServerFrame(
      frame({ type: 'message', ...msg(3, 'Hello!'), author: 'agent', authorName: 'Ada', extra: 1 }),
    );
    expect(f).to.deep.include({ type: 'message', seq: 3, text: 'Hello!', author: 'agent', authorName: 'Ada' });
    expect(f).not.to.have.property('extra');
  });

  it('should keep an image-only message in sequence and drop a message with neither text nor image', () => {
    const { text: _none, ...bare } = msg(4);
    const image = { id: 'u1', contentType: 'image/png', url: '/api/v1/uploads/u1' };
    expect(parseServerFrame(frame({ type: 'message', ...bare, image }))).to.deep.include({ seq: 4, text: '', image });
    expect(parseServerFrame(frame({ type: 'message', ...bare }))).to.equal(null);
  });

  it('should drop an image that is not on the server, keeping the text', () => {
    for (const url of ['https://elsewhere.example/x.png', '//elsewhere.example/x.png', 'javascript:alert(1)']) {
      const f = parseServerFrame(frame({ type: 'message', ...msg(5, 'See this'), image: { id: 'u1', url } }));
      expect(f).to.deep.include({ seq: 5, text: 'See this' });
      expect(f).not.to.have.property('image');
    }
  });

  it('should keep what an AI agent’s message cites, with absolute http(s) links only, and drop what is malformed', () => {
    const f = parseServerFrame(
      frame({
        type: 'message',
        ...msg(6, 'Returns are free.'),
        author: 'bot',
        citations: [
          { kind: 'source', title: 'Returns', link: 'https://shop.example/returns', extra: 1 },
          { kind: 'source', title: 'Old', link: 'javascript:alert(1)' },
          { kind: 'choice', title: 'Do you ship abroad?' },
          { kind: 'advert', title: 'Buy now' },
          { kind: 'source' },
          'Returns',
        ],
      }),
    );
    expect(f).to.deep.include({
      author: 'bot',
      citations: [
        { kind: 'source', title: 'Returns', link: 'https://shop.example/returns' },
        { kind: 'source', title: 'Old' },
        { kind: 'choice', title: 'Do you ship abroad?' },
      ],
    });
    expect(parseServerFrame(frame({ type: 'message', ...msg(7), author: 'bot' }))).not.to.have.property('citations');
    const thread = new Thread();
    thread.addMessage(f as never);
    expect(thread.entries('visitor')[0].citations).to.have.length(3);
  });

  it('should read a message of a REST thread as its conversation’s, and drop what is no message', () => {
    const { conversationId: _, ...rest } = msg(2, 'Returns are free.');
    const m = parseThreadMessage(
      {
        ...rest,
        author: 'bot',
        conversationId: 'elsewhere',
        citations: [{ kind: 'source', title: 'Returns', link: 'https://shop.example/returns' }],
      },
      'c-9',
    );
    expect(m).to.deep.include({ conversationId: 'c-9', seq: 2, author: 'bot', text: 'Returns are free.' });
    expect(m).not.to.have.property('type');
    expect(m!.citations).to.deep.equal([{ kind: 'source', title: 'Returns', link: 'https://shop.example/returns' }]);
    expect(parseThreadMessage({ ...rest, seq: 0 }, 'c-9')).to.equal(null);
    expect(parseThreadMessage({ ...rest, author: 'robot' }, 'c-9')).to.equal(null);
    expect(parseThreadMessage('hello', 'c-9')).to.equal(null);
  });

  it('should parse a conversation’s stage and the AI agent typing', () => {
    expect(
      parseServerFrame(
        frame({ type: 'conversation', conversation: { id: 'c', status: 'open', stage: 'assisted', lastSeq: 2 } }),
      ),
    ).to.deep.equal({ type: 'conversation', conversation: { id: 'c', status: 'open', stage: 'assisted', lastSeq: 2 } });
    expect(parseServerFrame(frame({ type: 'typing', conversationId: 'c', author: 'bot' }))).to.deep.include({
      type: 'typing',
      author: 'bot',
    });
  });

  it('should parse ready with and without a conversation', () => {
    expect(
      parseServerFrame(
        frame({ type: 'ready', visitorId: 'v', token: 't', conversation: { id: 'c', status: 'open', lastSeq: 4 } }),
      ),
    ).to.deep.equal({
      type: 'ready',
      visitorId: 'v',
      token: 't',
      conversation: { id: 'c', status: 'open', lastSeq: 4 },
    });
    expect(parseServerFrame(frame({ type: 'ready', visitorId: 'v', conversation: null }))).to.deep.equal({
      type: 'ready',
      visitorId: 'v',
      token: undefined,
      conversation: null,
    });
  });

  it('should parse ack, error, inbox and ticket frames', () => {
    expect(parseServerFrame(frame({ type: 'ack', clientMessageId: 'x', conversationId: 'c', seq: 7 }))).to.deep.equal({
      type: 'ack',
      clientMessageId: 'x',
      conversationId: 'c',
      seq: 7,
    });
    expect(
      parseServerFrame(frame({ type: 'error', code: 'empty_message', message: 'm', clientMessageId: 'x' })),
    ).to.deep.include({ type: 'error', code: 'empty_message', clientMessageId: 'x' });
    const ticket = {
      id: 't',
      conversationId: 'c',
      status: 'open',
      visitorName: 'V',
      lastSeq: 2,
      lastActivityAt: '2026-01-01T00:00:00Z',
    };
    const inbox = parseServerFrame(
      frame({ type: 'inbox', agent: { id: 'a', name: 'Ada' }, tickets: [ticket, { broken: true }] }),
    );
    expect(inbox?.type).to.equal('inbox');
    expect(inbox?.type === 'inbox' && inbox.tickets.map((t) => t.id)).to.deep.equal(['t']);
    const live = parseServerFrame(frame({ type: 'ticket', ticket }));
    expect(live?.type === 'ticket' && live.ticket.lastSeq).to.equal(2);
  });

  it('should parse closing events, conversation and typing frames, and the new ticket fields', () => {
    const closing = parseServerFrame(
      frame({ type: 'message', ...msg(5, 'Ada closed the conversation.'), author: 'system', event: 'closed_by_agent' }),
    );
    expect(closing).to.include({ author: 'system', event: 'closed_by_agent' });
    expect(
      parseServerFrame(frame({ type: 'conversation', conversation: { id: 'c', status: 'closed', lastSeq: 5 } })),
    ).to.deep.equal({
      type: 'conversation',
      conversation: { id: 'c', status: 'closed', lastSeq: 5 },
    });
    expect(parseServerFrame(frame({ type: 'conversation', conversation: { id: 'c' } }))).to.equal(null);
    expect(
      parseServerFrame(frame({ type: 'typing', conversationId: 'c', author: 'visitor', authorName: 'Visitor 5F2A' })),
    ).to.deep.equal({
      type: 'typing',
      conversationId: 'c',
      author: 'visitor',
      authorName: 'Visitor 5F2A',
    });
    expect(parseServerFrame(frame({ type: 'typing', author: 'robot' }))).to.equal(null);
    const live = parseServerFrame(
      frame({
        type: 'ticket',
        ticket: {
          id: 't',
          conversationId: 'c',
          lastSeq: 2,
          status: 'snoozed',
          channel: 'chat',
          unread: true,
          waitingSince: 'w',
          snoozedUntil: 's',
        },
      }),
    );
    expect(live).to.have.nested.include({
      'ticket.status': 'snoozed',
      'ticket.channel': 'chat',
      'ticket.unread': true,
      'ticket.waitingSince': 'w',
      'ticket.snoozedUntil': 's',
    });
    // The visitor's parser knows no agent-only frames.
    expect(parseFrame(frame({ type: 'ticket', ticket: { id: 't', conversationId: 'c', lastSeq: 2 } }))).to.equal(null);
    expect(
      parseFrame(frame({ type: 'conversation', conversation: { id: 'c', status: 'closed', lastSeq: 5 } })),
    ).to.not.equal(null);
  });

  it('should reject malformed frames', () => {
    expect(parseServerFrame('not json')).to.equal(null);
    expect(parseServerFrame('[1]')).to.equal(null);
    expect(parseServerFrame(frame({ type: 'nope' }))).to.equal(null);
    expect(
      parseServerFrame(frame({ type: 'message', seq: '1', text: 'x', author: 'agent', conversationId: 'c' })),
    ).to.equal(null);
    expect(
      parseServerFrame(frame({ type: 'message', seq: 1, text: 'x', author: 'robot', conversationId: 'c' })),
    ).to.equal(null);
    expect(parseServerFrame(frame({ type: 'ack', clientMessageId: 'x', conversationId: 'c' }))).to.equal(null);
    expect(parseServerFrame(frame({ type: 'error' }))).to.equal(null);
  });
});

describe('Thread', () => {
  it('should keep messages in seq order and drop duplicates', () => {
    const t = new Thread();
    expect(t.addMessage(msg(3))).to.equal(true);
    expect(t.addMessage(msg(1))).to.equal(true);
    expect(t.addMessage(msg(2))).to.equal(true);
    expect(t.addMessage(msg(2))).to.equal(false);
    expect(t.messages.map((m) => m.seq)).to.deep.equal([1, 2, 3]);
    expect(t.lastSeq).to.equal(3);
  });

  it('should settle a pending message by its message frame', () => {
    const t = new Thread();
    t.queue('id-1', 'hi');
    expect(t.entries('visitor').map((e) => e.state)).to.deep.equal(['sending']);
    t.addMessage(msg(1, 'hi', 'id-1'));
    expect(t.pending).to.have.length(0);
    expect(t.entries('visitor').map((e) => [e.seq, e.state])).to.deep.equal([[1, 'sent']]);
  });

  it('should settle by ack first, then keep one copy when the message arrives', () => {
    const t = new Thread();
    t.queue('id-1', 'hi');
    t.acknowledge({ type: 'ack', clientMessageId: 'id-1', conversationId: 'c', seq: 2 }, 'visitor');
    expect(t.entries('visitor').map((e) => [e.seq, e.state, e.text])).to.deep.equal([[2, 'sent', 'hi']]);
    expect(t.lastSeq, 'an ack alone must not advance afterSeq').to.equal(0);
    t.addMessage(msg(1, 'before'));
    t.addMessage(msg(2, 'hi', 'id-1'));
    expect(t.messages.map((m) => m.text)).to.deep.equal(['before', 'hi']);
    expect(t.lastSeq).to.equal(2);
  });

  it('should list unsent messages for resending and mark refused ones', () => {
    const t = new Thread();
    t.queue('a', 'one');
    t.queue('b', 'two');
    t.fail('b', 'message_too_long');
    expect(t.unsent.map((p) => p.clientMessageId)).to.deep.equal(['a']);
    expect(t.entries('visitor')[1]).to.include({ state: 'failed', error: 'message_too_long' });
    t.retry('b');
    expect(t.unsent.map((p) => p.clientMessageId)).to.deep.equal(['a', 'b']);
    t.discard('a');
    expect(t.pending.map((p) => p.clientMessageId)).to.deep.equal(['b']);
  });
});
