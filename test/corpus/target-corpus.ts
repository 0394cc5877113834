/**
 * The target corpus (test/corpus/targets/*.json) and how an entry is judged: read, refused
 * (or flagged with warnings), or misread. Shared by the corpus test and `npm run corpus`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { type ParsedTarget, parseTarget, parseTargets } from '../../src/targets/index.js';

export interface ExpectedReading {
  readonly target: Record<string, unknown>;
  readonly perYear?: boolean;
  readonly byYear?: number | null;
  readonly comparedTo?: string;
  readonly baseline?: string;
}

export interface CorpusEntry {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  readonly locality: string;
  readonly level: string;
  readonly year: number;
  readonly topic: string;
  readonly options?: { readonly measure?: 'count' | 'amount' | 'rate' };
  readonly expected: ExpectedReading | readonly ExpectedReading[] | 'refuse';
  readonly why?: string;
}

export type Verdict =
  | { readonly outcome: 'read' }
  | { readonly outcome: 'refused'; readonly reason: string }
  | { readonly outcome: 'misread'; readonly reason: string };

const folder = join(dirname(fileURLToPath(import.meta.url)), 'targets');

/** Every entry of every corpus file, with the file it came from. */
export function loadCorpus(): readonly (CorpusEntry & { readonly file: string })[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(folder, file), 'utf8')) as CorpusEntry[]).map((e) => ({
        ...e,
        file,
      })),
    );
}

const NUMERIC = new Set(['value', 'min', 'max']);

/** Targets equal as data, numbers compared as exact decimals. */
function sameTarget(actual: unknown, expected: unknown, key = ''): boolean {
  if (NUMERIC.has(key)) {
    return actual !== undefined && new Decimal(String(actual)).eq(String(expected));
  }
  if (typeof expected !== 'object' || expected === null) return actual === expected;
  if (typeof actual !== 'object' || actual === null) return false;
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  for (const k of keys) if (!sameTarget(a[k], e[k], k)) return false;
  return true;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Why `parsed` is not `expected`, or null when it is. */
function difference(parsed: ParsedTarget, expected: ExpectedReading): string | null {
  const target = JSON.parse(JSON.stringify(parsed.target));
  if (!sameTarget(target, expected.target)) {
    return `target ${JSON.stringify(target)}, expected ${JSON.stringify(expected.target)}`;
  }
  if ((expected.perYear ?? false) !== parsed.perYear) {
    return `perYear ${parsed.perYear}, expected ${expected.perYear ?? false}`;
  }
  if (expected.byYear !== undefined && expected.byYear !== parsed.byYear) {
    return `byYear ${parsed.byYear}, expected ${expected.byYear}`;
  }
  if (expected.baseline !== undefined) {
    const baseline = parsed.baseline;
    if (baseline === null || !baseline.eq(expected.baseline)) {
      return `baseline ${baseline}, expected ${expected.baseline}`;
    }
  }
  if (expected.comparedTo !== undefined) {
    const compared = parsed.comparedTo === null ? '' : squash(parsed.comparedTo);
    if (!compared.includes(squash(expected.comparedTo))) {
      return `comparedTo ${JSON.stringify(parsed.comparedTo)}, expected ${expected.comparedTo}`;
    }
  }
  return null;
}

/** Read one entry and judge the reading. */
export function judge(entry: CorpusEntry): Verdict {
  let readings: readonly ParsedTarget[];
  try {
    readings = Array.isArray(entry.expected)
      ? parseTargets(entry.text, entry.options ?? {})
      : [parseTarget(entry.text, entry.options ?? {})];
  } catch (error) {
    if (!isChitieuError(error)) throw error;
    return { outcome: 'refused', reason: `${error.code}: ${error.message}` };
  }
  const warnings = readings.flatMap((r) => r.warnings);
  if (warnings.length > 0)
    return { outcome: 'refused', reason: `warnings: ${warnings.join('; ')}` };
  if (entry.expected === 'refuse') {
    return { outcome: 'misread', reason: `read confidently; expected a refusal (${entry.why})` };
  }
  const expected: readonly ExpectedReading[] = Array.isArray(entry.expected)
    ? entry.expected
    : [entry.expected as ExpectedReading];
  if (expected.length !== readings.length) {
    return {
      outcome: 'misread',
      reason: `${readings.length} targets read, expected ${expected.length}`,
    };
  }
  for (let i = 0; i < expected.length; i++) {
    const diff = difference(readings[i] as ParsedTarget, expected[i] as ExpectedReading);
    if (diff !== null)
      return { outcome: 'misread', reason: expected.length > 1 ? `#${i}: ${diff}` : diff };
  }
  return { outcome: 'read' };
}
