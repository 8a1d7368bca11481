/** Parley's agent inbox app: `<parley-inbox></parley-inbox>` on a page of the Parley server. */
import { define } from '../define.js';
import { ParleyAccountMenu } from './account-menu.component.js';
import { ParleyAiConversations } from './ai-conversations.component.js';
import { ParleyInbox } from './inbox.component.js';
import { ParleyKnowledge } from './knowledge.component.js';
import { ParleyProfile } from './profile.component.js';
import { ParleyMentions } from './mentions.component.js';
import { ParleyReply } from './reply.component.js';
import { ParleyReports } from './reports.component.js';
import { ParleySettings } from './settings/settings.component.js';
import { ParleySignIn } from './sign-in.component.js';
import { ParleyTicketList } from './ticket-list.component.js';
import { ParleyTicketThread } from './ticket-thread.component.js';

export { ParleyInbox };
define('parley-inbox', ParleyInbox);
define('parley-sign-in', ParleySignIn);
define('parley-ticket-list', ParleyTicketList);
define('parley-ticket-thread', ParleyTicketThread);
define('parley-reply', ParleyReply);
define('parley-mentions', ParleyMentions);
define('parley-profile', ParleyProfile);
define('parley-settings', ParleySettings);
define('parley-account-menu', ParleyAccountMenu);
define('parley-reports', ParleyReports);
define('parley-ai-conversations', ParleyAiConversations);
define('parley-knowledge', ParleyKnowledge);

declare global {
  interface HTMLElementTagNameMap {
    'parley-inbox': ParleyInbox;
    'parley-sign-in': ParleySignIn;
    'parley-ticket-list': ParleyTicketList;
    'parley-ticket-thread': ParleyTicketThread;
    'parley-reply': ParleyReply;
    'parley-mentions': ParleyMentions;
    'parley-profile': ParleyProfile;
    'parley-settings': ParleySettings;
    'parley-reports': ParleyReports;
    'parley-account-menu': ParleyAccountMenu;
    'parley-ai-conversations': ParleyAiConversations;
    'parley-knowledge': ParleyKnowledge;
  }
}
