import { subjectMeasure } from './subject-words.js';
import { unreadable } from './target-errors.js';
import {
  AT_LEVEL,
  averageWords,
  isPerYearSlashBefore,
  type Marker,
  markers,
  perYearAt,
  perYearPhrases,
  phraseBefore,
  type Qualifier,
  qualifiers,
  wordsAt,
} from './target-phrases.js';
import type { TargetToken } from './tokenize-target.js';

/**
 * What stands before the figure: qualifier and marker, and where the subject ends.
 *
 * @internal
 */
export interface Head {
  readonly qualifier: Qualifier | null;
  /** A second qualifier before the first ("khoảng trên", "ít nhất hơn"), or `null`. */
  readonly stacked: Qualifier | null;
  readonly marker: Marker | null;
  /** "gấp" was written: the figure is a multiple of the baseline ("gấp 1,5 lần"). */
  readonly multiple: boolean;
  /** The subject is tokens [0, subjectEnd). */
  readonly subjectEnd: number;
  readonly perYear: boolean;
  /** "bình quân" / "trung bình" stood between the marker and the figure. */
  readonly average: boolean;
}

/** Words after "tăng"/"giảm" that make a compound, not a change: "tăng trưởng", "tăng cường". */
const COMPOUNDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['trưởng', 'cường']);

/** Words right before a figure that make it a rank or a class ("loại 4", "top 20"). */
const RANK_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'loại',
  'hạng',
  'top',
  'tốp',
  'nhóm',
  'thứ',
]);

/**
 * A change verb in front of the subject, with a bare figure: "giảm tỷ lệ hộ nghèo 1–1,5%",
 * "Phấn đấu tăng thu ngân sách 10%", "Bình quân hàng năm giảm tỷ lệ hộ nghèo 2%". Not "tăng trưởng …" (growth) or "tăng cường …".
 */
function frontedChange(tokens: readonly TargetToken[]): Marker | null {
  let k = wordsAt(tokens, 0, ['phấn', 'đấu']) ? 2 : 0;
  // "Bình quân hàng năm giảm tỷ lệ hộ nghèo 2%": per-year words may open the clause.
  for (let skipped = -1; skipped !== k; ) {
    skipped = k;
    k += perYearAt(tokens, k);
    if (averageWords.some((w) => wordsAt(tokens, k, w))) k += 2;
  }
  const verb = tokens[k];
  const next = tokens[k + 1];
  // A "tăng"/"giảm" that ends the subject was read as a marker already, so the verb found
  // here always has subject words after it.
  if (verb?.kind !== 'word') return null;
  if (next?.kind === 'word' && COMPOUNDS.has(next.text)) return null;
  if (verb.text === 'tăng') return { kind: 'change', direction: 'increase' };
  if (verb.text === 'giảm') return { kind: 'change', direction: 'decrease' };
  return null;
}

/** Where reading backwards stands, and what the skipped words said. */
interface Cursor {
  h: number;
  perYear: boolean;
  average: boolean;
}

/**
 * Skip, backwards from `cursor.h`, per-year phrases ("hằng năm", "/năm" but not
 * "người/năm"), "bình quân" and a ":" before the figure, noting what they said.
 */
function skipAdverbs(tokens: readonly TargetToken[], cursor: Cursor): void {
  for (;;) {
    const found = phraseBefore(tokens, cursor.h, perYearPhrases);
    if (found !== null) {
      cursor.perYear = true;
      cursor.h -= found.length;
    } else if (isPerYearSlashBefore(tokens, cursor.h) && tokens[cursor.h - 3]?.text !== 'người') {
      cursor.perYear = true;
      cursor.h -= 2;
    } else if (averageWords.some((w) => wordsAt(tokens, cursor.h - 2, w))) {
      cursor.average = true;
      cursor.h -= 2;
    } else if (tokens[cursor.h - 1]?.text === ':' && cursor.h > 1) {
      cursor.h -= 1;
    } else {
      return;
    }
  }
}

/**
 * Read backwards from the figure: [per-year] [qualifier] [qualifier] [gấp] [đạt] [per-year]
 * marker. A bounded number of steps, each matching phrases of at most four words.
 *
 * @internal
 */
export function readHead(source: string, tokens: readonly TargetToken[], anchor: number): Head {
  const rank = tokens[anchor - 1];
  if (rank?.kind === 'word' && RANK_WORDS.has(rank.text)) {
    throw unreadable(source, `a figure of the indicator; "${rank.text} …" is a rank or a class`);
  }
  const cursor: Cursor = { h: anchor, perYear: false, average: false };
  skipAdverbs(tokens, cursor);
  let qualifier: Qualifier | null = null;
  let stacked: Qualifier | null = null;
  const q = phraseBefore(tokens, cursor.h, qualifiers);
  if (q !== null) {
    qualifier = q.meaning;
    cursor.h -= q.length;
    // "đạt trên 90%": the verb "đạt" before another qualifier is not part of the subject;
    // any other qualifier there ("khoảng trên", "ít nhất hơn") is a second bound.
    const before = qualifier.kind === 'exact' ? null : phraseBefore(tokens, cursor.h, qualifiers);
    if (before !== null && tokens[cursor.h - 1]?.kind === 'word') {
      if (before.meaning.kind !== 'exact') stacked = before.meaning;
      cursor.h -= before.length;
    }
  }
  const multiple = tokens[cursor.h - 1]?.kind === 'word' && tokens[cursor.h - 1]?.text === 'gấp';
  if (multiple) cursor.h -= 1;
  skipAdverbs(tokens, cursor);
  let marker: Marker | null = null;
  const m = phraseBefore(tokens, cursor.h, markers);
  // "tốc độ tăng 13%", "tốc độ tăng trưởng … tăng 7%" name a growth rate, not a change.
  const growthRate =
    m !== null &&
    m.meaning.kind === 'change' &&
    (wordsAt(tokens, cursor.h - m.length - 2, ['tốc', 'độ']) ||
      (m.meaning.direction === 'increase' &&
        subjectMeasure(tokens, 0, cursor.h - m.length) === 'growth'));
  if (m !== null && !growthRate) {
    marker = m.meaning;
    cursor.h -= m.length;
  } else if ((qualifier === null || qualifier === AT_LEVEL) && !multiple) {
    marker = frontedChange(tokens);
  }
  const before = tokens[cursor.h - 1];
  if (before?.kind === 'word' && (before.text === 'không' || before.text === 'chưa')) {
    throw unreadable(
      source,
      `a qualifier it knows; "${before.text} …" before the figure is not one`,
    );
  }
  return {
    qualifier,
    stacked,
    marker,
    multiple,
    subjectEnd: cursor.h,
    perYear: cursor.perYear,
    average: cursor.average,
  };
}
