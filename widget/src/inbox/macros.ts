/** A saved reply, rendered by the server for one ticket's visitor and the agent (`GET /api/v1/tickets/{id}/macros`). */
export interface Macro {
  id: string;
  title: string;
  text: string;
}

/** Reads the server's answer, keeping only well-formed macros. */
export function parseMacros(body: unknown): Macro[] {
  return (Array.isArray(body) ? body : []).filter(
    (m): m is Macro => !!m && typeof m.id === 'string' && typeof m.title === 'string' && typeof m.text === 'string',
  );
}

/** The macros whose title or text holds every word of `query` (any case); titles that start with it first. */
export function filterMacros(macros: readonly Macro[], query: string): Macro[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = macros.filter((m) => {
    const hay = `${m.title}\n${m.text}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const q = words.join(' ');
  return q
    ? [...hits].sort(
        (a, b) => Number(!a.title.toLowerCase().startsWith(q)) - Number(!b.title.toLowerCase().startsWith(q)),
      )
    : hits;
}

/** `/greet` typed at the start of an empty reply asks for a macro: the query after the slash, or null. */
export function slashQuery(value: string): string | null {
  const m = /^\/(\S*)$/.exec(value);
  return m ? m[1] : null;
}
