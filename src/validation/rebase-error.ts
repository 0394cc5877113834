import { ChitieuError, type ErrorPath, errorHeadings, formatPath } from '../errors.js';

/**
 * @internal An error thrown by a helper, moved to where the caller's argument holds the
 * value: the first `drop` keys of its path are replaced by `prefix`, in `path` and in the
 * message ("… at card.total: …" → "… at result.plan.published.total: …"). For errors of a
 * single field: `details` (and any `details.issues`) are kept as they are. Anything that is
 * not a ChitieuError comes back as it is.
 */
export function rebaseError(error: unknown, drop: number, prefix: ErrorPath): unknown {
  if (!(error instanceof ChitieuError)) return error;
  const path = [...prefix, ...error.path.slice(drop)];
  const heading = `[chitieu] ${errorHeadings[error.code]}`;
  const old = error.path.length > 0 ? `${heading} at ${formatPath(error.path)}:` : `${heading}:`;
  const where = path.length > 0 ? ` at ${formatPath(path)}` : '';
  const message = error.message.startsWith(old)
    ? `${heading}${where}:${error.message.slice(old.length)}`
    : error.message;
  return new ChitieuError(error.code, message, path, error.details);
}
