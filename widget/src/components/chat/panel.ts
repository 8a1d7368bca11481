// The chat panel's own elements: the message list, the visitor's composer (with its images), the greeting and the
// AI agent's "Talk to a person". The build makes this a module of its own
// (/widget/parley-chat-panel-<hash>.js), loaded when the visitor first opens the chat, so that a page that only shows
// the launcher loads less.
import '../composer/composer.js';
import '../message-list/message-list.js';
import '../email-prompt/email-prompt.js';
import '../greeting/greeting.js';
import '../handoff/handoff.js';
import '../rating/rating.js';
import '../transcript/transcript.js';
import '../visitor-composer/visitor-composer.js';
