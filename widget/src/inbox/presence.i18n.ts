import type { Lang } from '../i18n.js';
import type { AgentStatus, Presence } from './inbox-store.js';

/** The words of the agent's status in the account menu, and of the team's presence. */
export interface PresenceStrings {
  /** The legend of the agent's own status. */
  status: string;
  /** The status an agent chooses, in their own words. */
  statuses: Record<AgentStatus, string>;
  statusHint: string;
  statusFailed: string;
  team: string;
  /** A teammate's presence, as others see it. */
  presences: Record<Presence, string>;
  noTeammates: string;
}

export const presenceI18n: Record<Lang, PresenceStrings> = {
  en: {
    status: 'Your status',
    statuses: { available: 'Available for chats', away: 'Away' },
    statusHint: 'While nobody is available, visitors read that the team replies as soon as it can.',
    statusFailed: 'The status could not be changed. Try again.',
    team: 'Team',
    presences: { online: 'Online', away: 'Away', offline: 'Offline' },
    noTeammates: 'No teammates yet.',
  },
  pl: {
    status: 'Twój status',
    statuses: { available: 'Przyjmuję czaty', away: 'Zaraz wracam' },
    statusHint: 'Gdy nikt nie przyjmuje czatów, klienci widzą w czacie, że odpowiemy najszybciej, jak to możliwe.',
    statusFailed: 'Nie udało się zmienić statusu. Spróbuj ponownie.',
    team: 'Zespół',
    presences: { online: 'Online', away: 'Zaraz wraca', offline: 'Offline' },
    noTeammates: 'Nie ma jeszcze nikogo więcej w zespole.',
  },
};
