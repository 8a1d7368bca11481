import type { ComposerStrings } from '../components/composer/composer.component.js';
import type { MessageListStrings } from '../components/message-list/message-list.component.js';
import type { ProfileStrings } from './profile.component.js';
import { plural, type Lang } from '../i18n.js';

export interface InboxStrings extends MessageListStrings, ComposerStrings, ProfileStrings {
  product: string;
  signInTitle: string;
  signInLead: string;
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  signInFailed: string;
  /** Shown on the sign-in screen when the session ended (a password or role change, expiry). */
  signedOutNotice: string;
  /** Shown on the sign-in screen when the agent was removed from the team. */
  removedNotice: string;
  signOut: string;
  loading: string;
  tickets: string;
  /** An empty tab, unfiltered: it says which tickets there are none of, never that there are none at all. */
  noTickets: Record<'open' | 'snoozed' | 'closed', string>;
  pickTicket: string;
  back: string;
  unread: string;
  visitor: string;
  unassigned: string;
  assignedTo: (name: string) => string;
  status: Record<string, string>;
  reconnecting: string;
  unreadCount: (n: number) => string;
  closeTicket: string;
  closeFailed: string;
  closedNote: string;
  snoozedUntil: (time: string) => string;
  /** The visitor's rating on the ticket. */
  rated: { good: string; bad: string };
  waiting: (minutes: number) => string;
  typing: (name: string) => string;
  typingShort: string;
  mainNav: string;
  helpdesk: string;
  enableNotifications: string;
  mute: string;
  shortcuts: string;
  shortcutList: [string, string][];
  done: string;
  statusFilter: string;
  assigneeFilter: string;
  all: string;
  mine: string;
  channelFilter: string;
  allChannels: string;
  channels: Record<string, string>;
  search: string;
  /** Under the search while it holds one or two characters. */
  searchTooShort: string;
  listFailed: string;
  noMatches: string;
  loadMore: string;
  assignTo: string;
  me: (name: string) => string;
  snooze: string;
  markUnread: string;
  closeConfirm: string;
  cancel: string;
  inAnHour: string;
  tomorrow: string;
  nextWeek: string;
  chooseTime: string;
  actionFailed: string;
  /** A refused message's words, with the longest length when the server said it. */
  tooLong: (max?: number) => string;
  notifyTicket: (name: string) => string;
  notifyMessage: (name: string) => string;
  /** The browser notification of a note that mentions the agent. */
  notifyMention: (name: string) => string;
  /** Names a note's author whose name is not known. */
  teammate: string;
  /** The tabs of the reply box. */
  replyModes: string;
  replyTab: string;
  noteTab: string;
  /** Marks an internal note, in the thread and over the note being written. */
  noteLabel: string;
  notePlaceholder: string;
  addNote: string;
  /** The list of team members offered after `@`. */
  mentionTeam: string;
  mentionActive: (name: string, count: number) => string;
  mentions: string;
  mentionCount: (n: number) => string;
  mentionedBy: (name: string) => string;
  noMentions: string;
  /** A refused note's words, by the server's code. */
  noteErrors: Record<string, string>;
  image: string;
  attach: string;
  attachmentPreview: string;
  removeAttachment: string;
  macros: string;
  macrosHint: string;
  searchMacros: string;
  noMacros: string;
  noMacroMatches: string;
  macroActive: (title: string, count: number) => string;
  closeProfile: string;
  settings: string;
  /** The admins' knowledge screen, in the top bar. */
  knowledge: string;
  /** The account menu (the agent's name in the top bar): its name for screen readers, and the language's choice. */
  account: string;
  language: string;
  languageFailed: string;
}

const en: InboxStrings = {
  product: 'Parley',
  signInTitle: 'Sign in to your inbox',
  signInLead: 'Answer your store’s visitors in real time.',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signInFailed: 'Could not sign in. Try again.',
  signedOutNotice: 'You were signed out: your session ended, for example because your password or role was changed.',
  removedNotice: 'Your account was removed from the team. Ask an admin if you need access again.',
  signOut: 'Sign out',
  loading: 'Loading…',
  tickets: 'Conversations',
  noTickets: {
    open: 'No open conversations. New ones appear here as soon as a visitor writes.',
    snoozed: 'No snoozed conversations.',
    closed: 'No closed conversations.',
  },
  pickTicket: 'Select a conversation to read and reply.',
  back: 'Back to conversations',
  unread: 'Unread',
  visitor: 'Visitor',
  unassigned: 'Unassigned',
  assignedTo: (name) => `Assigned to ${name}`,
  status: { open: 'Open', snoozed: 'Snoozed', closed: 'Closed' },
  reconnecting: 'Connection lost. Reconnecting…',
  unreadCount: (n) => plural('en', n, { one: '{n} unread', other: '{n} unread' }),
  conversation: 'Conversation',
  you: 'You',
  support: 'Agent',
  sending: 'Sending…',
  retry: 'Try again',
  remove: 'Remove',
  errors: {
    empty_message: 'The message is empty.',
    message_too_long: 'The message is too long.',
    conversation_closed: 'This conversation is closed.',
    conversation_not_found: 'This conversation no longer exists.',
    client_message_id_reused: 'This message could not be sent.',
    upload_too_large: 'The image is too large.',
    not_an_image: 'Only PNG, JPEG, GIF and WebP images can be sent.',
    image_not_found: 'The image could not be sent.',
    internal_error: 'The server failed to save the message.',
  },
  errorDefault: 'The message could not be sent.',
  imageFrom: (name) => `Image from ${name}`,
  enlarge: 'Show full size',
  imageFailed: 'The image could not be loaded.',
  closeImage: 'Close image',
  seen: 'Seen',
  ai: 'AI',
  aiAgent: 'AI agent',
  source: 'Source',
  newTab: 'opens in a new tab',
  choices: 'Choices offered to the visitor',
  events: {
    ended_by_visitor: 'The visitor ended the chat.',
    closed_by_agent: 'The conversation was closed.',
    handoff_email_asked:
      'The AI agent offered to pass the question to the store’s helpdesk, which answers by email, and asked the visitor for their address.',
    passed_to_helpdesk: (email) => `The question was passed to the store’s helpdesk, which will reply to ${email}.`,
    helpdesk_fallback: (email) =>
      `Passing this conversation to the store’s helpdesk failed after every attempt, so it is a ticket here: the visitor waits for a reply at ${email}.`,
  },
  closeTicket: 'Close',
  closeFailed: 'Could not close the conversation. Try again.',
  closedNote: 'This conversation is closed.',
  snoozedUntil: (time) => `until ${time}`,
  rated: { good: 'Rated good', bad: 'Rated bad' },
  waiting: (m) => (m < 60 ? `no reply for ${m} min` : `no reply for ${Math.floor(m / 60)} h`),
  typing: (name) => `${name} is typing…`,
  typingShort: 'typing…',
  mainNav: 'Main',
  helpdesk: 'Helpdesk',
  enableNotifications: 'Turn on notifications',
  mute: 'Mute sounds and notifications',
  shortcuts: 'Keyboard shortcuts',
  shortcutList: [
    ['j', 'Next conversation'],
    ['k', 'Previous conversation'],
    ['r', 'Reply'],
    ['s', 'Snooze'],
    ['e', 'Close'],
    ['u', 'Mark unread'],
    ['/', 'Search (in a reply: saved replies)'],
    ['Esc', 'Close a menu'],
    ['?', 'This list'],
  ],
  done: 'Done',
  statusFilter: 'Status',
  assigneeFilter: 'Assigned to',
  all: 'All',
  mine: 'Mine',
  channelFilter: 'Channel',
  allChannels: 'All channels',
  channels: { chat: 'Chat', sms: 'SMS' },
  search: 'Search conversations',
  searchTooShort: 'Type at least 3 characters to search.',
  listFailed: 'The conversations could not be loaded. Check the connection and try again.',
  noMatches: 'No conversations match.',
  loadMore: 'Load more',
  assignTo: 'Assign to',
  me: (name) => `${name} (me)`,
  snooze: 'Snooze',
  markUnread: 'Mark unread',
  closeConfirm: 'Close this conversation? A closed chat cannot be reopened; the visitor can start a new one.',
  cancel: 'Cancel',
  inAnHour: 'In 1 hour',
  tomorrow: 'Tomorrow 9:00',
  nextWeek: 'Next week',
  chooseTime: 'At',
  actionFailed: 'That did not work. Try again.',
  tooLong: (max) =>
    max ? `The message is too long (at most ${max.toLocaleString('en')} characters).` : 'The message is too long.',
  notifyTicket: (name) => `New conversation from ${name}`,
  notifyMessage: (name) => `New message from ${name}`,
  notifyMention: (name) => `${name} mentioned you in a note`,
  teammate: 'A teammate',
  replyModes: 'Reply or internal note',
  replyTab: 'Reply',
  noteTab: 'Note',
  noteLabel: 'Note · only agents see this',
  notePlaceholder: 'Write an internal note… (type @ to mention a teammate)',
  addNote: 'Add note',
  mentionTeam: 'Team members',
  mentionActive: (name, n) =>
    `${name}, ${plural('en', n, { one: '{n} team member', other: '{n} team members' })}; Enter inserts the mention`,
  mentions: 'Mentions',
  mentionCount: (n) => plural('en', n, { one: '{n} new mention', other: '{n} new mentions' }),
  mentionedBy: (name) => `${name} mentioned you`,
  noMentions: 'No new mentions.',
  noteErrors: {
    empty_note: 'The note is empty.',
    note_too_long: 'The note is too long.',
    ticket_not_found: 'This conversation no longer exists.',
    client_note_id_reused: 'The note could not be added.',
    invalid_client_note_id: 'The note could not be added.',
  },
  image: 'Image',
  attach: 'Attach an image (or paste or drop one)',
  attachmentPreview: 'The image to send',
  removeAttachment: 'Remove the image',
  macros: 'Saved replies',
  macrosHint: 'Saved replies (or type / in an empty reply)',
  profile: 'Customer',
  closeProfile: 'Back to the conversation',
  settings: 'Settings',
  knowledge: 'Knowledge',
  account: 'Your account',
  language: 'Language',
  languageFailed: 'The language could not be changed. Try again.',
  profileFailed: 'The customer’s profile could not be loaded.',
  anonymousVisitor: 'Anonymous visitor',
  identifiedVisitor: (id) => `Signed in to the store · user ${id}`,
  fields: {
    email: 'Email',
    visitorEmail: 'Email given by the visitor',
    phone: 'Phone',
    location: 'Location',
    locale: 'Language',
    firstPage: 'First page',
  },
  activity: 'Activity',
  noEvents: 'No activity from the store yet.',
  olderEvents: 'Older activity',
  otherTickets: 'Other conversations',
  noOtherTickets: 'No other conversations.',
  searchMacros: 'Search saved replies',
  noMacros: 'No saved replies yet. Admins add them in the settings.',
  noMacroMatches: 'No saved reply matches.',
  macroActive: (title, n) =>
    `${title}, ${plural('en', n, { one: '{n} saved reply', other: '{n} saved replies' })}; Enter inserts it`,
  message: 'Reply',
  placeholder: 'Write a reply…',
  send: 'Send',
  charsLeft: (n) => plural('en', n, { one: '{n} character left', other: '{n} characters left' }),
  charsOver: (n) => plural('en', n, { one: '{n} character too many', other: '{n} characters too many' }),
  emoji: 'Insert an emoji',
};

const pl: InboxStrings = {
  product: 'Parley',
  signInTitle: 'Zaloguj się do skrzynki',
  signInLead: 'Odpowiadaj klientom sklepu na bieżąco.',
  email: 'E-mail',
  password: 'Hasło',
  signIn: 'Zaloguj się',
  signingIn: 'Logowanie…',
  signInFailed: 'Nie udało się zalogować. Spróbuj ponownie.',
  signedOutNotice: 'Wylogowano Cię: sesja wygasła, np. po zmianie hasła lub roli.',
  removedNotice: 'Twoje konto zostało usunięte z zespołu. Poproś administratora, jeśli potrzebujesz dostępu.',
  signOut: 'Wyloguj się',
  loading: 'Ładowanie…',
  tickets: 'Rozmowy',
  noTickets: {
    open: 'Brak otwartych rozmów. Nowe pojawią się tu, gdy tylko klient napisze.',
    snoozed: 'Brak odłożonych rozmów.',
    closed: 'Brak zamkniętych rozmów.',
  },
  pickTicket: 'Wybierz rozmowę, aby ją przeczytać i odpowiedzieć.',
  back: 'Wróć do rozmów',
  unread: 'Nieprzeczytane',
  visitor: 'Gość',
  unassigned: 'Nieprzypisane',
  assignedTo: (name) => `Przypisane do: ${name}`,
  status: { open: 'Otwarte', snoozed: 'Odłożone', closed: 'Zamknięte' },
  reconnecting: 'Utracono połączenie. Łączymy ponownie…',
  unreadCount: (n) =>
    plural('pl', n, {
      one: '{n} nieprzeczytana',
      few: '{n} nieprzeczytane',
      many: '{n} nieprzeczytanych',
      other: '{n} nieprzeczytanej',
    }),
  conversation: 'Rozmowa',
  you: 'Ty',
  support: 'Konsultant',
  sending: 'Wysyłanie…',
  retry: 'Spróbuj ponownie',
  remove: 'Usuń',
  errors: {
    empty_message: 'Wiadomość jest pusta.',
    message_too_long: 'Wiadomość jest za długa.',
    conversation_closed: 'Ta rozmowa jest zamknięta.',
    conversation_not_found: 'Ta rozmowa już nie istnieje.',
    client_message_id_reused: 'Nie udało się wysłać tej wiadomości.',
    upload_too_large: 'Obraz jest za duży.',
    not_an_image: 'Można wysyłać tylko obrazy PNG, JPEG, GIF i WebP.',
    image_not_found: 'Nie udało się wysłać obrazu.',
    internal_error: 'Serwer nie zapisał wiadomości.',
  },
  errorDefault: 'Nie udało się wysłać wiadomości.',
  imageFrom: (name) => `Obraz od: ${name}`,
  enlarge: 'Pokaż w pełnym rozmiarze',
  imageFailed: 'Nie udało się wczytać obrazu.',
  closeImage: 'Zamknij obraz',
  seen: 'Wyświetlono',
  ai: 'AI',
  aiAgent: 'Asystent AI',
  source: 'Źródło',
  newTab: 'otwiera się w nowej karcie',
  choices: 'Propozycje dla klienta',
  events: {
    ended_by_visitor: 'Klient zakończył czat.',
    closed_by_agent: 'Rozmowa została zamknięta.',
    handoff_email_asked:
      'Asystent AI zaproponował przekazanie pytania do helpdesku sklepu, który odpowiada e-mailem, i poprosił klienta o adres.',
    passed_to_helpdesk: (email) => `Pytanie przekazano do helpdesku sklepu, który odpowie na adres ${email}.`,
    helpdesk_fallback: (email) =>
      `Nie udało się przekazać tej rozmowy do helpdesku sklepu mimo wszystkich prób, więc trafiła tutaj: klient czeka na odpowiedź na adres ${email}.`,
  },
  closeTicket: 'Zamknij',
  closeFailed: 'Nie udało się zamknąć rozmowy. Spróbuj ponownie.',
  closedNote: 'Ta rozmowa jest zamknięta.',
  snoozedUntil: (time) => `do ${time}`,
  rated: { good: 'Klient ocenił rozmowę dobrze', bad: 'Klient ocenił rozmowę źle' },
  waiting: (m) => (m < 60 ? `bez odpowiedzi od ${m} min` : `bez odpowiedzi od ${Math.floor(m / 60)} godz.`),
  typing: (name) => `${name} pisze…`,
  typingShort: 'pisze…',
  mainNav: 'Menu główne',
  helpdesk: 'Helpdesk',
  enableNotifications: 'Włącz powiadomienia',
  mute: 'Wycisz dźwięki i powiadomienia',
  shortcuts: 'Skróty klawiszowe',
  shortcutList: [
    ['j', 'Następna rozmowa'],
    ['k', 'Poprzednia rozmowa'],
    ['r', 'Odpowiedz'],
    ['s', 'Odłóż'],
    ['e', 'Zamknij'],
    ['u', 'Oznacz jako nieprzeczytaną'],
    ['/', 'Szukaj (w odpowiedzi: gotowe odpowiedzi)'],
    ['Esc', 'Zamknij menu'],
    ['?', 'Ta lista'],
  ],
  done: 'Gotowe',
  statusFilter: 'Status',
  assigneeFilter: 'Przypisane do',
  all: 'Wszystkie',
  mine: 'Moje',
  channelFilter: 'Kanał',
  allChannels: 'Wszystkie kanały',
  channels: { chat: 'Czat', sms: 'SMS' },
  search: 'Szukaj rozmów',
  searchTooShort: 'Wpisz co najmniej 3 znaki, aby wyszukać.',
  listFailed: 'Nie udało się wczytać rozmów. Sprawdź połączenie i spróbuj ponownie.',
  noMatches: 'Brak pasujących rozmów.',
  loadMore: 'Wczytaj więcej',
  assignTo: 'Przypisz do',
  me: (name) => `${name} (ja)`,
  snooze: 'Odłóż',
  markUnread: 'Oznacz jako nieprzeczytaną',
  closeConfirm: 'Zamknąć tę rozmowę? Zamkniętego czatu nie można ponownie otworzyć — klient może rozpocząć nowy.',
  cancel: 'Anuluj',
  inAnHour: 'Za godzinę',
  tomorrow: 'Jutro o 9:00',
  nextWeek: 'W przyszłym tygodniu',
  chooseTime: 'Termin',
  actionFailed: 'Nie udało się. Spróbuj ponownie.',
  tooLong: (max) =>
    max
      ? `Wiadomość jest za długa (najwyżej ${plural('pl', max, { one: '{n} znak', few: '{n} znaki', many: '{n} znaków', other: '{n} znaku' })}).`
      : 'Wiadomość jest za długa.',
  notifyTicket: (name) => `Nowa rozmowa: ${name}`,
  notifyMessage: (name) => `Nowa wiadomość: ${name}`,
  notifyMention: (name) => `${name} wspomina o Tobie w notatce`,
  teammate: 'Ktoś z zespołu',
  replyModes: 'Odpowiedź lub notatka wewnętrzna',
  replyTab: 'Odpowiedź',
  noteTab: 'Notatka',
  noteLabel: 'Notatka · widzi ją tylko zespół',
  notePlaceholder: 'Napisz notatkę wewnętrzną… (wpisz @, aby oznaczyć kogoś z zespołu)',
  addNote: 'Dodaj notatkę',
  mentionTeam: 'Członkowie zespołu',
  mentionActive: (name, n) =>
    `${name}, ${plural('pl', n, { one: '{n} osoba', few: '{n} osoby', many: '{n} osób', other: '{n} osoby' })}; Enter wstawia wzmiankę`,
  mentions: 'Wzmianki',
  mentionCount: (n) =>
    plural('pl', n, {
      one: '{n} nowa wzmianka',
      few: '{n} nowe wzmianki',
      many: '{n} nowych wzmianek',
      other: '{n} nowej wzmianki',
    }),
  mentionedBy: (name) => `${name} wspomina o Tobie`,
  noMentions: 'Brak nowych wzmianek.',
  noteErrors: {
    empty_note: 'Notatka jest pusta.',
    note_too_long: 'Notatka jest za długa.',
    ticket_not_found: 'Ta rozmowa już nie istnieje.',
    client_note_id_reused: 'Nie udało się dodać notatki.',
    invalid_client_note_id: 'Nie udało się dodać notatki.',
  },
  image: 'Obraz',
  attach: 'Załącz obraz (możesz go też wkleić lub przeciągnąć)',
  attachmentPreview: 'Obraz do wysłania',
  removeAttachment: 'Usuń obraz',
  macros: 'Gotowe odpowiedzi',
  macrosHint: 'Gotowe odpowiedzi (albo wpisz / w pustej odpowiedzi)',
  profile: 'Klient',
  closeProfile: 'Wróć do rozmowy',
  settings: 'Ustawienia',
  knowledge: 'Wiedza',
  account: 'Twoje konto',
  language: 'Język',
  languageFailed: 'Nie udało się zmienić języka. Spróbuj ponownie.',
  profileFailed: 'Nie udało się wczytać profilu klienta.',
  anonymousVisitor: 'Anonimowy gość',
  identifiedVisitor: (id) => `Klient zalogowany w sklepie · ID ${id}`,
  fields: {
    email: 'E-mail',
    visitorEmail: 'E-mail podany przez klienta',
    phone: 'Telefon',
    location: 'Lokalizacja',
    locale: 'Język',
    firstPage: 'Pierwsza strona',
  },
  activity: 'Aktywność',
  noEvents: 'Sklep nie przesłał jeszcze żadnej aktywności.',
  olderEvents: 'Starsza aktywność',
  otherTickets: 'Inne rozmowy',
  noOtherTickets: 'Brak innych rozmów.',
  searchMacros: 'Szukaj gotowych odpowiedzi',
  noMacros: 'Nie ma jeszcze gotowych odpowiedzi. Dodają je administratorzy w ustawieniach.',
  noMacroMatches: 'Brak pasujących gotowych odpowiedzi.',
  macroActive: (title, n) =>
    `${title}, ${plural('pl', n, { one: '{n} gotowa odpowiedź', few: '{n} gotowe odpowiedzi', many: '{n} gotowych odpowiedzi', other: '{n} gotowej odpowiedzi' })}; Enter wstawia odpowiedź`,
  message: 'Odpowiedź',
  placeholder: 'Napisz odpowiedź…',
  send: 'Wyślij',
  charsLeft: (n) =>
    plural('pl', n, {
      one: 'Został {n} znak',
      few: 'Zostały {n} znaki',
      many: 'Zostało {n} znaków',
      other: 'Zostało {n} znaku',
    }),
  charsOver: (n) =>
    plural('pl', n, {
      one: '{n} znak za dużo',
      few: '{n} znaki za dużo',
      many: '{n} znaków za dużo',
      other: '{n} znaku za dużo',
    }),
  emoji: 'Wstaw emoji',
};

export const i18n: Record<Lang, InboxStrings> = { en, pl };
