/** Parley's agent inbox app: `<parley-inbox></parley-inbox>` on a page of the Parley server. */
import { define } from '../define.js';
import { ParleyInbox } from './inbox.component.js';
import { ParleyProfile } from './profile.component.js';
import { ParleySettings } from './settings/settings.component.js';

export { ParleyInbox };
define('parley-inbox', ParleyInbox);
define('parley-profile', ParleyProfile);
define('parley-settings', ParleySettings);

declare global {
  interface HTMLElementTagNameMap {
    'parley-inbox': ParleyInbox;
    'parley-profile': ParleyProfile;
    'parley-settings': ParleySettings;
  }
}
