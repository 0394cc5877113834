import { type CalendarDate, dayNumber, formatIsoDate, readDate } from '../period/calendar.js';
import type { OcopRecogniser, OcopRule } from './ocop-schema.js';

/** QĐ 148/QĐ-TTg was signed, and came into force, on 24/02/2023. */
const QD_148 = /* @__PURE__ */ dayNumber({ year: 2023, month: 2, day: 24 });
/** QĐ 1489/QĐ-TTg was signed on 06/7/2025 (in force on signing: unverified). */
const QD_1489 = /* @__PURE__ */ dayNumber({ year: 2025, month: 7, day: 6 });

/** @internal The OCOP rules in force on a day (today's rules when `asOf` is undefined). */
export interface OcopRulesAt {
  readonly asOf: string | null;
  readonly rule: 'qd-1048-2019' | 'qd-148-2023';
  readonly recognitionRule: OcopRule;
  readonly recognisedBy: Readonly<Record<3 | 4 | 5, OcopRecogniser>>;
}

const RULES_1048 = /* @__PURE__ */ Object.freeze({
  3: 'province',
  4: 'province',
  5: 'central',
} as const);
const RULES_148 = /* @__PURE__ */ Object.freeze({
  3: 'district',
  4: 'province',
  5: 'central',
} as const);
const RULES_1489 = /* @__PURE__ */ Object.freeze({
  3: 'province',
  4: 'province',
  5: 'central',
} as const);

/** @internal Which OCOP rules apply on `asOf` (a `'YYYY-MM-DD'` day), or today's rules. */
export function ocopRulesAt(asOf: string | undefined, path = ['options', 'asOf']): OcopRulesAt {
  if (asOf === undefined) {
    return {
      asOf: null,
      rule: 'qd-148-2023',
      recognitionRule: 'qd-1489-2025',
      recognisedBy: RULES_1489,
    };
  }
  const date: CalendarDate = readDate(asOf, path);
  const day = dayNumber(date);
  const iso = formatIsoDate(date);
  if (day < QD_148) {
    return {
      asOf: iso,
      rule: 'qd-1048-2019',
      recognitionRule: 'qd-1048-2019',
      recognisedBy: RULES_1048,
    };
  }
  if (day < QD_1489) {
    return {
      asOf: iso,
      rule: 'qd-148-2023',
      recognitionRule: 'qd-148-2023',
      recognisedBy: RULES_148,
    };
  }
  return {
    asOf: iso,
    rule: 'qd-148-2023',
    recognitionRule: 'qd-1489-2025',
    recognisedBy: RULES_1489,
  };
}
