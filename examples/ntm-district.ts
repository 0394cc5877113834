/**
 * NTM in a district: roll up the communes of Hương Khê (Hà Tĩnh) for 2021 against 2020,
 * say it as the district report does, and find the criterion that holds most communes back.
 *
 * The commune lists in examples/data are ILLUSTRATIVE: the article (seed
 * 002_6f9d0d73f558c892.txt) gives only the district's totals, so the per-commune results are
 * constructed to add up to them.
 *
 * Run: npx tsup && npx tsx examples/ntm-district.ts
 */
import { readFileSync } from 'node:fs';
import { formatViNumber, formatViPercent } from 'chitieu';
import {
  type CommuneProgress,
  type CriteriaSetId,
  communeProgress,
  describeDistrictProgress,
  describeNtmRollup,
  describeTownProgress,
  districtProgress,
  getCriteriaSet,
  type NtmTier,
  rollupCommunes,
} from 'chitieu/ntm';

interface DistrictFile {
  readonly illustrative: boolean;
  readonly district: string;
  readonly year: number;
  readonly communeSet: CriteriaSetId;
  readonly communes: readonly {
    readonly name: string;
    readonly missing: readonly number[];
    readonly tier?: NtmTier;
  }[];
  readonly districtSet: CriteriaSetId;
  readonly districtCriteriaMet: readonly string[];
  readonly towns?: readonly {
    readonly name: string;
    readonly met: number;
    readonly total: number;
  }[];
}

function load(year: number): DistrictFile {
  const url = new URL(`./data/huong-khe-ntm-${year}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as DistrictFile;
}

/** Each commune's progress: every criterion of the set met except those listed missing. */
function progresses(file: DistrictFile): CommuneProgress[] {
  const set = getCriteriaSet(file.communeSet);
  return file.communes.map((c) =>
    communeProgress(
      set,
      set.criteria.map((k) => k.number).filter((n) => !c.missing.includes(n)),
      c.tier === undefined ? { name: c.name } : { name: c.name, tier: c.tier },
    ),
  );
}

function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
}

const before = load(2020);
const now = load(2021);

const previous = rollupCommunes(progresses(before));
const rollup = rollupCommunes(progresses(now), { previous });

const districtBefore = districtProgress(before.districtSet, before.districtCriteriaMet);
const district = districtProgress(now.districtSet, now.districtCriteriaMet, {
  total: rollup.communes,
  qualified: rollup.qualified.standard,
  advanced: rollup.qualified.advanced,
  towns: now.towns ?? [],
});

const average = (x: typeof rollup.averagePerCommune) =>
  x === null ? '—' : formatViNumber(x, { decimals: 2, rounding: 'half-up' });

console.log(
  `NTM huyện ${now.district} năm ${now.year}${now.illustrative ? ' (số liệu xã minh họa)' : ''}`,
);
console.log('');
console.log(sentence(describeNtmRollup(rollup, { since: `năm ${before.year}` })));
console.log(sentence(describeDistrictProgress(district, { previous: districtBefore })));
for (const town of now.towns ?? []) console.log(`${describeTownProgress(town)}.`);
console.log('');
console.log(
  `Bình quân ${average(rollup.averagePerCommune)} tiêu chí/xã (năm ${before.year}: ${average(previous.averagePerCommune)}); ` +
    `${rollup.qualified.standard}/${rollup.communes} xã đạt chuẩn NTM, trong đó ${rollup.qualified.advanced} xã nâng cao.`,
);

const [top] = rollup.mostMissed;
if (top !== undefined) {
  console.log(
    `Tiêu chí còn nhiều xã chưa đạt nhất: tiêu chí ${top.criterion.number} "${top.criterion.name}" ` +
      `(${top.notMet}/${rollup.communes} xã chưa đạt).`,
  );
}
console.log('Các tiêu chí còn xã chưa đạt:');
for (const t of rollup.mostMissed) {
  console.log(`  - Tiêu chí ${t.criterion.number} ${t.criterion.name}: ${t.notMet} xã`);
}

console.log('');
const set = getCriteriaSet(now.districtSet);
console.log(`Điều kiện huyện đạt chuẩn NTM (${set.decision.number}):`);
for (const c of district.conditions) {
  const actual = c.actual === null ? 'chưa có số liệu' : formatViPercent(c.actual, { decimals: 2 });
  const status = {
    met: 'đạt',
    'not-met': 'chưa đạt',
    unknown: 'chưa xác định',
    'not-applicable': 'không áp dụng',
  }[c.status];
  console.log(`  - ${c.condition.name}: ${actual}, ${status}`);
}
console.log(
  `Huyện ${district.qualifies === true ? 'đạt' : district.qualifies === false ? 'chưa đạt' : 'chưa xác định được'} chuẩn NTM.`,
);
