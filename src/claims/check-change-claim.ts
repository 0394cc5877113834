import { checkChange } from '../audit/check-change.js';
import { ChitieuError } from '../errors.js';
import type { Rounding } from '../numeric/rounding.js';
import { type Bounds, figureBounds, isExact, overlaps, printedBounds } from './bounds.js';
import type { Claim, ClaimFigure } from './claim.js';
import { role, vi } from './figures.js';
import type { FindingFields } from './finding-draft.js';

const POINT_UNITS: ReadonlySet<string> = new Set(['điểm phần trăm', 'điểm %', 'điểm']);

function negate(b: Bounds): Bounds {
  return { lo: b.hi.neg(), hi: b.lo.neg() };
}

function publishedBounds(
  change: ClaimFigure,
  decrease: boolean,
  modes: readonly Rounding[],
): Bounds {
  const b = isExact(change)
    ? { lo: change.value, hi: change.value }
    : printedBounds(change.value, change.decimals, modes);
  return decrease ? negate(b) : b;
}

/** current − previous, from the bounds of each. */
function difference(cur: Bounds, prev: Bounds): Bounds {
  return { lo: cur.lo.minus(prev.hi), hi: cur.hi.minus(prev.lo) };
}

/** (current / previous − 1) × 100, from the bounds of each; null for a previous of 0 or less. */
function relative(cur: Bounds, prev: Bounds): Bounds | null {
  if (!prev.lo.isPositive() || prev.lo.isZero()) return null;
  return {
    lo: cur.lo.div(prev.hi).minus(1).times(100),
    hi: cur.hi.div(prev.lo).minus(1).times(100),
  };
}

function implied(current: ClaimFigure, claim: Claim): string {
  const phrase = claim.change;
  if (phrase === null) return '';
  try {
    const c = checkChange(current.value, null, phrase.value);
    return vi(c.impliedPrevious, Math.max(current.decimals, phrase.magnitude.decimalPlaces()));
  } catch (error) {
    if (error instanceof ChitieuError) return '';
    throw error;
  }
}

/**
 * @internal A change against its two figures. Figures printed rounded (percentages, figures
 * with decimals) are known only to their rounding, and so is their difference: "tăng 0,19%"
 * between shares printed 3,29% and 3,49% is consistent, since the true difference lies
 * between 0,19 and 0,21. A "%" change of a rate may be in points or relative: either fits.
 */
export function checkChangeClaim(claim: Claim, modes: readonly Rounding[]): FindingFields {
  const phrase = claim.change;
  const change = role(claim, 'change') as ClaimFigure;
  const current = role(claim, 'current');
  const previous = role(claim, 'previous');
  const decrease = phrase?.direction === 'decrease';
  const unit = phrase?.unit ?? null;
  const percentChange = unit === '%';
  const points = unit !== null && POINT_UNITS.has(unit.toLowerCase());
  if (current === undefined) {
    return {
      verdict: 'unchecked',
      check: 'change',
      arithmetic: `? ${decrease ? '−' : '+'} ${change.text}`,
      explanation: `no current figure for "${phrase?.text ?? change.text}"`,
      explanationVi: `không có số liệu kỳ này cho "${phrase?.text ?? change.text}"`,
      missing: 'the current figure and the previous one',
    };
  }
  if ((points || percentChange) === false && current.percent) {
    return {
      verdict: 'unchecked',
      check: 'change',
      arithmetic: `${current.text} ${decrease ? '−' : '+'} ${change.text}`,
      explanation: `the change "${phrase?.text}" is in ${unit ?? 'units'}, the figure ${current.text} is a percentage`,
      explanationVi: `mức thay đổi "${phrase?.text}" tính bằng ${unit ?? 'đơn vị'}, còn ${current.text} là tỷ lệ`,
      missing: 'a figure in the unit of the change',
    };
  }
  if (previous === undefined) {
    const prev = percentChange && !current.percent ? '' : implied(current, claim);
    return {
      verdict: 'unchecked',
      check: 'change',
      arithmetic: `${current.text} ${decrease ? '−' : '+'} ${change.text}`,
      explanation: `no previous figure for "${phrase?.text}"${prev === '' ? '' : `; it implies a previous figure of ${prev}`}`,
      explanationVi: `không có số liệu kỳ trước cho "${phrase?.text}"${prev === '' ? '' : `; số kỳ trước suy ra là ${prev}`}`,
      missing: 'the previous figure',
    };
  }
  const cur = figureBounds(current, modes);
  const prev = figureBounds(previous, modes);
  const published = publishedBounds(change, decrease, modes);
  const exactDiff = current.value.minus(previous.value);
  const fits: string[] = [];
  const candidates: Bounds[] = [];
  if (!percentChange || current.percent || points) candidates.push(difference(cur, prev));
  if (percentChange && !points) {
    const rel = relative(cur, prev);
    if (rel !== null) candidates.push(rel);
  }
  for (const c of candidates)
    if (overlaps(c, published)) fits.push(`${vi(c.lo, 3)} … ${vi(c.hi, 3)}`);
  const arithmetic = `${current.text} − ${previous.text} = ${vi(exactDiff, Math.max(current.decimals, previous.decimals))}`;
  const rounded = !isExact(current) || !isExact(previous);
  const allowance = rounded ? ' allowing for the rounding of the printed figures' : '';
  const allowanceVi = rounded ? ' khi tính sai số làm tròn của các số in ra' : '';
  if (fits.length > 0 && !rounded) {
    const exact = checkChange(current.value, previous.value, exactDiff);
    return {
      verdict: 'consistent',
      check: 'change',
      arithmetic,
      explanation: `${arithmetic}; the printed "${phrase?.text}" agrees`,
      explanationVi: `${arithmetic}; "${phrase?.text}" khớp`,
      matches: exact.matches,
    };
  }
  if (fits.length > 0) {
    return {
      verdict: 'consistent',
      check: 'change',
      arithmetic,
      explanation: `${arithmetic}; the printed "${phrase?.text}" fits${allowance} (the change lies in ${fits[0]})`,
      explanationVi: `${arithmetic}; "${phrase?.text}" khớp${allowanceVi} (mức thay đổi nằm trong ${fits[0]})`,
    };
  }
  const range = candidates.map((c) => `${vi(c.lo, 3)} … ${vi(c.hi, 3)}`).join(' or ');
  return {
    verdict: 'inconsistent',
    check: 'change',
    arithmetic,
    explanation: `${arithmetic}; the printed "${phrase?.text}" does not fit${allowance}: the change lies in ${range === '' ? 'no range' : range}`,
    explanationVi: `${arithmetic}; "${phrase?.text}" không khớp${allowanceVi}: mức thay đổi nằm trong ${range.replace(' or ', ' hoặc ')}`,
    hint: `with ${current.text} now, the change implies a previous figure of ${implied(current, claim) || '?'}`,
  };
}
