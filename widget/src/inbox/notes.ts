import type { Note } from '../protocol/messages.js';
import { newClientMessageId, parseNote, type ServerFrame, type Ticket } from '../protocol/messages.js';
import type { ThreadEntry } from '../protocol/thread.js';
import { ApiError } from './api.js';
import type { InboxStore } from './inbox-store.js';

/** A note being added: shown at once, until the server answers with the note or refuses it. */
interface PendingNote {
  clientNoteId: string;
  ticketId: string;
  text: string;
  state: 'sending' | 'failed';
  error?: string;
}

/**
 * The internal notes of the tickets the agent opened (`GET /api/v1/tickets/{id}/notes`, then live `note` frames), the
 * notes being added (`POST`, answered once committed; a retry sends the same `clientNoteId`), and the agent's unseen
 * mentions (`GET /api/v1/agent/mentions`, then live `mention` frames), seen once the agent opens the ticket.
 */
export class Notes {
  /** The notes held, by conversation; a conversation absent here was not loaded yet. */
  readonly #notes = new Map<string, Note[]>();
  readonly #pending = new Map<string, PendingNote[]>();
  readonly #store: InboxStore;
  /** The notes that mention this agent and that they have not seen, newest first. */
  mentions: Note[] = [];

  constructor(store: InboxStore) {
    this.#store = store;
  }

  /** The notes of a conversation, oldest first. */
  of(conversationId: string): Note[] {
    return this.#notes.get(conversationId) ?? [];
  }

  /** Loads a ticket's notes (again), and marks the agent's mentions in them seen. */
  async open(t: Ticket): Promise<void> {
    try {
      const body = await this.#store.api.get<{ notes?: unknown[] }>(`/tickets/${encodeURIComponent(t.id)}/notes`);
      const loaded = (body?.notes ?? []).map(parseNote).filter((n): n is Note => !!n);
      // Live notes that came while loading are kept.
      const live = this.of(t.conversationId).filter((n) => !loaded.some((l) => l.id === n.id));
      this.#notes.set(t.conversationId, sorted([...loaded, ...live]));
      this.#store.changed();
    } catch (e) {
      // The thread shows the messages without notes; they load again when the ticket is opened again.
      if (!(e instanceof ApiError)) throw e;
    }
    this.markSeen(t);
  }

  /** Tells the server the agent saw the mentions in the ticket's notes, when there are any. */
  async markSeen(t: Ticket): Promise<void> {
    if (!this.mentions.some((n) => n.ticketId === t.id)) return;
    this.mentions = this.mentions.filter((n) => n.ticketId !== t.id);
    this.#store.changed();
    try {
      await this.#store.api.post('/agent/mentions/seen', { ticketId: t.id });
    } catch (e) {
      // They come back with the next reload of the mentions.
      if (!(e instanceof ApiError)) throw e;
    }
  }

  /** Reads the agent's unseen mentions afresh (after every (re)connection). */
  async reloadMentions(): Promise<void> {
    try {
      const body = await this.#store.api.get<{ mentions?: unknown[] }>('/agent/mentions');
      this.mentions = (body?.mentions ?? []).map(parseNote).filter((n): n is Note => !!n);
      this.#store.changed();
      // The ticket open now is seen: its mentions are no news (and need no email).
      const open = this.#store.ticket;
      if (open) this.markSeen(open);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }

  /** Takes `note` and `mention` frames; false for any other. */
  receive(frame: ServerFrame): boolean {
    if (frame.type === 'note') {
      this.#add(frame.note);
      return true;
    }
    if (frame.type !== 'mention') return false;
    const note = frame.note;
    const open = this.#store.ticket;
    const watching = open?.id === note.ticketId && document.visibilityState === 'visible';
    if (watching) {
      this.#add(note);
      this.markSeen(open);
      return true;
    }
    if (!this.mentions.some((n) => n.id === note.id)) this.mentions = [note, ...this.mentions];
    const s = this.#store.strings;
    this.#store.notify({
      title: s.notifyMention(note.authorName || s.teammate),
      body: note.text,
      tag: `mention-${note.id}`,
      onClick: () => this.#store.openTicket(note.ticketId, note.conversationId),
    });
    return true;
  }

  #add(note: Note): void {
    const held = this.#notes.get(note.conversationId);
    if (held && !held.some((n) => n.id === note.id)) this.#notes.set(note.conversationId, sorted([...held, note]));
    const pending = this.#pending.get(note.conversationId);
    if (pending && note.authorId === this.#store.agent?.id) {
      this.#pending.set(
        note.conversationId,
        pending.filter((p) => p.clientNoteId !== note.clientNoteId),
      );
    }
  }

  /** Adds a note to the ticket: shown at once, confirmed by the server's answer. */
  add(t: Ticket, text: string): void {
    const p: PendingNote = { clientNoteId: newClientMessageId(), ticketId: t.id, text, state: 'sending' };
    this.#pending.set(t.conversationId, [...(this.#pending.get(t.conversationId) ?? []), p]);
    this.#store.changed();
    this.#send(p);
  }

  /** Whether a `clientMessageId` of the thread is a note being added. */
  holds(conversationId: string, clientNoteId: string): boolean {
    return !!this.#pending.get(conversationId)?.some((p) => p.clientNoteId === clientNoteId);
  }

  retry(conversationId: string, clientNoteId: string): void {
    const p = this.#pending.get(conversationId)?.find((n) => n.clientNoteId === clientNoteId);
    if (!p) return;
    p.state = 'sending';
    p.error = undefined;
    this.#store.changed();
    this.#send(p);
  }

  discard(conversationId: string, clientNoteId: string): void {
    this.#pending.set(
      conversationId,
      (this.#pending.get(conversationId) ?? []).filter((p) => p.clientNoteId !== clientNoteId),
    );
    this.#store.changed();
  }

  async #send(p: PendingNote): Promise<void> {
    try {
      const note = parseNote(
        await this.#store.api.post(`/tickets/${encodeURIComponent(p.ticketId)}/notes`, {
          clientNoteId: p.clientNoteId,
          text: p.text,
        }),
      );
      if (note) this.#add(note);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      p.state = 'failed';
      p.error = e.status ? e.code : 'internal_error';
    }
    this.#store.changed();
  }

  /**
   * The thread's entries with the conversation's notes among them, by time: a note goes before the first message
   * sent after it; notes being added come last, as replies being sent do.
   */
  merge(conversationId: string, entries: ThreadEntry[], label: string, myName?: string): ThreadEntry[] {
    const notes = this.of(conversationId);
    const pending = this.#pending.get(conversationId) ?? [];
    if (!notes.length && !pending.length) return entries;
    const me = this.#store.agent?.id;
    const asEntry = (n: Note): ThreadEntry => ({
      key: `note-${n.id}`,
      author: 'agent',
      authorName: n.authorId === me ? myName : n.authorName,
      text: n.text,
      sentAt: n.createdAt,
      state: 'sent',
      note: label,
    });
    const merged: ThreadEntry[] = [];
    let i = 0;
    for (const e of entries) {
      while (i < notes.length && e.state === 'sent' && e.sentAt && time(notes[i].createdAt) < time(e.sentAt)) {
        merged.push(asEntry(notes[i++]));
      }
      if (e.state !== 'sent') break;
      merged.push(e);
    }
    while (i < notes.length) merged.push(asEntry(notes[i++]));
    merged.push(...entries.slice(merged.length - notes.length));
    for (const p of pending) {
      merged.push({
        key: `note-${p.clientNoteId}`,
        author: 'agent',
        authorName: myName,
        text: p.text,
        clientMessageId: p.clientNoteId,
        state: p.state,
        error: p.error,
        note: label,
      });
    }
    return merged;
  }

  /** Forgets everything (signing out). */
  clear(): void {
    this.#notes.clear();
    this.#pending.clear();
    this.mentions = [];
  }
}

function time(iso: string): number {
  return Date.parse(iso) || 0;
}

function sorted(notes: Note[]): Note[] {
  return [...notes].sort((a, b) => time(a.createdAt) - time(b.createdAt));
}
