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
  /** Beside the preview while the hub decides the look. */
  hubLook: string;
  hubActiveSwitch: string;
  hubActiveHint: string;
  hubOff: string;
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
    hubLook: '(the customer hub’s look, which visitors see)',
    hubActiveSwitch: 'The customer hub decides the launcher’s look',
    hubActiveHint:
      'On every store page the launcher then wears the look below, and the chat’s own design (Design) is locked.',
    hubOff: 'The customer hub is off: visitors see the chat’s own design. Switch it on to use the look below.',
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
    hubLook: '(wygląd centrum klienta, który widzą klienci)',
    hubActiveSwitch: 'Centrum klienta decyduje o wyglądzie przycisku',
    hubActiveHint:
      'Na każdej stronie sklepu przycisk ma wtedy wygląd ustawiony poniżej, a własny wygląd czatu (Wygląd) jest zablokowany.',
    hubOff: 'Centrum klienta jest wyłączone: klienci widzą własny wygląd czatu. Włącz je, aby użyć wyglądu poniżej.',
  },
};
