import { define } from '../../define.js';
import { ParleyGreeting } from './greeting.component.js';

export { ParleyGreeting };
define('parley-greeting', ParleyGreeting);

declare global {
  interface HTMLElementTagNameMap {
    'parley-greeting': ParleyGreeting;
  }
}
