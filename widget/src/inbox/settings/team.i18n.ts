import type { Lang } from '../../i18n.js';

/** The words of the team screen, besides those all screens share. */
export interface TeamStrings {
  add: string;
  name: string;
  email: string;
  password: string;
  role: string;
  roles: Record<string, string>;
  addMember: string;
  you: string;
  deactivate: string;
  sendReset: string;
  resetSent: (email: string) => string;
  deactivated: string;
  confirmDeactivate: (name: string) => string;
}

export const teamI18n: Record<Lang, TeamStrings> = {
  en: {
    add: 'Add',
    name: 'Name',
    email: 'Email',
    password: 'Initial password',
    role: 'Role',
    roles: { agent: 'Agent', admin: 'Admin' },
    addMember: 'Add to the team',
    you: 'you',
    deactivate: 'Remove',
    sendReset: 'Send a password link',
    resetSent: (email) => `A link to set a new password is on its way to ${email}.`,
    deactivated: 'Removed',
    confirmDeactivate: (name) => `Remove ${name} from the team? They are signed out at once.`,
  },
  pl: {
    add: 'Dodaj',
    name: 'Imię i nazwisko',
    email: 'E-mail',
    password: 'Hasło początkowe',
    role: 'Rola',
    roles: { agent: 'Konsultant', admin: 'Administrator' },
    addMember: 'Dodaj do zespołu',
    you: 'ty',
    deactivate: 'Usuń',
    sendReset: 'Wyślij link do zmiany hasła',
    resetSent: (email) => `Link do ustawienia nowego hasła jest w drodze na adres ${email}.`,
    deactivated: 'Usunięto',
    confirmDeactivate: (name) => `Usunąć z zespołu: ${name}? Ta osoba zostanie od razu wylogowana.`,
  },
};
