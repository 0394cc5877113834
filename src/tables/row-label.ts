import type { PlanGroup } from '../plan/plan-group.js';
import { cleanCell, foldCell, hasWords } from './table-text.js';

/**
 * The place of a row in a table's hierarchy: `0` a section (I, II, "A. CHỈ TIÊU KINH TẾ"),
 * `1` an item (1, 2), `2` a sub-item (1.1, a), "- …", "+ …", the rows under "Trong đó:").
 *
 * @category Plans
 */
export type RowLevel = 0 | 1 | 2;

/** @internal A row's number and name, read. */
export interface RowLabel {
  /** The number or mark as printed ("II", "3", "1.2", "a)", "-"), or null. */
  readonly marker: string | null;
  /** The level the marker gives, or null when there is none. */
  readonly level: RowLevel | null;
  /** The name without a mark glued in front. */
  readonly label: string;
  /** "Trong đó:" / "Chia ra:" — the rows after it are parts of the row before. */
  readonly partsFollow: boolean;
}

const ROMAN = /^[IVXL]+$/u;

function levelOfMarker(marker: string): RowLevel | null {
  const m = marker.replace(/[.)]+$/u, '');
  if (ROMAN.test(m) || /^[A-E]$/u.test(m)) return 0;
  if (/^\d+$/u.test(m)) return 1;
  if (/^\d+(?:\.\d+)+$/u.test(m) || /^[a-zđ]$/u.test(m) || /^[-+*•]$/u.test(m)) return 2;
  return null;
}

const GLUED_MARKS: readonly [RegExp, RowLevel][] = [
  [/^([IVXL]+[.)])\s+/u, 0],
  [/^(\d+(?:\.\d+)+\.?)\s+/u, 2],
  [/^(\d+[.)])\s+/u, 1],
  [/^([a-zđ]\))\s*/u, 2],
  [/^([-+•*])\s*/u, 2],
];

/** @internal Read a row's marker (from the STT column, or glued to the name) and name. */
export function readRowLabel(indexCell: string, nameCell: string): RowLabel {
  const index = cleanCell(indexCell);
  let label = cleanCell(nameCell);
  let marker: string | null = index === '' ? null : index;
  let level = marker === null ? null : levelOfMarker(marker);
  if (marker !== null && level === null && label === '' && index.length > 3) {
    // a name merged into the STT column ("I. CHỈ TIÊU KINH TẾ")
    label = index;
    marker = null;
  }
  if (marker === null) {
    for (const [pattern, at] of GLUED_MARKS) {
      const m = pattern.exec(label);
      if (m !== null && label.length > m[0].length) {
        marker = (m[1] as string).trim();
        level = at;
        label = label.slice(m[0].length);
        break;
      }
    }
  }
  const folded = foldCell(label);
  const partsFollow = /^(?:trong đó|tr\.\s?đó|chia ra|bao gồm|gồm)\s*:?$/u.test(folded);
  if (
    level === null &&
    label.length > 2 &&
    label === label.toLocaleUpperCase('vi') &&
    /\p{Lu}{2}/u.test(label)
  ) {
    level = 0;
  }
  return { marker, level, label, partsFollow };
}

const GROUP_WORDS: readonly [PlanGroup, readonly string[]][] = [
  ['party-building', ['xây dựng đảng', 'hệ thống chính trị', 'công tác đảng']],
  ['defence', ['quốc phòng', 'an ninh']],
  ['environment', ['môi trường', 'tài nguyên']],
  ['society', ['xã hội', 'văn hóa', 'văn hoá', 'giáo dục', 'y tế']],
  ['economy', ['kinh tế']],
];

/** @internal The {@link PlanGroup} a section's heading names ("I. Chỉ tiêu kinh tế"), or null. */
export function groupOfHeading(label: string): PlanGroup | null {
  const text = foldCell(label);
  for (const [group, words] of GROUP_WORDS) {
    if (words.some((w) => hasWords(text, w))) return group;
  }
  return null;
}

/** Words that open a parenthesis that is not a unit ("(theo chuẩn mới)", "(so với …)"). */
const NOT_UNIT =
  /^(?:theo|so với|trong đó|gồm|bao gồm|kể cả|không kể|tính|giá|năm|tăng|giảm|còn|chuẩn|cả|ước|dự)(?:\s|$)/u;

/** Abbreviations a name puts in parentheses that are not units: "(GDP)", "(CPI)". */
const ACRONYMS: ReadonlySet<string> = new Set([
  'gdp',
  'grdp',
  'cpi',
  'fdi',
  'iip',
  'pci',
  'par index',
  'kcn',
  'ccn',
  'ntm',
  'ocop',
  'bhyt',
  'bhxh',
]);

/**
 * @internal The unit an indicator's name gives in its last parentheses ("Thu nhập bình
 * quân đầu người (USD)" → "USD", "(%)", "(‰)", "(Tỷ đồng)"), or null.
 */
export function unitInName(label: string): string | null {
  const m = /\(([^()]{1,40})\)\s*:?$/u.exec(label);
  if (m === null) return null;
  const inner = cleanCell(m[1] as string);
  const folded = inner.toLocaleLowerCase('vi');
  if (inner === '' || NOT_UNIT.test(folded) || /\d{3,}/u.test(inner)) return null;
  if (inner.split(' ').length > 5 || ACRONYMS.has(folded)) return null;
  return inner;
}
