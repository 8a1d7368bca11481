import { define } from '../../define.js';
import { ParleyHandoff } from './handoff.component.js';

export { ParleyHandoff };
define('parley-handoff', ParleyHandoff);

declare global {
  interface HTMLElementTagNameMap {
    'parley-handoff': ParleyHandoff;
  }
}
