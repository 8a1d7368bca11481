/**
 * Parley's embeddable chat widget: `<script type="module" src="https://HOST/widget/parley-chat.js"></script>`
 * and `<parley-chat></parley-chat>` anywhere in the page.
 */
import { ParleyChat } from './components/chat/chat.component.js';
import { define } from './define.js';

export { ParleyChat };
// The panel's module (parley-chat-panel-<hash>.js) takes Lit from here, so that a page runs one Lit.
export { LitElement, css, html, nothing } from 'lit';
export { property, query, state } from 'lit/decorators.js';
define('parley-chat', ParleyChat);

declare global {
  interface HTMLElementTagNameMap {
    'parley-chat': ParleyChat;
  }
}
