/**
 * The palette: everyday faces and gestures, and the shop's own words (delivery, parcel, card, cart). The build draws
 * each as a picture too (generate-emoji-images.mjs), for systems that have no colour emoji font.
 */
export const EMOJI = [
  '😀',
  '😊',
  '😂',
  '😍',
  '😉',
  '🙂',
  '🤔',
  '😮',
  '😢',
  '😅',
  '🙏',
  '👍',
  '👎',
  '👋',
  '👌',
  '🎉',
  '❤️',
  '🔥',
  '✅',
  '❌',
  '🚚',
  '📦',
  '💳',
  '🛒',
];
