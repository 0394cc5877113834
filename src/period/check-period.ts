import { chitieuError, type ErrorPath } from '../errors.js';
import { periodKinds } from './period-kinds.js';
import { MAX_YEAR, MIN_YEAR } from './period-limits.js';
import type { Period } from './period-schema.js';

/** @internal What is wrong with a would-be period, field by field. */
export interface PeriodProblem {
  readonly path: ErrorPath;
  readonly expected: string;
  readonly received: unknown;
}

const YEAR_EXPECTED = `a whole year from ${MIN_YEAR} to ${MAX_YEAR}`;

function isYear(x: unknown): x is number {
  return Number.isInteger(x) && (x as number) >= MIN_YEAR && (x as number) <= MAX_YEAR;
}

function yearProblem(record: Record<string, unknown>, field: string): PeriodProblem | undefined {
  const value = record[field];
  return isYear(value) ? undefined : { path: [field], expected: YEAR_EXPECTED, received: value };
}

/**
 * @internal The first problem that stops `value` from being a {@link Period}, or undefined.
 * Agrees with `periodSchema` (a property test holds them together) without zod, so hot
 * functions can check their argument cheaply.
 */
export function periodProblem(value: unknown): PeriodProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      path: [],
      expected: 'a period (kỳ) object such as { kind: "year", year: 2021 }',
      received: value,
    };
  }
  const record = value as Record<string, unknown>;
  const kind = record.kind;
  switch (kind) {
    case 'year':
    case 'nine-months':
      return yearProblem(record, 'year');
    case 'half':
      return (
        yearProblem(record, 'year') ??
        (record.half === 1 || record.half === 2
          ? undefined
          : {
              path: ['half'],
              expected: 'a half of 1 or 2 (6 tháng đầu năm / 6 tháng cuối năm)',
              received: record.half,
            })
      );
    case 'quarter':
      return (
        yearProblem(record, 'year') ??
        (record.quarter === 1 ||
        record.quarter === 2 ||
        record.quarter === 3 ||
        record.quarter === 4
          ? undefined
          : {
              path: ['quarter'],
              expected: 'a quarter (quý) from 1 to 4',
              received: record.quarter,
            })
      );
    case 'month': {
      const month = record.month;
      return (
        yearProblem(record, 'year') ??
        (Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12
          ? undefined
          : { path: ['month'], expected: 'a month (tháng) from 1 to 12', received: month })
      );
    }
    case 'stage':
    case 'term': {
      const problem = yearProblem(record, 'startYear') ?? yearProblem(record, 'endYear');
      if (problem !== undefined) return problem;
      return (record.endYear as number) > (record.startYear as number)
        ? undefined
        : {
            path: ['endYear'],
            expected: `an end year after the start year ${String(record.startYear)}`,
            received: record.endYear,
          };
    }
    default:
      return {
        path: ['kind'],
        expected: `one of ${periodKinds.map((k) => JSON.stringify(k)).join(', ')}`,
        received: kind,
      };
  }
}

/**
 * @internal Check a typed period argument (JavaScript callers may pass anything) and return
 * it; throw `invalid-period` at `basePath` + the bad field otherwise.
 */
export function checkPeriod(period: Period, basePath: ErrorPath = ['period']): Period {
  const problem = periodProblem(period);
  if (problem !== undefined) {
    throw chitieuError('invalid-period', problem.expected, {
      received: problem.received,
      path: [...basePath, ...problem.path],
    });
  }
  return period;
}

/**
 * @internal A fresh frozen copy of a checked period holding only its own fields, for results
 * that carry their input (so a later change to the caller's object cannot reach them).
 */
export function freezePeriod(period: Period): Period {
  switch (period.kind) {
    case 'year':
    case 'nine-months':
      return Object.freeze({ kind: period.kind, year: period.year });
    case 'half':
      return Object.freeze({ kind: period.kind, year: period.year, half: period.half });
    case 'quarter':
      return Object.freeze({ kind: period.kind, year: period.year, quarter: period.quarter });
    case 'month':
      return Object.freeze({ kind: period.kind, year: period.year, month: period.month });
    case 'stage':
    case 'term':
      return Object.freeze({
        kind: period.kind,
        startYear: period.startYear,
        endYear: period.endYear,
      });
  }
}
