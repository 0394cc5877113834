/**
 * `npm run fuzz`: 100 000 seeded random and mutated strings through the text parsers
 * (parseViNumber, parseTarget, parseTargets, readChangePhrase, parsePeriodLabel).
 * Every input must either parse or throw a ChitieuError, and none may take over 1 ms
 * (re-timed, best of 5, to keep garbage-collection pauses out of the verdict).
 * Reproduce a run with FUZZ_SEED=<n>; change the count with FUZZ_RUNS=<n>.
 */
import { describe, expect, it } from 'vitest';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { ChitieuError } from '../../src/errors.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { parsePeriodLabel } from '../../src/period/parse-period-label.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import { parseTargets } from '../../src/targets/parse-targets.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20211231);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);

/** mulberry32: a small, seeded, reproducible generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seeds = [
  'Phấn đấu kết nạp trên 150 đảng viên',
  'tỷ lệ hộ nghèo giảm 1–1,5%',
  'thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm',
  'thu ngân sách trên địa bàn đạt 72 tỷ đồng',
  'tổng giá trị đầu tư toàn xã hội trên 3.200 tỷ đồng',
  'có thêm 2 tiêu chí huyện đạt chuẩn NTM',
  'giảm từ 1 đến 1,5% so với năm 2021',
  'khoảng 3.200 tỷ đồng',
  'từ 150 đảng viên trở lên',
  'không quá 5%',
  'mỗi năm kết nạp từ 90 - 100 đảng viên',
  '3.365',
  '1.234,5',
  '-0,5',
  '97,1%',
  'tăng 19 tiêu chí so với năm 2020',
  'giảm 1,02%',
  '6 tháng đầu năm 2020',
  'quý III năm 2021',
  'nhiệm kỳ 2020 - 2025',
];
const alphabet = [
  ...'0123456789.,%-–—+ /≥≤<>()',
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợúùủũụứừửữự',
  'trên ',
  'dưới ',
  'từ ',
  ' đến ',
  'tăng ',
  'giảm ',
  'thêm ',
  'khoảng ',
  'đạt ',
  ' trở lên',
  'không quá ',
  '\u0300',
  '\u0301',
  '\uD800',
  '\u00A0',
  '\t',
  '\n',
];

function randomString(next: () => number): string {
  const length = Math.floor(next() * 60);
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

function mutate(next: () => number, text: string): string {
  let s = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (s.length + 1));
    const op = next();
    const piece = alphabet[Math.floor(next() * alphabet.length)] ?? '';
    if (op < 0.4) s = s.slice(0, at) + piece + s.slice(at);
    else if (op < 0.7) s = s.slice(0, at) + s.slice(at + 1);
    else if (op < 0.9) s = s.slice(0, at) + piece + s.slice(at + 1);
    else s = s + s.slice(0, Math.floor(next() * 40));
  }
  return s.slice(0, 520);
}

function time(run: () => void): number {
  const start = performance.now();
  try {
    run();
  } catch {
    // timing only
  }
  return performance.now() - start;
}

describe(`fuzzing the parsers (seed ${SEED}, ${RUNS} inputs)`, () => {
  it('every input parses or throws ChitieuError, and none takes over 1 ms', () => {
    const next = generator(SEED);
    const parsers = {
      parseViNumber,
      parseTarget: (s: string) => parseTarget(s),
      parseTargets: (s: string) => parseTargets(s),
      readChangePhrase: (s: string) => readChangePhrase(s),
      parsePeriodLabel,
    } as const;
    const slowest: { parser: keyof typeof parsers; input: string; ms: number }[] = [];
    const outcomes = { parsed: 0, rejected: 0 };
    for (let i = 0; i < RUNS; i++) {
      const seed = seeds[Math.floor(next() * seeds.length)] ?? '';
      const input = next() < 0.5 ? randomString(next) : mutate(next, seed);
      for (const name of Object.keys(parsers) as (keyof typeof parsers)[]) {
        const parse = parsers[name];
        const start = performance.now();
        try {
          parse(input);
          outcomes.parsed++;
        } catch (error) {
          if (!(error instanceof ChitieuError)) {
            throw new Error(`${name}(${JSON.stringify(input)}) threw ${String(error)}`);
          }
          outcomes.rejected++;
        }
        const ms = performance.now() - start;
        if (ms > 0.2) slowest.push({ parser: name, input, ms });
      }
    }
    // Re-time the slow ones, best of 5, so a GC pause is not blamed on the parser.
    const retimed = slowest
      .map((s) => ({
        ...s,
        ms: Math.min(...Array.from({ length: 5 }, () => time(() => parsers[s.parser](s.input)))),
      }))
      .sort((a, b) => b.ms - a.ms);
    const worst = retimed[0];
    console.log(
      `fuzz: ${RUNS} inputs × ${Object.keys(parsers).length} parsers; ${outcomes.parsed} parsed, ${outcomes.rejected} rejected with ChitieuError; ` +
        `slowest (best of 5): ${worst ? `${worst.ms.toFixed(3)} ms by ${worst.parser} on ${JSON.stringify(worst.input.slice(0, 80))}` : 'all under 0.2 ms'}`,
    );
    expect(retimed.filter((s) => s.ms > 1)).toEqual([]);
  });
});
