/**
 * Parley's embeddable chat widget: `<script type="module" src="https://HOST/widget/parley-chat.js"></script>`
 * and `<parley-chat></parley-chat>` anywhere in the page.
 */
import { ParleyChat } from './components/chat/chat.component.js';
import { define } from './define.js';

export { ParleyChat };
define('parley-chat', ParleyChat);

declare global {
  interface HTMLElementTagNameMap {
    'parley-chat': ParleyChat;
  }
}
