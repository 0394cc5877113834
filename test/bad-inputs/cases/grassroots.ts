/**
 * Bad inputs for grassroots tallies: defence-security classifications (xã VMTD, cụm
 * ATLC-SSCĐ), OCOP stars, and their sentences.
 */
import {
  classificationTally,
  describeClassification,
  describeOcop,
  type OcopStar,
  ocopTally,
  starFromScore,
} from 'chitieu/party';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';

const communeCounts = { 'vung-manh-toan-dien': 18, kha: 2, 'trung-binh': 0, yeu: 0 };
const tally = () => classificationTally(communeCounts);
const ocop = () => ocopTally({ 3: 2, 4: 1 });
const scaleWith = (levels: readonly string[]) => ({
  id: 'custom',
  unitNoun: 'xã',
  levels,
  labels: Object.fromEntries(levels.map((l) => [l, l.toUpperCase()])),
  weak: levels.slice(-1),
  topPhrase: 'vững mạnh',
  weakPhrase: 'yếu kém',
});

export const grassrootsCases: readonly BadInputCase[] = [
  {
    name: 'classificationTally refuses null',
    run: () => classificationTally(null as never),
    code: 'invalid-argument',
    path: ['input'],
  },
  {
    name: "classificationTally refuses a sentence ('18/20 xã')",
    run: () => classificationTally('18/20 xã' as never),
    code: 'invalid-argument',
    path: ['input'],
  },
  {
    name: "classificationTally refuses the unknown level 'great' of a unit",
    run: () => classificationTally([{ unit: 'Xã A', level: 'great' }]),
    code: 'invalid-argument',
    path: ['input', 0, 'level'],
  },
  {
    name: 'classificationTally refuses a unit named twice',
    run: () =>
      classificationTally([
        { unit: 'Xã A', level: 'kha' },
        { unit: 'Xã A', level: 'yeu' },
      ]),
    code: 'invalid-argument',
    path: ['input', 1, 'unit'],
  },
  {
    name: 'classificationTally refuses a null unit',
    run: () => classificationTally([null as never]),
    code: 'invalid-argument',
    path: ['input', 0],
  },
  {
    name: "classificationTally refuses a count for the unknown level 'great'",
    run: () => classificationTally({ ...communeCounts, great: 1 }),
    code: 'invalid-argument',
    path: ['input', 'great'],
  },
  {
    name: 'classificationTally refuses a "__proto__" key in counts JSON',
    run: () => classificationTally(JSON.parse('{"__proto__": {"polluted": 1}, "kha": 2}')),
    code: 'invalid-argument',
    path: ['input', '__proto__'],
  },
  {
    name: 'classificationTally refuses a negative count',
    run: () => classificationTally({ ...communeCounts, kha: -1 }),
    code: 'invalid-argument',
    path: ['input', 'kha'],
  },
  {
    name: 'classificationTally refuses a count of 1.5',
    run: () => classificationTally({ ...communeCounts, kha: 1.5 }),
    code: 'invalid-argument',
    path: ['input', 'kha'],
  },
  {
    name: "classificationTally refuses a count given as text ('18')",
    run: () => classificationTally({ ...communeCounts, 'vung-manh-toan-dien': '18' } as never),
    code: 'invalid-argument',
    path: ['input', 'vung-manh-toan-dien'],
  },
  {
    name: 'classificationTally refuses counts adding up to more than the total',
    run: () => classificationTally({ counts: communeCounts, total: 19 }),
    code: 'invalid-argument',
    path: ['input', 'total'],
  },
  {
    name: 'classificationTally refuses a negative total',
    run: () => classificationTally({ counts: { kha: 1 }, total: -1 }),
    code: 'invalid-argument',
    path: ['input', 'total'],
  },
  {
    name: 'classificationTally refuses a scale with a level listed twice',
    run: () => classificationTally({ a: 1 }, { scale: scaleWith(['a', 'a', 'b']) }),
    code: 'invalid-argument',
    path: ['options', 'scale', 'levels', 1],
  },
  {
    name: 'classificationTally refuses a scale with a "__proto__" level (JSON) and pollutes nothing',
    run: () =>
      classificationTally([{ unit: 'Xã A', level: 'b' }], {
        scale: JSON.parse(
          '{"id":"x","unitNoun":"xã","levels":["__proto__","b"],"labels":{"__proto__":"A","b":"B"},"weak":["b"],"topPhrase":"t","weakPhrase":"w"}',
        ),
      }),
    code: 'invalid-argument',
  },
  {
    name: 'classificationTally reads a scale whose levels are named like Object members',
    run: () =>
      classificationTally(
        { constructor: 2, prototype: 1 },
        {
          scale: scaleWith(['constructor', 'prototype']),
        },
      ).top.count,
    returns: (v) => expect(v).toBe(2),
  },
  {
    name: 'classificationTally refuses a null scale',
    run: () => classificationTally(communeCounts, { scale: null as never }),
    code: 'invalid-argument',
    path: ['options', 'scale'],
  },
  {
    name: 'classificationTally refuses null options',
    run: () => classificationTally(communeCounts, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'classificationTally of no units has no percent (null), never NaN',
    run: () => classificationTally([]).top.percent,
    returns: (v) => expect(v).toBeNull(),
  },
  {
    name: 'starFromScore refuses a score of 101',
    run: () => starFromScore(101),
    code: 'invalid-argument',
    path: ['score'],
  },
  {
    name: 'starFromScore rejects NaN',
    run: () => starFromScore(Number.NaN),
    code: 'invalid-number',
    path: ['score'],
  },
  {
    name: "starFromScore rejects a score in Vietnamese notation ('92,5')",
    run: () => starFromScore('92,5'),
    code: 'invalid-number',
    path: ['score'],
  },
  {
    name: "starFromScore rejects a rating day that does not exist ('2021-02-29')",
    run: () => starFromScore(92, { asOf: '2021-02-29' }),
    code: 'invalid-argument',
    path: ['options', 'asOf'],
  },
  {
    name: "starFromScore rejects a rating day written '30/6/2021'",
    run: () => starFromScore(92, { asOf: '30/6/2021' }),
    code: 'invalid-argument',
    path: ['options', 'asOf'],
  },
  {
    name: 'starFromScore refuses null options',
    run: () => starFromScore(92, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'starFromScore of -0 is below standard (no stars), with an unsigned score',
    run: () => starFromScore(-0),
    returns: (v) => {
      expect((v as OcopStar).stars).toBeNull();
      expect((v as OcopStar).score.isNegative()).toBe(false);
    },
  },
  {
    name: 'ocopTally refuses null',
    run: () => ocopTally(null as never),
    code: 'invalid-argument',
    path: ['products'],
  },
  {
    name: 'ocopTally refuses a count of 6 stars',
    run: () => ocopTally({ 6: 1 } as never),
    code: 'invalid-argument',
    path: ['products', '6'],
  },
  {
    name: 'ocopTally refuses a negative count of 3-star products',
    run: () => ocopTally({ 3: -1 }),
    code: 'invalid-argument',
    path: ['products', '3'],
  },
  {
    name: 'ocopTally refuses a "__proto__" key in counts JSON',
    run: () => ocopTally(JSON.parse('{"__proto__": {"polluted": 1}, "3": 2}')),
    code: 'invalid-argument',
    path: ['products', '__proto__'],
  },
  {
    name: 'ocopTally refuses a product of 2 stars (not recognised: use null)',
    run: () => ocopTally([{ stars: 2 as never }]),
    code: 'invalid-argument',
    path: ['products', 0, 'stars'],
  },
  {
    name: "ocopTally refuses stars given as text ('3')",
    run: () => ocopTally([{ stars: '3' as never }]),
    code: 'invalid-argument',
    path: ['products', 0, 'stars'],
  },
  {
    name: 'ocopTally refuses a null product',
    run: () => ocopTally([null as never]),
    code: 'invalid-argument',
    path: ['products', 0],
  },
  {
    name: 'ocopTally rejects a rating day of new Date(NaN)',
    run: () => ocopTally([], { asOf: new Date(Number.NaN) as never }),
    code: 'invalid-argument',
    path: ['options', 'asOf'],
  },
  {
    name: 'describeClassification refuses null',
    run: () => describeClassification(null as never),
    code: 'invalid-argument',
    path: ['tallies'],
  },
  {
    name: 'describeClassification refuses a null tally in a list, at its index',
    run: () => describeClassification([tally(), null as never]),
    code: 'invalid-argument',
    path: ['tallies', 1],
  },
  {
    name: "describeClassification refuses a tally whose top count is NaN, instead of printing 'NaN/20'",
    run: () => {
      const t = tally();
      return describeClassification({ ...t, top: { ...t.top, count: Number.NaN } });
    },
    code: 'invalid-argument',
    path: ['tallies', 'top', 'count'],
  },
  {
    name: 'describeClassification refuses -1 decimals for the percent',
    run: () => describeClassification(tally(), { withPercent: true, decimals: -1 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: 'describeClassification refuses null options',
    run: () => describeClassification(tally(), null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'describeClassification reads a tally back from JSON',
    run: () => describeClassification(JSON.parse(JSON.stringify(tally()))),
    returns: (v) =>
      expect(v).toBe('18/20 xã, thị trấn đạt vững mạnh toàn diện, không có xã, thị trấn yếu kém'),
  },
  {
    name: 'describeOcop refuses null',
    run: () => describeOcop(null as never),
    code: 'invalid-argument',
    path: ['tally'],
  },
  {
    name: 'describeOcop refuses a tally whose 3-star count is NaN',
    run: () => {
      const t = ocop();
      return describeOcop({ ...t, byStars: { ...t.byStars, 3: Number.NaN } });
    },
    code: 'invalid-argument',
    path: ['tally', 'byStars', '3'],
  },
  {
    name: "describeOcop refuses added: 'yes'",
    run: () => describeOcop(ocop(), { added: 'yes' as never }),
    code: 'invalid-argument',
    path: ['options', 'added'],
  },
  {
    name: 'describeOcop refuses null options',
    run: () => describeOcop(ocop(), null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'describeOcop reads a tally back from JSON',
    run: () => describeOcop(JSON.parse(JSON.stringify(ocop()))),
    returns: (v) =>
      expect(v).toBe('có thêm 2 sản phẩm đạt chuẩn OCOP hạng 3 sao, 1 sản phẩm hạng 4 sao'),
  },
];
