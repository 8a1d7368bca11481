import type { Lang } from '../../i18n.js';

/** The words of the design screen, besides those all screens share. */
export interface DesignStrings {
  hubActive: string;
  colour: string;
  icon: string;
  icons: Record<string, string>;
  position: string;
  left: string;
  right: string;
  launcherLabel: string;
  launcherLabelHint: string;
  preview: string;
}

export const designI18n: Record<Lang, DesignStrings> = {
  en: {
    hubActive:
      'The customer hub is active: it decides the widget’s look, so these fields are locked. The chat’s behaviour settings still apply.',
    colour: 'Colour',
    icon: 'Icon',
    icons: { chat: 'Chat bubble', help: 'Question mark', message: 'Message', smile: 'Smile' },
    position: 'Position',
    left: 'Bottom left',
    right: 'Bottom right',
    launcherLabel: 'Launcher label',
    launcherLabelHint: 'Optional text beside the icon, such as “Ask us”.',
    preview: 'Preview',
  },
  pl: {
    hubActive:
      'Centrum klienta jest aktywne: to ono decyduje o wyglądzie widżetu, więc te pola są zablokowane. Ustawienia zachowania czatu nadal działają.',
    colour: 'Kolor',
    icon: 'Ikona',
    icons: { chat: 'Dymek', help: 'Znak zapytania', message: 'Wiadomość', smile: 'Uśmiech' },
    position: 'Położenie',
    left: 'Lewy dolny róg',
    right: 'Prawy dolny róg',
    launcherLabel: 'Etykieta przycisku',
    launcherLabelHint: 'Opcjonalny tekst obok ikony, np. „Zapytaj nas”.',
    preview: 'Podgląd',
  },
};
