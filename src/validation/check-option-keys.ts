import { ChitieuError, type ErrorPath, errorHeadings, formatPath } from '../errors.js';

const OPTIONS_PATH: ErrorPath = ['options'];

/**
 * @internal The edit distance of two short strings (insertions, deletions, substitutions and
 * swaps of neighbours cost 1), compared without case: 'decimal' → 'decimals' is 1,
 * 'strictnes' → 'strictness' is 1, 'Decimals' → 'decimals' is 0.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let twoBack: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, (twoBack[j - 2] as number) + 1);
      }
      current.push(d);
    }
    twoBack = previous;
    previous = current;
  }
  return previous[t.length] as number;
}

/**
 * @internal The known option nearest to `key` by {@link editDistance}, when it is near
 * enough to be a slip (at most 2 edits, and fewer than half the key's length); else null.
 */
export function nearestOption(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= 2 && bestDistance * 2 < Math.max(key.length, 2) ? best : null;
}

/**
 * @internal Refuse an options object with a key its function does not know (a misspelled
 * option would otherwise be ignored): `invalid-argument` at `[...path, key]`, naming the
 * known options and the nearest one ("did you mean 'decimals'?"). Anything that is not an
 * object is left to the function's own check. Cheap: one `for…in` over the given keys, and
 * the edit distances only when a key is unknown.
 */
export function checkOptionKeys(
  options: unknown,
  known: readonly string[],
  path: ErrorPath = OPTIONS_PATH,
): void {
  if (typeof options !== 'object' || options === null) return;
  for (const key in options) {
    if (!known.includes(key)) throw unknownOption(key, known, path);
  }
}

function unknownOption(key: string, known: readonly string[], path: ErrorPath): ChitieuError {
  const nearest = nearestOption(key, known);
  const list = known.map((k) => `'${k}'`).join(', ');
  const where: ErrorPath = [...path, key];
  const expected = `one of the options ${list}`;
  return new ChitieuError(
    'invalid-argument',
    `[chitieu] ${errorHeadings['invalid-argument']} at ${formatPath(where)}: unknown option '${key}'${
      nearest === null ? '' : ` (did you mean '${nearest}'?)`
    }; expected ${expected}`,
    where,
    { expected, received: `'${key}'`, suggestion: nearest },
  );
}
