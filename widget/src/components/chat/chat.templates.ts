import { html, nothing } from 'lit';
import type {
  ParleyMessageDiscardEvent,
  ParleyMessageRetryEvent,
  ParleyMessageSendEvent,
} from '../../events/parley-message-send.js';
import type { ThreadEntry } from '../../protocol/thread.js';
import type { Lang } from '../../i18n.js';
import type { Limits } from '../../protocol/limits.js';
import type { ImageSource } from '../message-list/message-list.component.js';
import type { UploadTarget } from '../visitor-composer/image-upload.js';
import type { ChatStrings } from './chat.i18n.js';
import type { Faq, WidgetConfig } from './widget-config.js';

/** The launcher's icons, as the design in the settings names them. */
const ICONS: Record<string, string> = {
  chat: 'M12 3c5 0 9 3.4 9 7.6s-4 7.6-9 7.6c-.9 0-1.8-.1-2.6-.3L5 20.5l.9-3.6C4.1 15.5 3 13.2 3 10.6 3 6.4 7 3 12 3Z',
  help: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm-1.2 14.2v2h2.4v-2Zm1.3-10.4c-2.1 0-3.6 1.2-3.8 3.2h2.3c.1-.8.7-1.2 1.4-1.2.8 0 1.4.5 1.4 1.2 0 .6-.3 1-1.1 1.5-1 .6-1.5 1.3-1.4 2.6v.4h2.2v-.3c0-.7.3-1 1.1-1.5 1-.6 1.6-1.4 1.6-2.6 0-2-1.6-3.3-3.7-3.3Z',
  message:
    'M3 5.5C3 4.1 4.1 3 5.5 3h13C19.9 3 21 4.1 21 5.5v9c0 1.4-1.1 2.5-2.5 2.5H9l-5 4v-4.3A2.5 2.5 0 0 1 3 14.5Zm4 2v2h10v-2Zm0 4v2h7v-2Z',
  smile:
    'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20ZM8.5 8.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM7.2 14a5.2 5.2 0 0 0 9.6 0Z',
};

/** The launcher's icon: the design's (the chat bubble for an unknown one), or a chevron while the panel is open. */
function launcherIcon(open: boolean, icon = 'chat') {
  return open
    ? html`<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`
    : html`<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" fill="currentColor"><path fill-rule="evenodd" d=${ICONS[icon] ?? ICONS.chat} /></svg>`;
}

const closeIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>`;

/** The store's FAQs before the conversation goes live: the questions, or one answer, and "I still need help". */
export function faqsTemplate(
  s: ChatStrings,
  faqs: Faq[],
  faq: Faq | undefined,
  greeting: string,
  ai: boolean,
  pick: (faq?: Faq) => void,
  needHelp: () => void,
) {
  return html`<div class="faqs" part="faqs">
    ${
      faq
        ? html`<h3 class="answer" tabindex="-1">${faq.question}</h3>
          <p>${faq.answer}</p>
          <button class="back" @click=${() => pick()}>${s.back}</button>`
        : html`${greetingTemplate(s, greeting, ai)}
          <h3>${s.faqTitle}</h3>
          <ul>
            ${faqs.map((f) => html`<li><button class="faq" @click=${() => pick(f)}>${f.question}</button></li>`)}
          </ul>`
    }
    <button class="primary help" @click=${needHelp}>${s.needHelp}</button>
  </div>`;
}

/** The store's privacy policy and terms, until the visitor's first message. */
export function linksTemplate(s: ChatStrings, config: WidgetConfig) {
  return html`<p class="links">
    ${config.privacyPolicyUrl ? html`<a href=${config.privacyPolicyUrl} target="_blank" rel="noopener noreferrer">${s.privacy}</a>` : nothing}
    ${config.termsUrl ? html`<a href=${config.termsUrl} target="_blank" rel="noopener noreferrer">${s.terms}</a>` : nothing}
  </p>`;
}

/** The round button that opens and closes the chat, with the design's icon or label and the unread count. */
export function launcherTemplate(
  s: ChatStrings,
  v: { open: boolean; label: string | false | undefined; icon?: string; unread: number; toggle: () => void },
) {
  const { open, label, unread } = v;
  return html`<button
    part="launcher"
    class="launcher ${open ? 'open' : ''} ${label ? 'labelled' : ''}"
    aria-label=${label ? nothing : s.openChat}
    aria-expanded=${open}
    aria-controls="panel"
    aria-describedby=${unread ? 'unread' : nothing}
    @click=${v.toggle}
  >
    ${launcherIcon(open, v.icon)}
    ${label ? html`<span>${label}</span>` : nothing}
    ${
      unread
        ? html`<span class="badge" part="badge" aria-hidden="true">${unread > 9 ? '9+' : unread}</span
          ><span id="unread" hidden>${s.unread(unread)}</span>`
        : nothing
    }
  </button>`;
}

/**
 * The panel's title bar with "End chat" (`ending` is whether its confirmation is open; undefined hides it) and the
 * close button, and the confirmation bar when it is open.
 */
export function headerTemplate(
  s: ChatStrings,
  v: {
    ending?: boolean;
    /** The team is not in (or the chat is off): no promise of a quick reply under the title. */
    away?: boolean;
    /** Nobody of the team is online now: no promise of minutes, a promise of a reply. */
    later?: boolean;
    /** The name the store speaks under, the title when it gave one, beside its initials. */
    storeName?: string;
    confirm: (on: boolean) => void;
    end: () => void;
    close: () => void;
  },
) {
  return html`<header part="header">
      ${v.storeName ? html`<span class="avatar" part="avatar" aria-hidden="true">${initials(v.storeName)}</span>` : nothing}
      <div class="heading">
        <h2 id="title">${v.storeName ?? s.title}</h2>
        ${v.away ? nothing : html`<p>${v.later ? s.subtitleLater : s.subtitle}</p>`}
      </div>
      <span>
        ${
          v.ending !== undefined
            ? html`<button class="end" aria-expanded=${v.ending} @click=${() => v.confirm(!v.ending)}>
              ${s.endChat}
            </button>`
            : nothing
        }
        <button class="close" aria-label=${s.closeChat} title=${s.closeChat} @click=${v.close}>
          ${closeIcon}
        </button>
      </span>
    </header>
    ${
      v.ending
        ? html`<div class="bar" role="alertdialog" aria-labelledby="confirm">
          <p id="confirm">${s.endConfirm}</p>
          <button class="primary" @click=${v.end}>${s.endChat}</button>
          <button @click=${() => v.confirm(false)}>${s.cancel}</button>
        </div>`
        : nothing
    }`;
}

/** Up to two initials of the store's name, for its avatar. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

/** The store's first words, as the store speaks: under its name (or "Support"), with the AI label when its AI agent's. */
function greetingTemplate(s: ChatStrings, greeting: string, ai?: boolean) {
  return html`<parley-greeting class="greeting" part="greeting" .strings=${s} text=${greeting} ?ai=${ai}></parley-greeting>`;
}

/** The panel's shape while its parts or the store's answers load: shown at once, replaced when they are here. */
export function skeletonTemplate(s: ChatStrings) {
  return html`<div class="skeleton" role="status" aria-busy="true"><span class="vh">${s.loading}</span><i></i><i></i><i></i></div>`;
}

/** Why the chat may be slow to answer: reconnecting, offline, or outside the store's hours (`away`). */
export function noticesTemplate(s: ChatStrings, reconnecting: boolean, offline: boolean, away?: string) {
  return html`${reconnecting ? html`<p class="notice" role="status">${s.reconnecting}</p>` : nothing}
    ${offline ? html`<p class="notice offline" role="status">${s.offline}</p>` : nothing}
    ${away ? html`<p class="notice away" role="status">${away}</p>` : nothing}`;
}

export interface ConversationView {
  locale: Lang;
  entries: ThreadEntry[];
  seenSeq: number;
  imageSource: ImageSource;
  /** Shown above the first message while there is none. */
  greeting?: string;
  /** The greeting is the store's AI agent's. */
  ai?: boolean;
  /** "Talk to a person", shown while the AI agent answers: asks for a person. */
  person?: false | (() => void);
  typist: string;
  closed?: boolean;
  /** The store has switched the chat off: the thread stays readable, without a composer, until it is back on. */
  unavailable?: boolean;
  /** What the server accepts, from its configuration; no check for what it names not. */
  limits?: Limits;
  /** Where the visitor's images are uploaded. */
  target: UploadTarget;
  /** The connection is ready: an image attached is uploaded at once. */
  ready: boolean;
  retry: (e: ParleyMessageRetryEvent) => void;
  discard: (e: ParleyMessageDiscardEvent) => void;
  startNew: () => void;
  /** The closed conversation may be rated (the visitor wrote in it): `<parley-rating>` asks. */
  ratable?: boolean;
  /** The ended conversation and the visitor's address, for "Email me this conversation". */
  transcript?: [conversation: string, email?: string];
  /** The rating the server holds, and why the last one was refused. */
  rating?: { score: 'good' | 'bad'; comment?: string };
  ratingError?: string;
  rate: (e: CustomEvent<{ score: 'good' | 'bad'; comment?: string }>) => void;
  input: () => void;
  send: (e: ParleyMessageSendEvent) => void;
  /** The visitor picked one of the AI agent's "Did you mean…" choices: its title is sent as their message. */
  choose: (e: ParleyMessageSendEvent) => void;
  /** Shown above the composer while the conversation is open: the offer to leave an email address. */
  contact?: unknown;
  /** Shown instead of the composer while the conversation waits for the address the store's helpdesk replies to. */
  helpdesk?: unknown;
}

/** The conversation: its messages, who of the team is typing, and the composer (or, once closed, "Start a new chat"). */
export function conversationTemplate(s: ChatStrings, v: ConversationView) {
  return html`<parley-message-list
      exportparts="log, message, bubble"
      self="visitor"
      locale=${v.locale}
      .entries=${v.entries}
      .strings=${s}
      .imageSource=${v.imageSource}
      .seenSeq=${v.seenSeq}
      @parley-message-retry=${v.retry}
      @parley-message-discard=${v.discard}
      @parley-message-send=${v.choose}
    >
      ${v.greeting ? greetingTemplate(s, v.greeting, v.ai) : nothing}
    </parley-message-list>
    <p class="typing" aria-live="polite">${v.typist ? s.typing(v.typist) : ''}</p>
    ${v.person && !v.closed && !v.unavailable ? html`<parley-handoff .strings=${s} @parley-handoff=${v.person}></parley-handoff>` : nothing}
    ${
      v.unavailable
        ? html`<p class="bar unavailable" part="composer" role="status">${s.unavailable}</p>`
        : v.closed
          ? html`<div class="bar ended" part="composer">
          <p>${s.ended}</p>
          ${v.ratable ? html`<parley-rating locale=${v.locale} .maxLength=${v.limits?.ratingCommentMaxLength} .rating=${v.rating} .error=${v.ratingError} @parley-rate=${v.rate}></parley-rating>` : nothing}
          ${v.transcript ? html`<parley-transcript locale=${v.locale} conversation=${v.transcript[0]} email=${v.transcript[1] ?? ''} .target=${v.target}></parley-transcript>` : nothing}
          <button class="primary" @click=${v.startNew}>${s.startNew}</button>
        </div>`
          : (v.helpdesk ??
            html`${v.contact ?? nothing}<parley-visitor-composer exportparts="composer" locale=${v.locale} .strings=${s} .maxLength=${v.limits?.messageMaxLength} .limits=${v.limits} .target=${v.target} ?ready=${v.ready} @input=${v.input} @parley-message-send=${v.send}></parley-visitor-composer>`)
    }`;
}
