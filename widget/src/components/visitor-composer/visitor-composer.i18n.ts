import type { Lang } from '../../i18n.js';

/** The words of the visitor's composer for images (the rest come with the chat's strings). */
export interface ImageStrings {
  attach: string;
  preview: string;
  removeImage: string;
  uploading: string;
  uploaded: string;
  /** `upload_too_large` once the server has said its limit. */
  tooLarge: (bytes: number) => string;
  /** `not_an_image` once the server has said the types it takes. */
  notAnImage: (types: string) => string;
}

/**
 * Why an image could not be sent, by the upload's problem code (or the widget's own: `upload_failed`, the server could
 * not be reached; `image_lost`, the page that held the file went before its upload finished), and `rate_limited`,
 * for any message. The chat's message list shows them too, under a message that failed.
 */
export const imageErrors: Record<Lang, Record<string, string>> = {
  en: {
    upload_failed: 'The image could not be uploaded. Check your connection.',
    upload_too_large: 'The image is too large.',
    image_too_many_pixels: 'The image is too large.',
    not_an_image: 'Only PNG, JPEG, GIF and WebP images can be sent.',
    rate_limited: 'Too much sent in a short time. Try again in a while.',
    upload_quota_exceeded: 'You have sent too many images to send more.',
    image_not_found: 'The image could not be sent.',
    image_lost: 'The image was not sent before the page changed. Attach it again.',
  },
  pl: {
    upload_failed: 'Nie udało się przesłać obrazu. Sprawdź połączenie.',
    upload_too_large: 'Obraz jest za duży.',
    image_too_many_pixels: 'Obraz jest za duży.',
    not_an_image: 'Można wysyłać tylko obrazy PNG, JPEG, GIF i WebP.',
    rate_limited: 'Wysłano zbyt wiele w krótkim czasie. Spróbuj ponownie za chwilę.',
    upload_quota_exceeded: 'Wysłano już tyle obrazów, że nie można dodać kolejnych.',
    image_not_found: 'Nie udało się wysłać obrazu.',
    image_lost: 'Obraz nie został wysłany przed zmianą strony. Załącz go ponownie.',
  },
};

/** "5 MB", in the reader's language. */
const megabytes = (lang: Lang, bytes: number) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 2 ** 20);

export const imageStrings: Record<Lang, ImageStrings> = {
  en: {
    attach: 'Attach an image (or paste or drop one)',
    preview: 'The image to send',
    removeImage: 'Remove the image',
    uploading: 'Uploading the image…',
    uploaded: 'The image is ready to send.',
    tooLarge: (bytes) => `The image is too large (at most ${megabytes('en', bytes)}).`,
    notAnImage: (types) => `Only ${types} images can be sent.`,
  },
  pl: {
    attach: 'Załącz obraz (możesz go też wkleić lub przeciągnąć)',
    preview: 'Obraz do wysłania',
    removeImage: 'Usuń obraz',
    uploading: 'Przesyłanie obrazu…',
    uploaded: 'Obraz jest gotowy do wysłania.',
    tooLarge: (bytes) => `Obraz jest za duży (najwyżej ${megabytes('pl', bytes)}).`,
    notAnImage: (types) => `Można wysyłać tylko obrazy ${types}.`,
  },
};
