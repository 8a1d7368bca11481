import { define } from '../../define.js';
import { ParleyVisitorComposer } from './visitor-composer.component.js';

export { ParleyVisitorComposer };
define('parley-visitor-composer', ParleyVisitorComposer);

declare global {
  interface HTMLElementTagNameMap {
    'parley-visitor-composer': ParleyVisitorComposer;
  }
}
