import type { Lang } from '../../i18n.js';

/** The words of the saved replies screen, besides those all screens share. */
export interface MacrosStrings {
  cancel: string;
  edit: string;
  macroTitle: string;
  macroBody: string;
  variables: string;
  insertVariable: (name: string) => string;
  newMacro: string;
  noMacros: string;
  macroPreview: string;
  sampleVisitor: string;
}

export const macrosI18n: Record<Lang, MacrosStrings> = {
  en: {
    cancel: 'Cancel',
    edit: 'Edit',
    macroTitle: 'Title',
    macroBody: 'Text',
    variables: 'Variables',
    insertVariable: (name) => `Insert ${name}`,
    newMacro: 'New saved reply',
    noMacros: 'No saved replies yet.',
    macroPreview: 'Preview',
    sampleVisitor: 'Anna Nowak',
  },
  pl: {
    cancel: 'Anuluj',
    edit: 'Edytuj',
    macroTitle: 'Tytuł',
    macroBody: 'Treść',
    variables: 'Zmienne',
    insertVariable: (name) => `Wstaw ${name}`,
    newMacro: 'Nowa gotowa odpowiedź',
    noMacros: 'Nie ma jeszcze gotowych odpowiedzi.',
    macroPreview: 'Podgląd',
    sampleVisitor: 'Anna Nowak',
  },
};
