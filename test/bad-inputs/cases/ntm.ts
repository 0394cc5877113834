/**
 * Bad inputs for nông thôn mới: criteria sets, commune and district progress, rollups,
 * mapping between sets, sentences.
 */
import {
  communeProgress,
  describeDistrictProgress,
  describeNtmRollup,
  describeTownProgress,
  districtProgress,
  getCriteriaSet,
  mapCommuneProgress,
  mapCriterion,
  mergeRollups,
  ntmCommune2022,
  rollupCommunes,
} from 'chitieu/ntm';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';

const progress2022 = () => communeProgress('ntm-commune-2022', [1, 2, 3]);
const rollup2022 = () => rollupCommunes([progress2022()]);
const district2016 = () => districtProgress('ntm-district-2016', [1, 2]);
const is = (text: string) => (v: unknown) => expect(v).toBe(text);

export const ntmCases: readonly BadInputCase[] = [
  ...(
    [
      ["an unknown id 'ntm-commune-2019'", 'ntm-commune-2019'],
      ["an id in capitals 'NTM-COMMUNE-2022'", 'NTM-COMMUNE-2022'],
      ["the inherited key '__proto__'", '__proto__'],
      ["the inherited key 'constructor'", 'constructor'],
      ['a number (2022)', 2022],
      ['null', null],
    ] as const
  ).map(
    ([what, id]): BadInputCase => ({
      name: `getCriteriaSet does not know ${what}: unknown-criteria-set`,
      run: () => getCriteriaSet(id as never),
      code: 'unknown-criteria-set',
      path: [],
    }),
  ),
  {
    name: 'communeProgress reports an unknown criteria-set id at set',
    run: () => communeProgress('ntm-commune-2019' as never, [1]),
    code: 'unknown-criteria-set',
    path: ['set'],
  },
  {
    name: 'communeProgress reports a null set at set',
    run: () => communeProgress(null as never, [1]),
    code: 'unknown-criteria-set',
    path: ['set'],
  },
  {
    name: "communeProgress rejects a criterion id not in the set ('teleportation')",
    run: () => communeProgress('ntm-commune-2022', ['planning', 'teleportation']),
    code: 'unknown-criterion',
    path: ['met', 1],
  },
  {
    name: 'communeProgress rejects criterion 20 of a 19-criterion set',
    run: () => communeProgress('ntm-commune-2022', [20]),
    code: 'unknown-criterion',
    path: ['met', 0],
  },
  {
    name: "communeProgress rejects a 2016 criterion id under the 2022 set ('poor-households')",
    run: () => communeProgress('ntm-commune-2022', ['poor-households']),
    code: 'unknown-criterion',
    path: ['met', 0],
  },
  {
    name: 'communeProgress refuses a criterion number of 1.5',
    run: () => communeProgress('ntm-commune-2022', [1.5]),
    code: 'invalid-argument',
    path: ['met', 0],
  },
  {
    name: 'communeProgress refuses a criterion number of NaN',
    run: () => communeProgress('ntm-commune-2022', [Number.NaN]),
    code: 'invalid-argument',
    path: ['met', 0],
  },
  {
    name: "communeProgress refuses the results 'all' (a string)",
    run: () => communeProgress('ntm-commune-2022', 'all' as never),
    code: 'invalid-argument',
    path: ['met'],
  },
  {
    name: 'communeProgress refuses null results',
    run: () => communeProgress('ntm-commune-2022', null as never),
    code: 'invalid-argument',
    path: ['met'],
  },
  {
    name: "communeProgress refuses a result 'yes' for a criterion",
    run: () => communeProgress('ntm-commune-2022', { income: 'yes' } as never),
    code: 'invalid-argument',
    path: ['met', 'income'],
  },
  {
    name: 'communeProgress rejects a "__proto__" key in results JSON as an unknown criterion',
    run: () =>
      communeProgress('ntm-commune-2022', JSON.parse('{"__proto__": true, "income": true}')),
    code: 'unknown-criterion',
    path: ['met', '__proto__'],
  },
  {
    name: "communeProgress rejects a 'constructor' key in results as an unknown criterion",
    run: () => communeProgress('ntm-commune-2022', { constructor: true } as never),
    code: 'unknown-criterion',
    path: ['met', 'constructor'],
  },
  {
    name: 'communeProgress refuses a criterion with no sub-indicator results ({})',
    run: () => communeProgress('ntm-commune-2022', { income: {} }),
    code: 'invalid-argument',
    path: ['met', 'income'],
  },
  {
    name: 'communeProgress rejects a sub-indicator the criterion does not have',
    run: () =>
      communeProgress('ntm-commune-2022', {
        'irrigation-disaster-prevention': {
          'irrigated-area': true,
          'disaster-prevention': true,
          teleportation: true,
        },
      }),
    code: 'unknown-criterion',
    path: ['met', 'irrigation-disaster-prevention', 'teleportation'],
  },
  {
    name: 'communeProgress refuses one criterion given twice with results that disagree',
    run: () => communeProgress('ntm-commune-2022', { 1: true, planning: false }),
    code: 'invalid-argument',
  },
  {
    name: "communeProgress refuses the unknown tier 'great'",
    run: () => communeProgress('ntm-commune-2022', [1], { tier: 'great' as never }),
    code: 'invalid-argument',
    path: ['options', 'tier'],
  },
  {
    name: "communeProgress refuses prerequisiteMet 'yes'",
    run: () => communeProgress('ntm-commune-2022', [1], { prerequisiteMet: 'yes' as never }),
    code: 'invalid-argument',
    path: ['options', 'prerequisiteMet'],
  },
  {
    name: 'communeProgress refuses null options',
    run: () => communeProgress('ntm-commune-2022', [1], null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'communeProgress reports a custom set without its decision at set.decision, not a TypeError',
    run: () => {
      const { decision: _, ...custom } = ntmCommune2022;
      return communeProgress(custom as never, ['teleportation']);
    },
    code: 'invalid-argument',
    path: ['set', 'decision'],
  },
  {
    name: 'communeProgress refuses a custom set with no criteria',
    run: () => communeProgress({ ...ntmCommune2022, criteria: [] }, [1]),
    code: 'invalid-argument',
    path: ['set'],
  },
  {
    name: 'districtProgress refuses a commune-level set',
    run: () => districtProgress('ntm-commune-2022', [1]),
    code: 'invalid-argument',
    path: ['set'],
  },
  {
    name: 'districtProgress rejects district criterion 10 of 9',
    run: () => districtProgress('ntm-district-2016', [10]),
    code: 'unknown-criterion',
    path: ['met', 0],
  },
  {
    name: 'districtProgress refuses a district of 0 communes',
    run: () => districtProgress('ntm-district-2016', [1], { total: 0, qualified: 0 }),
    code: 'invalid-argument',
    path: ['communes', 'total'],
  },
  {
    name: 'districtProgress refuses more qualified communes than the total (21 of 20)',
    run: () => districtProgress('ntm-district-2016', [1], { total: 20, qualified: 21 }),
    code: 'invalid-argument',
    path: ['communes', 'qualified'],
  },
  {
    name: 'districtProgress refuses a negative count of qualified communes',
    run: () => districtProgress('ntm-district-2016', [1], { total: 20, qualified: -1 }),
    code: 'invalid-argument',
    path: ['communes', 'qualified'],
  },
  {
    name: 'districtProgress refuses a satisfaction of 101%',
    run: () =>
      districtProgress('ntm-district-2022', [1], { total: 20, qualified: 20, satisfaction: 101 }),
    code: 'invalid-argument',
    path: ['communes', 'satisfaction'],
  },
  {
    name: "districtProgress refuses a satisfaction in Vietnamese notation ('92,5')",
    run: () =>
      districtProgress('ntm-district-2022', [1], {
        total: 20,
        qualified: 20,
        satisfaction: '92,5',
      }),
    code: 'invalid-argument',
    path: ['communes', 'satisfaction'],
  },
  {
    name: 'districtProgress refuses null commune figures',
    run: () => districtProgress('ntm-district-2016', [1], null as never),
    code: 'invalid-argument',
    path: ['communes'],
  },
  {
    name: 'describeTownProgress refuses 19 of 18 criteria',
    run: () => describeTownProgress({ name: 'Hương Khê', met: 19, total: 18 }),
    code: 'invalid-argument',
    path: ['town', 'met'],
  },
  {
    name: 'describeTownProgress refuses an empty name',
    run: () => describeTownProgress({ name: '', met: 8, total: 18 }),
    code: 'invalid-argument',
    path: ['town', 'name'],
  },
  {
    name: 'describeTownProgress refuses a negative count',
    run: () => describeTownProgress({ name: 'Hương Khê', met: -1, total: 18 }),
    code: 'invalid-argument',
    path: ['town', 'met'],
  },
  {
    name: 'describeTownProgress refuses null',
    run: () => describeTownProgress(null as never),
    code: 'invalid-argument',
    path: ['town'],
  },
  {
    name: 'describeDistrictProgress refuses null',
    run: () => describeDistrictProgress(null as never),
    code: 'invalid-argument',
    path: ['progress'],
  },
  {
    name: "describeDistrictProgress refuses a progress whose met is NaN, instead of printing 'NaN/9'",
    run: () => describeDistrictProgress({ ...district2016(), met: Number.NaN }),
    code: 'invalid-argument',
    path: ['progress', 'met'],
  },
  {
    name: 'describeDistrictProgress refuses null options',
    run: () => describeDistrictProgress(district2016(), null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'describeDistrictProgress refuses a previous count of 1.5',
    run: () => describeDistrictProgress(district2016(), { previous: 1.5 }),
    code: 'invalid-argument',
    path: ['options', 'previous'],
  },
  {
    name: 'describeDistrictProgress refuses a previous progress whose met is NaN',
    run: () =>
      describeDistrictProgress(district2016(), {
        previous: { ...district2016(), met: Number.NaN },
      }),
    code: 'invalid-argument',
    path: ['options', 'previous', 'met'],
  },
  {
    name: 'describeDistrictProgress refuses a previous progress on another set (unit-mismatch)',
    run: () =>
      describeDistrictProgress(district2016(), {
        previous: districtProgress('ntm-district-2022', [1]),
      }),
    code: 'unit-mismatch',
    path: ['options', 'previous', 'set'],
  },
  {
    name: 'describeNtmRollup refuses null',
    run: () => describeNtmRollup(null as never),
    code: 'invalid-argument',
    path: ['rollup'],
  },
  {
    name: 'describeNtmRollup refuses a hand-made { criteriaMet: 5 } at its first missing field',
    run: () => describeNtmRollup({ criteriaMet: 5 } as never),
    code: 'invalid-argument',
    path: ['rollup', 'set'],
  },
  {
    name: 'describeNtmRollup refuses a rollup whose criteriaMet is NaN',
    run: () => describeNtmRollup({ ...rollup2022(), criteriaMet: Number.NaN }),
    code: 'invalid-argument',
    path: ['rollup', 'criteriaMet'],
  },
  {
    name: 'describeNtmRollup refuses null options',
    run: () => describeNtmRollup(rollup2022(), null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'describeNtmRollup refuses since that is not a string',
    run: () => describeNtmRollup(rollup2022(), { since: 2020 as never }),
    code: 'invalid-argument',
    path: ['options', 'since'],
  },
  {
    name: 'describeNtmRollup refuses average: null',
    run: () => describeNtmRollup(rollup2022(), { average: null as never }),
    code: 'invalid-argument',
    path: ['options', 'average'],
  },
  {
    name: "describeNtmRollup refuses the unknown rounding 'round' for the average",
    run: () =>
      describeNtmRollup(rollup2022(), { average: { decimals: 1, rounding: 'round' as never } }),
    code: 'invalid-argument',
    path: ['options', 'average', 'rounding'],
  },
  {
    name: 'describeNtmRollup reads a rollup back from JSON',
    run: () => describeNtmRollup(JSON.parse(JSON.stringify(rollup2022()))),
    returns: is('toàn huyện có 3 tiêu chí đạt chuẩn; có 0 xã đạt chuẩn NTM'),
  },
  {
    name: 'rollupCommunes refuses progresses that are not a list',
    run: () => rollupCommunes(progress2022() as never),
    code: 'invalid-argument',
    path: ['progresses'],
  },
  {
    name: 'rollupCommunes refuses an empty list without options.set',
    run: () => rollupCommunes([]),
    code: 'invalid-argument',
    path: ['progresses'],
  },
  {
    name: 'rollupCommunes refuses a null progress',
    run: () => rollupCommunes([null as never]),
    code: 'invalid-argument',
    path: ['progresses', 0],
  },
  {
    name: 'rollupCommunes reports an unknown set id of a progress',
    run: () => rollupCommunes([{ ...progress2022(), set: 'ntm-commune-2019' as never }]),
    code: 'unknown-criteria-set',
    path: ['progresses', 0, 'set'],
  },
  {
    name: 'rollupCommunes rejects a criterion id not in the set',
    run: () => rollupCommunes([{ ...progress2022(), metIds: ['teleportation'], met: 1 }]),
    code: 'unknown-criterion',
    path: ['progresses', 0, 'metIds', 0],
  },
  {
    name: 'rollupCommunes refuses a progress whose met disagrees with its metIds',
    run: () => rollupCommunes([{ ...progress2022(), met: 19 }]),
    code: 'invalid-argument',
    path: ['progresses', 0, 'met'],
  },
  {
    name: 'rollupCommunes reports a 2016 progress without notMetIndicators at its path, not a TypeError',
    run: () =>
      rollupCommunes([{ set: 'ntm-commune-2016', metIds: [], met: 0, qualifies: false } as never], {
        set: 'ntm-commune-2022',
      }),
    code: 'invalid-argument',
    path: ['progresses', 0, 'notMetIndicators'],
  },
  {
    name: 'rollupCommunes refuses a district set in options.set, at options.set',
    run: () => rollupCommunes([progress2022()], { set: 'ntm-district-2016' }),
    code: 'invalid-argument',
    path: ['options', 'set'],
  },
  {
    name: 'rollupCommunes refuses null options',
    run: () => rollupCommunes([progress2022()], null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: "rollupCommunes refuses a previous figure 'x'",
    run: () => rollupCommunes([progress2022()], { previous: 'x' as never }),
    code: 'invalid-argument',
    path: ['options', 'previous'],
  },
  {
    name: 'rollupCommunes refuses a previous rollup whose criteriaMet is NaN (no NaN in the change)',
    run: () =>
      rollupCommunes([progress2022()], { previous: { ...rollup2022(), criteriaMet: Number.NaN } }),
    code: 'invalid-argument',
    path: ['options', 'previous', 'criteriaMet'],
  },
  {
    name: 'mergeRollups refuses an empty list',
    run: () => mergeRollups([]),
    code: 'invalid-argument',
    path: ['rollups'],
  },
  {
    name: 'mergeRollups refuses a null rollup',
    run: () => mergeRollups([null as never]),
    code: 'invalid-argument',
    path: ['rollups', 0],
  },
  {
    name: 'mergeRollups refuses a rollup whose communes is NaN (no NaN average)',
    run: () => mergeRollups([{ ...rollup2022(), communes: Number.NaN }]),
    code: 'invalid-argument',
    path: ['rollups', 0, 'communes'],
  },
  {
    name: 'mergeRollups refuses rollups on two criteria sets (unit-mismatch)',
    run: () =>
      mergeRollups([rollup2022(), rollupCommunes([communeProgress('ntm-commune-2016', [1])])]),
    code: 'unit-mismatch',
    path: ['rollups', 1, 'set'],
  },
  {
    name: "mapCriterion rejects a criterion not in the set ('teleportation')",
    run: () => mapCriterion('teleportation', 'ntm-commune-2016', 'ntm-commune-2022'),
    code: 'unknown-criterion',
    path: ['criterion'],
  },
  {
    name: 'mapCriterion refuses a null criterion',
    run: () => mapCriterion(null as never, 'ntm-commune-2016', 'ntm-commune-2022'),
    code: 'invalid-argument',
    path: ['criterion'],
  },
  {
    name: 'mapCriterion refuses criterion 1.5',
    run: () => mapCriterion(1.5, 'ntm-commune-2016', 'ntm-commune-2022'),
    code: 'invalid-argument',
    path: ['criterion'],
  },
  {
    name: 'mapCriterion reports an unknown set id at from',
    run: () => mapCriterion(1, 'ntm-commune-2019' as never, 'ntm-commune-2022'),
    code: 'unknown-criteria-set',
    path: ['from'],
  },
  {
    name: 'mapCriterion refuses sets that do not correspond (2022 → 2026)',
    run: () => mapCriterion(1, 'ntm-commune-2022', 'ntm-commune-2026'),
    code: 'unit-mismatch',
    path: ['to'],
  },
  {
    name: 'mapCommuneProgress refuses null',
    run: () => mapCommuneProgress(null as never, 'ntm-commune-2022'),
    code: 'invalid-argument',
    path: ['progress'],
  },
  {
    name: 'mapCommuneProgress reports a progress without notMetIndicators at its path, not a TypeError',
    run: () =>
      mapCommuneProgress({ set: 'ntm-commune-2016', metIds: [] } as never, 'ntm-commune-2022'),
    code: 'invalid-argument',
    path: ['progress', 'notMetIndicators'],
  },
  {
    name: 'mapCommuneProgress reports a criterion not in the progress set inside the progress',
    run: () =>
      mapCommuneProgress(
        { ...communeProgress('ntm-commune-2016', [1]), metIds: ['teleportation'] },
        'ntm-commune-2022',
      ),
    code: 'unknown-criterion',
    path: ['progress', 'metIds', 0],
  },
  {
    name: 'mapCommuneProgress reports an unknown set id of the progress',
    run: () => mapCommuneProgress({ ...progress2022(), set: 'x' as never }, 'ntm-commune-2016'),
    code: 'unknown-criteria-set',
    path: ['progress', 'set'],
  },
];
