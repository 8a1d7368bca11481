import { plural, type Lang } from '../../i18n.js';
import type { PanelStrings } from './panel.i18n.js';

/**
 * The widget's words that its entry module renders before the panel's module is loaded: the launcher, the header, and
 * why the panel cannot show. Every other word comes with the panel's module (panel.i18n.ts).
 */
export interface EntryStrings {
  openChat: string;
  closeChat: string;
  title: string;
  subtitle: string;
  /** Under the title while nobody of the team is online. */
  subtitleLater: string;
  support: string;
  /** The name of the store's AI agent: who is typing, and what its label says to screen readers. */
  aiAgent: string;
  unread: (n: number) => string;
  endChat: string;
  endConfirm: string;
  cancel: string;
  unavailable: string;
  loading: string;
  identity: string;
  panelFailed: string;
}

/** Every word of the widget: its own and those of the panel's elements (panel.i18n.ts). */
export interface ChatStrings extends EntryStrings, PanelStrings {}

export const i18n: Record<Lang, EntryStrings> = {
  en: {
    openChat: 'Open chat',
    closeChat: 'Close chat',
    title: 'Chat with us',
    subtitle: 'We usually reply in a few minutes',
    subtitleLater: 'We’ll reply as soon as we can',
    support: 'Support',
    aiAgent: 'AI agent',
    unread: (n) => plural('en', n, { one: '{n} unread message', other: '{n} unread messages' }),
    panelFailed: 'The chat could not be loaded. Check your connection and open it again.',
    identity: 'We could not confirm your account, so the chat is unavailable. Please reload the page or sign in again.',
    endChat: 'End chat',
    endConfirm: 'End this chat? You can’t write in it again.',
    cancel: 'Cancel',
    unavailable: 'Chat is not available right now.',
    loading: 'Loading…',
  },
  pl: {
    openChat: 'Otwórz czat',
    closeChat: 'Zamknij czat',
    title: 'Napisz do nas',
    subtitle: 'Zwykle odpowiadamy w ciągu kilku minut',
    subtitleLater: 'Odpowiemy najszybciej, jak to możliwe',
    support: 'Obsługa',
    aiAgent: 'Asystent AI',
    unread: (n) =>
      plural('pl', n, {
        one: '{n} nieprzeczytana wiadomość',
        few: '{n} nieprzeczytane wiadomości',
        many: '{n} nieprzeczytanych wiadomości',
        other: '{n} nieprzeczytanej wiadomości',
      }),
    panelFailed: 'Nie udało się wczytać czatu. Sprawdź połączenie i otwórz go ponownie.',
    identity:
      'Nie udało się potwierdzić Twojego konta, więc czat jest niedostępny. Odśwież stronę lub zaloguj się ponownie.',
    endChat: 'Zakończ czat',
    endConfirm: 'Zakończyć czat? Nie będzie można już w nim pisać.',
    cancel: 'Anuluj',
    unavailable: 'Czat jest teraz niedostępny.',
    loading: 'Ładowanie…',
  },
};
