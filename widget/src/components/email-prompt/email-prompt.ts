import { define } from '../../define.js';
import { ParleyEmailPrompt } from './email-prompt.component.js';

export { ParleyEmailPrompt };
define('parley-email-prompt', ParleyEmailPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'parley-email-prompt': ParleyEmailPrompt;
  }
}
