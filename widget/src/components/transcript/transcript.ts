import { define } from '../../define.js';
import { ParleyTranscript } from './transcript.component.js';

export { ParleyTranscript };
define('parley-transcript', ParleyTranscript);

declare global {
  interface HTMLElementTagNameMap {
    'parley-transcript': ParleyTranscript;
  }
}
