import type { Ticket } from '../protocol/messages.js';

/**
 * A visitor's name as the inbox shows it: the name the store knows, else "Visitor 5F2A" ("Gość 5F2A") from the
 * inbox's own words and the visitor's code. A server that sends no code sends its own name instead, shown as it is.
 */
export function visitorLabel(t: Pick<Ticket, 'visitorName' | 'visitorCode'> | undefined, visitor: string): string {
  if (t?.visitorName) return t.visitorName;
  return t?.visitorCode ? `${visitor} ${t.visitorCode}` : visitor;
}

/** Up to two initials of a name, for an avatar. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

/** A stable hue for an id, for an avatar's colour. */
export function hue(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}
