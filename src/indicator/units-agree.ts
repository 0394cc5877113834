/**
 * Units that count the same thing under another name: "đồng chí" (comrade) counts party
 * members, as "đảng viên" does ("kết nạp 15 đồng chí").
 */
const SAME_UNITS: readonly (readonly string[])[] = [['đảng viên', 'đồng chí']];

/** The name a unit is compared under: its first synonym in {@link SAME_UNITS}, lower case. */
function canonicalUnit(unit: string): string {
  const lower = unit.toLocaleLowerCase('vi');
  for (const names of SAME_UNITS) {
    for (const name of names) {
      if (lower === name || lower.startsWith(`${name} `)) {
        return `${names[0]}${lower.slice(name.length)}`;
      }
    }
  }
  return lower;
}

/**
 * @internal Does the unit a phrase names agree with the indicator's? Either may be absent,
 * either may extend the other ("tiêu chí" / "tiêu chí huyện đạt chuẩn NTM", "triệu đồng" /
 * "triệu đồng/người/năm"), and a synonym counts the same ("đồng chí" for "đảng viên").
 */
export function unitsAgree(phraseUnit: string | null, indicatorUnit: string | null): boolean {
  if (phraseUnit === null || indicatorUnit === null) return true;
  const a = canonicalUnit(phraseUnit);
  const b = canonicalUnit(indicatorUnit);
  return a.startsWith(b) || b.startsWith(a);
}
