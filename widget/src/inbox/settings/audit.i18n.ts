import type { Lang } from '../../i18n.js';

/** The words of the audit log, besides those all screens share. */
export interface AuditStrings {
  auditHint: string;
  noAudit: string;
  olderChanges: string;
  actions: Record<string, string>;
}

export const auditI18n: Record<Lang, AuditStrings> = {
  en: {
    auditHint:
      'Every change to the settings, the team, saved replies and API keys: who, what and when. Secrets are never recorded.',
    noAudit: 'No changes recorded yet.',
    olderChanges: 'Older changes',
    actions: {
      'settings.updated': 'changed the settings',
      'team.member_added': 'added a team member',
      'team.role_changed': 'changed a role',
      'team.member_removed': 'removed a team member',
      'team.password_changed': 'changed their password',
      'macro.added': 'added a saved reply',
      'macro.revised': 'changed a saved reply',
      'macro.deleted': 'deleted a saved reply',
      'api_key.created': 'created an API key',
      'api_key.revoked': 'revoked an API key',
    },
  },
  pl: {
    auditHint:
      'Każda zmiana ustawień, zespołu, gotowych odpowiedzi i kluczy API: kto, co i kiedy. Sekrety nigdy nie są zapisywane.',
    noAudit: 'Nie zapisano jeszcze żadnych zmian.',
    olderChanges: 'Starsze zmiany',
    actions: {
      'settings.updated': 'zmienił(a) ustawienia',
      'team.member_added': 'dodał(a) osobę do zespołu',
      'team.role_changed': 'zmienił(a) rolę',
      'team.member_removed': 'usunął/usunęła osobę z zespołu',
      'team.password_changed': 'zmienił(a) swoje hasło',
      'macro.added': 'dodał(a) gotową odpowiedź',
      'macro.revised': 'zmienił(a) gotową odpowiedź',
      'macro.deleted': 'usunął/usunęła gotową odpowiedź',
      'api_key.created': 'utworzył(a) klucz API',
      'api_key.revoked': 'unieważnił(a) klucz API',
    },
  },
};
