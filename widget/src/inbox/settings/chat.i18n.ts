import type { Lang } from '../../i18n.js';

/** The words of the online chat screen, besides those all screens share. */
export interface ChatStrings {
  chatEnabled: string;
  chatEnabledHint: string;
  widgetEnabled: string;
  widgetEnabledHint: string;
}

export const chatI18n: Record<Lang, ChatStrings> = {
  en: {
    chatEnabled: 'Online chat',
    chatEnabledHint: 'Visitors can write to your team. Turning it on turns the widget on too.',
    widgetEnabled: 'Widget on the store',
    widgetEnabledHint: 'Shows the launcher on your store’s pages.',
  },
  pl: {
    chatEnabled: 'Czat online',
    chatEnabledHint: 'Klienci mogą pisać do zespołu. Włączenie czatu włącza też widżet.',
    widgetEnabled: 'Widżet w sklepie',
    widgetEnabledHint: 'Pokazuje przycisk czatu na stronach sklepu.',
  },
};
