import type { ReactiveControllerHost } from 'lit';
import type { Faq } from './widget-config.js';

/**
 * The store's FAQs before the conversation goes live: they come first while they are published and the visitor has
 * neither asked for help nor written; the visitor reads one answer at a time, and "I still need help" gives way
 * to the conversation: with a person, or with the store's AI agent while it is on (which hands it to a person when
 * the visitor asks, with "Talk to a person").
 */
export class FaqBrowsing {
  /** The FAQ whose answer is shown. */
  faq?: Faq;
  /** The visitor asked for a person: the FAQs give way to the conversation, which goes live. */
  helping = false;
  /** The visitor asked for help while the AI agent is on: the FAQs give way to the conversation it answers. */
  asking = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chat: {
      /** The published FAQs, once the configuration is in. */
      faqs: () => readonly Faq[] | undefined;
      /** The conversation has a message (sent or waiting) or has ended: the FAQs are over. */
      engaged: () => boolean;
      /** The conversation goes live: the server posts the welcome message. */
      goLive: () => void;
      /** The store's AI agent is on: it answers first. */
      assistant: () => boolean;
      /** Moves focus to the first element of the panel that matches. */
      focus: (selector: string) => void;
    },
  ) {}

  /** The FAQs are on screen instead of the conversation. */
  get browsing(): boolean {
    return !!this.chat.faqs()?.length && !this.helping && !this.asking && !this.chat.engaged();
  }

  /** Shows a FAQ's answer (and focuses it), or the questions again (focusing the first). */
  async pick(faq?: Faq): Promise<void> {
    this.faq = faq;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.chat.focus(faq ? '.answer' : '.faqs button');
  }

  /**
   * "I still need help": the conversation goes live (or, while the AI agent is on, shows for the visitor to ask it),
   * and the composer takes the focus. `person` asks for a person whether the AI agent is on or not ("Talk to a
   * person").
   */
  async needHelp(person = !this.chat.assistant()): Promise<void> {
    this.asking = true;
    this.helping ||= person;
    this.faq = undefined;
    this.chat.goLive();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.chat.focus('parley-visitor-composer');
  }

  /** The FAQs come first again (a new conversation). */
  reset(): void {
    this.helping = this.asking = false;
    this.faq = undefined;
  }
}
