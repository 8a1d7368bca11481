import type { Lang } from '../../i18n.js';

/** The words of the AI agent's screen, besides those all screens share. */
export interface AssistantStrings {
  enabled: string;
  enabledHint: string;
  mode: string;
  modes: { retrieval: string; language_model: string };
  /** What each way of answering does, under the choice. */
  modeHints: { retrieval: string; language_model: string };
  /** Why the language model cannot be chosen: the server has none configured. */
  noLanguageModel: string;
  handoffTarget: string;
  targets: { inbox: string; message: string; zendesk: string; gorgias: string };
  /** Under a helpdesk's target while that helpdesk is not connected, before the link to the handoff screen. */
  notConnected: { zendesk: string; gorgias: string };
  connectOnHandoff: string;
  handoffMessage: string;
  handoffMessageHint: string;
  greeting: string;
  greetingHint: string;
  turnLimit: string;
  turnLimitHint: string;
  advanced: string;
  advancedHint: string;
  minCoverage: string;
  minCoverageHint: string;
  minLead: string;
  minLeadHint: string;
  /** In an empty threshold: the built-in value is used. */
  builtIn: string;
  /** The server's refusals, by code, in the admin's language. */
  problems: Record<string, string>;
}

export const assistantI18n: Record<Lang, AssistantStrings> = {
  en: {
    enabled: 'AI agent answers first',
    enabledHint:
      'Visitors who write get answers from your published FAQs and knowledge at once. It hands the conversation to a person when it cannot answer, or whenever the visitor asks (“Talk to a person” is always in view).',
    mode: 'How it answers',
    modes: { retrieval: 'Built-in search', language_model: 'Language model' },
    modeHints: {
      retrieval:
        'Answers from your published FAQs and knowledge with Parley’s own search: no API key, and nothing leaves your server.',
      language_model:
        'Parley’s search finds the passages of your published FAQs and knowledge, and the language model (model: {model}) words the answer from them alone. It is sent those passages and this chat’s last messages, nothing else. An answer that cites nothing, cites other passages, links elsewhere or is too long is never shown: the search’s answer or a person takes over.',
    },
    noLanguageModel:
      'The language model is not available: no model is configured on this server. Your administrator sets PARLEY_AI_BASE_URL and PARLEY_AI_MODEL (see docs/assistant.md).',
    handoffTarget: 'When it hands over',
    targets: {
      inbox: 'To your team, as a ticket in the inbox (with the conversation so far and why)',
      message: 'Show the visitor a message of yours, then end the chat',
      zendesk: 'To Zendesk, as a ticket there (visitors who have not given their email are asked for it)',
      gorgias: 'To Gorgias, as a ticket there (visitors who have not given their email are asked for it)',
    },
    notConnected: {
      zendesk: 'Zendesk is not connected.',
      gorgias: 'Gorgias is not connected.',
    },
    connectOnHandoff: 'Connect it on the Handoff screen',
    handoffMessage: 'Message at handover',
    handoffMessageHint:
      'What the visitor reads before the chat ends, such as “Write to help@shop.example and we’ll answer within a day.” Required when it hands over with a message. Up to 500 characters.',
    greeting: 'Greeting',
    greetingHint:
      'What the AI agent says first. Leave it empty for the built-in greeting, in the visitor’s language, which says that it is an AI agent and that a person can take over. Up to 500 characters.',
    turnLimit: 'Questions it answers per conversation',
    turnLimitHint: 'After this many it hands over. 1 to 50.',
    advanced: 'Advanced: when it is sure enough to answer',
    advancedHint: 'Leave these empty for the built-in values, which were chosen from Parley’s measurements.',
    minCoverage: 'Minimum coverage',
    minCoverageHint:
      'The share of a question’s words the best passage must contain to be answered, from 0.1 to 1. Higher answers less often, and more surely.',
    minLead: 'Minimum lead',
    minLeadHint:
      'How many times better the best passage must score than the next one to be answered without “Did you mean…” choices, from 1 to 5.',
    builtIn: 'Built-in',
    problems: {
      invalid_assistant_mode: 'Choose how the AI agent answers.',
      language_model_not_configured:
        'No language model is configured on this server, so the AI agent answers with the built-in search.',
      invalid_handoff_target: 'Choose where the AI agent hands conversations over.',
      helpdesk_not_connected:
        'That helpdesk is not connected: connect it on the Handoff screen first, or choose another target.',
      handoff_message_required: 'Write the message the visitor reads at handover, or hand over to your team.',
      invalid_handoff_message: 'The message at handover is at most 500 characters long.',
      invalid_greeting: 'The greeting is at most 500 characters long.',
      invalid_turn_limit: 'The AI agent answers 1 to 50 questions per conversation.',
      invalid_min_coverage: 'The minimum coverage lies between 0.1 and 1, or leave it empty.',
      invalid_min_lead: 'The minimum lead lies between 1 and 5, or leave it empty.',
    },
  },
  pl: {
    enabled: 'Asystent AI odpowiada jako pierwszy',
    enabledHint:
      'Klienci, którzy piszą, od razu dostają odpowiedzi z opublikowanych częstych pytań i bazy wiedzy. Asystent przekazuje rozmowę człowiekowi, gdy nie zna odpowiedzi albo gdy klient o to poprosi (przycisk „Porozmawiaj z człowiekiem” jest zawsze widoczny).',
    mode: 'Sposób odpowiadania',
    modes: { retrieval: 'Wbudowana wyszukiwarka', language_model: 'Model językowy' },
    modeHints: {
      retrieval:
        'Odpowiada z opublikowanych częstych pytań i bazy wiedzy własną wyszukiwarką Parley: bez klucza API, nic nie opuszcza Twojego serwera.',
      language_model:
        'Wyszukiwarka Parley znajduje fragmenty opublikowanych częstych pytań i bazy wiedzy, a model językowy (model: {model}) układa z nich, i tylko z nich, odpowiedź. Dostaje te fragmenty i ostatnie wiadomości tego czatu, nic więcej. Odpowiedź bez źródła, z cudzym źródłem, z linkiem spoza źródeł albo zbyt długa nigdy nie jest pokazywana: zamiast niej odpowiada wyszukiwarka albo rozmowę przejmuje człowiek.',
    },
    noLanguageModel:
      'Model językowy jest niedostępny: na tym serwerze nie skonfigurowano modelu. Administrator ustawia PARLEY_AI_BASE_URL i PARLEY_AI_MODEL (zob. docs/assistant.md).',
    handoffTarget: 'Przekazanie rozmowy',
    targets: {
      inbox: 'Do zespołu: rozmowa trafia do skrzynki (z dotychczasowymi wiadomościami i powodem)',
      message: 'Pokaż klientowi wiadomość i zakończ czat',
      zendesk: 'Do Zendeska: tam powstaje zgłoszenie (klient, który nie podał e-maila, jest o niego proszony)',
      gorgias: 'Do Gorgiasa: tam powstaje zgłoszenie (klient, który nie podał e-maila, jest o niego proszony)',
    },
    notConnected: {
      zendesk: 'Zendesk nie jest połączony.',
      gorgias: 'Gorgias nie jest połączony.',
    },
    connectOnHandoff: 'Połącz go na ekranie Przekazywanie rozmów',
    handoffMessage: 'Wiadomość przy przekazaniu',
    handoffMessageHint:
      'Co klient przeczyta przed zakończeniem czatu, np. „Napisz na pomoc@sklep.example, odpowiemy w ciągu doby.” Wymagana, gdy rozmowa kończy się wiadomością. Do 500 znaków.',
    greeting: 'Powitanie',
    greetingHint:
      'Pierwsze słowa asystenta. Zostaw puste, aby użyć wbudowanego powitania w języku klienta, które mówi, że to asystent AI i że w każdej chwili rozmowę może przejąć człowiek. Do 500 znaków.',
    turnLimit: 'Liczba pytań w jednej rozmowie',
    turnLimitHint: 'Po tylu odpowiedziach asystent przekazuje rozmowę. Od 1 do 50.',
    advanced: 'Zaawansowane: kiedy asystent jest wystarczająco pewny, by odpowiedzieć',
    advancedHint: 'Zostaw puste, aby użyć wartości wbudowanych, dobranych na podstawie pomiarów Parley.',
    minCoverage: 'Minimalne pokrycie',
    minCoverageHint:
      'Jaka część słów pytania musi się znaleźć w najlepszym fragmencie, by na nie odpowiedzieć: od 0,1 do 1. Wyższa wartość to rzadsze, ale pewniejsze odpowiedzi.',
    minLead: 'Minimalna przewaga',
    minLeadHint:
      'Ile razy wyżej niż następny musi być oceniony najlepszy fragment, by asystent odpowiedział bez propozycji „Czy chodziło Ci o…”: od 1 do 5.',
    builtIn: 'Wbudowana',
    problems: {
      invalid_assistant_mode: 'Wybierz sposób odpowiadania asystenta.',
      language_model_not_configured:
        'Na tym serwerze nie skonfigurowano modelu językowego, więc asystent odpowiada wbudowaną wyszukiwarką.',
      invalid_handoff_target: 'Wybierz, dokąd asystent przekazuje rozmowy.',
      helpdesk_not_connected:
        'Ten helpdesk nie jest połączony: najpierw połącz go na ekranie Przekazywanie rozmów albo wybierz inne miejsce przekazania.',
      handoff_message_required:
        'Napisz wiadomość, którą klient przeczyta przy przekazaniu, albo przekazuj rozmowy zespołowi.',
      invalid_handoff_message: 'Wiadomość przy przekazaniu może mieć najwyżej 500 znaków.',
      invalid_greeting: 'Powitanie może mieć najwyżej 500 znaków.',
      invalid_turn_limit: 'Asystent odpowiada na 1 do 50 pytań w jednej rozmowie.',
      invalid_min_coverage: 'Minimalne pokrycie musi wynosić od 0,1 do 1 albo zostać puste.',
      invalid_min_lead: 'Minimalna przewaga musi wynosić od 1 do 5 albo zostać pusta.',
    },
  },
};
