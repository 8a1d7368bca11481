import type { TeamMember } from './inbox-store.js';

/**
 * What follows an `@` being typed just before the caret, or null when no mention is being typed: the `@` starts the
 * text or follows a space or a line break (so an email address is no mention), and what follows it is at most 30
 * characters without a line break or another `@`, that neither starts nor ends with a space. Names may hold spaces
 * ("@Ada Lo").
 */
export function mentionQuery(beforeCaret: string): string | null {
  const m = /(?:^|\s)@([^@\n]{0,30})$/.exec(beforeCaret);
  if (!m) return null;
  // A space at its start or end ends the mention (a name just inserted ends with one): the agent went on writing.
  return /^\s|\s$/.test(m[1]) ? null : m[1];
}

/** The active team members whose name fits the query, in any case, by any word of it; never `self`; at most 8. */
export function mentionable(team: TeamMember[], query: string, self?: string): TeamMember[] {
  const q = query.trim().toLocaleLowerCase();
  return team
    .filter((m) => m.id !== self && !m.deactivated)
    .filter((m) => {
      const name = m.name.toLocaleLowerCase();
      return !q || name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q));
    })
    .slice(0, 8);
}
