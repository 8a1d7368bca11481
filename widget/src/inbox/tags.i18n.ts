import type { Lang } from '../i18n.js';

/** The inbox's words about tags and saved views (the settings screen has its own, in `settings/tags.i18n.ts`). */
export interface TagStrings {
  /** The group of a ticket's chips. */
  tags: string;
  addTag: string;
  /** The picker's text field. */
  findTag: string;
  removeTag: (name: string) => string;
  /** In the picker when nothing matches, or the store has no tags. */
  noTagsMatch: string;
  noTagsYet: string;
  tagFailed: string;
  /** The list's tag filter. */
  tagFilter: string;
  anyTag: string;
  /** A view's tag was deleted. */
  tagGone: string;
  views: string;
  personalViews: string;
  sharedViews: string;
  noViews: string;
  saveView: string;
  viewName: string;
  shareView: string;
  renameView: (name: string) => string;
  deleteView: (name: string) => string;
  deleteViewConfirm: (name: string) => string;
  save: string;
  cancel: string;
  delete: string;
  viewFailed: string;
  errors: Record<string, string>;
}

const en: TagStrings = {
  tags: 'Tags',
  addTag: 'Add tag',
  findTag: 'Find a tag',
  removeTag: (name) => `Remove tag ${name}`,
  noTagsMatch: 'No tag matches.',
  noTagsYet: 'No tags yet. Admins add them in Settings → Tags.',
  tagFailed: 'Could not change the tags. Try again.',
  tagFilter: 'Tag',
  anyTag: 'Any tag',
  tagGone: 'This view’s tag was deleted.',
  views: 'Views',
  personalViews: 'My views',
  sharedViews: 'Team views',
  noViews: 'No saved views yet.',
  saveView: 'Save view',
  viewName: 'View name',
  shareView: 'Share with the team',
  renameView: (name) => `Rename view ${name}`,
  deleteView: (name) => `Delete view ${name}`,
  deleteViewConfirm: (name) => `Delete the view “${name}”?`,
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  viewFailed: 'Could not save the view. Try again.',
  errors: {
    invalid_view_name: 'A view’s name is 1 to 60 characters.',
    too_many_views: 'You have as many views as you may keep. Delete one first.',
    admins_only: 'Only admins change the team’s views.',
    view_not_found: 'That view is gone.',
    too_many_ticket_tags: 'A ticket carries at most 20 tags.',
    tag_not_found: 'That tag was deleted.',
  },
};

const pl: TagStrings = {
  tags: 'Tagi',
  addTag: 'Dodaj tag',
  findTag: 'Znajdź tag',
  removeTag: (name) => `Usuń tag ${name}`,
  noTagsMatch: 'Brak pasujących tagów.',
  noTagsYet: 'Nie ma jeszcze tagów. Administratorzy dodają je w Ustawieniach → Tagi.',
  tagFailed: 'Nie udało się zmienić tagów. Spróbuj ponownie.',
  tagFilter: 'Tag',
  anyTag: 'Dowolny tag',
  tagGone: 'Tag tego widoku został usunięty.',
  views: 'Widoki',
  personalViews: 'Moje widoki',
  sharedViews: 'Widoki zespołu',
  noViews: 'Nie masz jeszcze zapisanych widoków.',
  saveView: 'Zapisz widok',
  viewName: 'Nazwa widoku',
  shareView: 'Udostępnij zespołowi',
  renameView: (name) => `Zmień nazwę widoku ${name}`,
  deleteView: (name) => `Usuń widok ${name}`,
  deleteViewConfirm: (name) => `Usunąć widok „${name}”?`,
  save: 'Zapisz',
  cancel: 'Anuluj',
  delete: 'Usuń',
  viewFailed: 'Nie udało się zapisać widoku. Spróbuj ponownie.',
  errors: {
    invalid_view_name: 'Nazwa widoku musi mieć od 1 do 60 znaków.',
    too_many_views: 'Osiągnięto limit zapisanych widoków. Najpierw usuń któryś.',
    admins_only: 'Widoki zespołu zmieniają tylko administratorzy.',
    view_not_found: 'Tego widoku już nie ma.',
    too_many_ticket_tags: 'Rozmowa może mieć najwyżej 20 tagów.',
    tag_not_found: 'Ten tag został usunięty.',
  },
};

export const tagStrings: Record<Lang, TagStrings> = { en, pl };
