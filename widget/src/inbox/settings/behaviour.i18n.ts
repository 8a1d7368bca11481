import type { Lang } from '../../i18n.js';

/** The words of the behaviour screen, besides those all screens share. */
export interface BehaviourStrings {
  storeName: string;
  storeNameHint: string;
  storeLanguage: string;
  storeLanguageHint: string;
  welcomeMessage: string;
  privacyUrl: string;
  termsUrl: string;
  waitingThreshold: string;
  waitingThresholdHint: string;
}

export const behaviourI18n: Record<Lang, BehaviourStrings> = {
  en: {
    storeName: 'Your store’s name',
    storeNameHint:
      'Visitors read it as the chat’s title and above your welcome and away messages, beside its initials. Leave it empty to show “Support”. Up to 60 characters.',
    storeLanguage: 'Your store’s language',
    storeLanguageHint:
      'The language you write your texts in. Visitors whose browser speaks neither English nor Polish see the chat in it.',
    welcomeMessage: 'Welcome message',
    privacyUrl: 'Privacy policy link',
    termsUrl: 'Terms link',
    waitingThreshold: 'Highlight a waiting visitor after (minutes)',
    waitingThresholdHint: '1 to 1,440 minutes.',
  },
  pl: {
    storeName: 'Nazwa sklepu',
    storeNameHint:
      'Klienci zobaczą ją jako tytuł czatu oraz nad wiadomością powitalną i wiadomością poza godzinami pracy (z inicjałami sklepu). Zostaw puste, aby pokazać „Obsługa”. Do 60 znaków.',
    storeLanguage: 'Język sklepu',
    storeLanguageHint:
      'Język, w którym piszesz teksty. Klienci, których przeglądarka nie używa ani polskiego, ani angielskiego, zobaczą czat w tym języku.',
    welcomeMessage: 'Wiadomość powitalna',
    privacyUrl: 'Link do polityki prywatności',
    termsUrl: 'Link do regulaminu',
    waitingThreshold: 'Wyróżnij czekającego klienta po (minutach)',
    waitingThresholdHint: 'Od 1 do 1440 minut.',
  },
};
