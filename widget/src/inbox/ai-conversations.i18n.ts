import { plural, type Lang } from '../i18n.js';

/** The words of the admins' AI view: the conversations the store's AI agent resolved on its own. */
export interface AiConversationsStrings {
  title: string;
  /** Under the title: what the list holds. */
  lead: string;
  refresh: string;
  loading: string;
  /** No conversation yet. */
  empty: string;
  failed: string;
  retry: string;
  /** Under a full page: only the newest are shown. */
  newest: (n: number) => string;
  /** How many of the visitor's questions the AI agent answered. */
  answered: (n: number) => string;
  /** A conversation's status: the visitor may still write, or not. */
  status: Record<'open' | 'closed', string>;
  /** When the visitor first wrote, worded by the reader's locale ("5 min ago", "25 Nov"). */
  started: (when: string) => string;
  /** Beside the list on wide screens, while no conversation is chosen. */
  pick: string;
  back: string;
  /** Instead of a reply box: the thread is read-only. */
  readOnly: string;
  loadingThread: string;
  threadFailed: string;
  /** The server answered 404: the conversation was handed to the team, or it is unknown. */
  notFound: string;
  /** The server answered 403: the agent is no admin (any more). */
  adminsOnly: string;
}

export const aiConversationStrings: Record<Lang, AiConversationsStrings> = {
  en: {
    title: 'AI agent',
    lead: 'Conversations the AI agent resolved on its own, without handing them to the team. Newest first.',
    refresh: 'Refresh',
    loading: 'Loading the conversations…',
    empty: 'The AI agent has not resolved any conversation on its own yet.',
    failed: 'The conversations could not be loaded.',
    retry: 'Try again',
    newest: (n) => `The ${n} newest conversations are shown.`,
    answered: (n) => plural('en', n, { one: '{n} answer', other: '{n} answers' }),
    status: { open: 'Open', closed: 'Closed' },
    started: (when) => `Started ${when}`,
    pick: 'Select a conversation to read what the AI agent answered.',
    back: 'Back to the AI agent’s conversations',
    readOnly: 'The AI agent answered this conversation on its own. It can only be read here.',
    loadingThread: 'Loading the conversation…',
    threadFailed: 'The conversation could not be loaded.',
    notFound:
      'This conversation is not one the AI agent resolved on its own: it was handed to the team (find it in the Helpdesk) or it no longer exists.',
    adminsOnly: 'Only admins can read the AI agent’s conversations.',
  },
  pl: {
    title: 'Asystent AI',
    lead: 'Rozmowy, które asystent AI rozwiązał sam, bez przekazywania ich zespołowi. Najnowsze na górze.',
    refresh: 'Odśwież',
    loading: 'Wczytywanie rozmów…',
    empty: 'Asystent AI nie rozwiązał jeszcze samodzielnie żadnej rozmowy.',
    failed: 'Nie udało się wczytać rozmów.',
    retry: 'Spróbuj ponownie',
    newest: (n) => `Pokazano najnowsze rozmowy (${n}).`,
    answered: (n) =>
      plural('pl', n, { one: '{n} odpowiedź', few: '{n} odpowiedzi', many: '{n} odpowiedzi', other: '{n} odpowiedzi' }),
    status: { open: 'Otwarta', closed: 'Zamknięta' },
    started: (when) => `Rozpoczęta ${when}`,
    pick: 'Wybierz rozmowę, aby przeczytać odpowiedzi asystenta AI.',
    back: 'Wróć do rozmów asystenta AI',
    readOnly: 'Asystent AI poprowadził tę rozmowę samodzielnie. Tutaj można ją tylko przeczytać.',
    loadingThread: 'Wczytywanie rozmowy…',
    threadFailed: 'Nie udało się wczytać rozmowy.',
    notFound:
      'Tej rozmowy asystent AI nie rozwiązał samodzielnie: została przekazana zespołowi (znajdziesz ją w zakładce Helpdesk) albo już nie istnieje.',
    adminsOnly: 'Rozmowy asystenta AI mogą czytać tylko administratorzy.',
  },
};
