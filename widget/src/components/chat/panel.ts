// The chat panel's own elements: the message list and the composer. The build makes this a module of its own
// (/widget/parley-chat-panel-<hash>.js), loaded when the visitor first opens the chat, so that a page that only shows
// the launcher loads less.
import '../composer/composer.js';
import '../message-list/message-list.js';
