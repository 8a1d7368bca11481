import { define } from '../../define.js';
import { ParleyMessageList } from './message-list.component.js';

export { ParleyMessageList };
define('parley-message-list', ParleyMessageList);

declare global {
  interface HTMLElementTagNameMap {
    'parley-message-list': ParleyMessageList;
  }
}
