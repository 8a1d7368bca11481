/**
 * What the server accepts, as the agent's session tells it (`limits` of `GET`/`POST /api/v1/agent/session`). Each
 * value is absent when the server does not say: then the inbox checks nothing itself and lets the server refuse.
 */
export interface Limits {
  /** The longest message text, in characters after trimming. */
  messageMaxLength?: number;
  /** The largest image upload, in bytes. */
  uploadMaxBytes?: number;
  /** The image types an upload may have. */
  uploadImageTypes?: string[];
  /** The longest comment on a satisfaction rating, in characters after trimming. */
  ratingCommentMaxLength?: number;
}

const positive = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;

/** Reads the session's `limits`, keeping only well-formed values. */
export function parseLimits(o: unknown): Limits | undefined {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
  const l = o as Record<string, unknown>;
  const types = Array.isArray(l.uploadImageTypes)
    ? l.uploadImageTypes.filter((t): t is string => typeof t === 'string')
    : undefined;
  return {
    messageMaxLength: positive(l.messageMaxLength),
    uploadMaxBytes: positive(l.uploadMaxBytes),
    uploadImageTypes: types,
    ratingCommentMaxLength: positive(l.ratingCommentMaxLength),
  };
}

/** Why a file cannot be attached under the limits (the upload's problem code), or undefined when it can. */
export function refusal(file: File, limits: Limits | undefined): 'not_an_image' | 'upload_too_large' | undefined {
  if (limits?.uploadImageTypes && !limits.uploadImageTypes.includes(file.type)) return 'not_an_image';
  if (limits?.uploadMaxBytes !== undefined && file.size > limits.uploadMaxBytes) return 'upload_too_large';
  return undefined;
}
