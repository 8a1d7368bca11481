/**
 * Loads the palette's pictures, for a system that cannot draw emoji in colour. From the sources (tests, the inbox)
 * this is a plain import; the widget's build replaces this module with one that loads their module,
 * `parley-chat-emoji-<hash>.js`, next to `parley-chat.js` (see build.mjs).
 */
export const loadEmojiImages = (): Promise<{ EMOJI_IMAGES: Record<string, string> }> => import('./emoji-images.js');
