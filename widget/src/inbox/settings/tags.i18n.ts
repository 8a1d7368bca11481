import type { Lang } from '../../i18n.js';

/** The words of the tags screen, besides those all screens share. */
export interface TagsScreenStrings {
  intro: string;
  noTags: string;
  newTag: string;
  tagName: string;
  tagColour: string;
  edit: (name: string) => string;
  editWord: string;
  deleteTag: (name: string) => string;
  deleteConfirm: (name: string) => string;
  cancel: string;
  add: string;
  delete: string;
  colours: Record<string, string>;
  /** The server's refusals, in words. */
  errors: Record<string, string>;
}

export const tagsI18n: Record<Lang, TagsScreenStrings> = {
  en: {
    intro: 'Agents put these tags on tickets and filter the inbox by them. Names are unique, whatever their case.',
    noTags: 'No tags yet.',
    newTag: 'New tag',
    tagName: 'Name',
    tagColour: 'Colour',
    edit: (name) => `Edit tag ${name}`,
    editWord: 'Edit',
    deleteTag: (name) => `Delete tag ${name}`,
    deleteConfirm: (name) =>
      `Delete the tag “${name}”? It is taken off every ticket that carries it, and views that filter by it show nothing.`,
    cancel: 'Cancel',
    add: 'Add tag',
    delete: 'Delete',
    colours: {
      grey: 'Grey',
      red: 'Red',
      orange: 'Orange',
      yellow: 'Yellow',
      green: 'Green',
      teal: 'Teal',
      blue: 'Blue',
      purple: 'Purple',
      pink: 'Pink',
    },
    errors: {
      tag_name_taken: 'There is already a tag with this name (whatever its case).',
      invalid_tag_name: 'A tag’s name is 1 to 40 characters on one line.',
      invalid_tag_colour: 'Choose one of the colours.',
      too_many_tags: 'The store has as many tags as it may keep. Delete one first.',
      tag_not_found: 'That tag was deleted meanwhile.',
    },
  },
  pl: {
    intro:
      'Konsultanci oznaczają rozmowy tymi tagami i filtrują według nich skrzynkę. Nazwy nie mogą się powtarzać (wielkość liter nie ma znaczenia).',
    noTags: 'Nie ma jeszcze tagów.',
    newTag: 'Nowy tag',
    tagName: 'Nazwa',
    tagColour: 'Kolor',
    edit: (name) => `Edytuj tag ${name}`,
    editWord: 'Edytuj',
    deleteTag: (name) => `Usuń tag ${name}`,
    deleteConfirm: (name) =>
      `Usunąć tag „${name}”? Zniknie ze wszystkich rozmów, a widoki, które według niego filtrują, przestaną cokolwiek pokazywać.`,
    cancel: 'Anuluj',
    add: 'Dodaj tag',
    delete: 'Usuń',
    colours: {
      grey: 'Szary',
      red: 'Czerwony',
      orange: 'Pomarańczowy',
      yellow: 'Żółty',
      green: 'Zielony',
      teal: 'Morski',
      blue: 'Niebieski',
      purple: 'Fioletowy',
      pink: 'Różowy',
    },
    errors: {
      tag_name_taken: 'Jest już tag o tej nazwie (bez względu na wielkość liter).',
      invalid_tag_name: 'Nazwa tagu musi mieć od 1 do 40 znaków i mieścić się w jednym wierszu.',
      invalid_tag_colour: 'Wybierz jeden z kolorów.',
      too_many_tags: 'Osiągnięto limit tagów sklepu. Najpierw usuń któryś.',
      tag_not_found: 'Ten tag został w międzyczasie usunięty.',
    },
  },
};
