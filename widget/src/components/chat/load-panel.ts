/**
 * Defines the chat panel's elements. From the sources (tests, the inbox) this is a plain import; the build replaces
 * this module with one that loads the panel's module, `parley-chat-panel-<hash>.js`, next to `parley-chat.js`
 * (see build.mjs).
 */
export const loadPanel = (): Promise<unknown> => import('./panel.js');
