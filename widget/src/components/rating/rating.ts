import { define } from '../../define.js';
import { ParleyRating } from './rating.component.js';

export { ParleyRating };
define('parley-rating', ParleyRating);

declare global {
  interface HTMLElementTagNameMap {
    'parley-rating': ParleyRating;
  }
}
