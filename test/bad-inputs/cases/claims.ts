/**
 * Bad inputs for the whole-report reader of src/claims: readReport, auditReport,
 * describeFindings. Texts are never refused for what they say (junk gives no claims); only
 * what is not a text, a text over 1 000 000 characters and unknown or bad options are errors.
 */
import { auditReport, describeFindings, readReport } from 'chitieu/claims';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';

const noClaims = (v: unknown) => expect((v as { claims: unknown[] }).claims).toEqual([]);

export const claimsCases: readonly BadInputCase[] = [
  {
    name: 'readReport refuses a number',
    run: () => readReport(42 as never),
    code: 'invalid-argument',
    path: ['text'],
  },
  {
    name: 'readReport refuses 1 000 001 characters',
    run: () => readReport('a'.repeat(1_000_001)),
    code: 'input-too-long',
    path: ['text'],
  },
  {
    name: 'readReport refuses a misspelled option (maxClaim)',
    run: () => readReport('x', { maxClaim: 1 } as never),
    code: 'invalid-argument',
  },
  {
    name: 'readReport refuses maxClaims 0',
    run: () => readReport('x', { maxClaims: 0 }),
    code: 'invalid-argument',
  },
  {
    name: 'readReport reads 100 000 digits as no claim',
    run: () => readReport('9'.repeat(100_000)),
    returns: noClaims,
  },
  {
    name: 'readReport reads lone surrogates and combining marks as no claim',
    run: () => readReport('\uD800\uDC00\uDFFF \u0301 % / ( ) ;'),
    returns: noClaims,
  },
  {
    name: 'readReport reads "1,2,3%" (not Vietnamese notation) as no claim',
    run: () => readReport('Đạt 1,2,3% kế hoạch.'),
    returns: noClaims,
  },
  {
    name: 'auditReport refuses an object that is not a reading',
    run: () => auditReport({ text: 1 } as never),
    code: 'invalid-argument',
    path: ['textOrReading'],
  },
  {
    name: 'auditReport refuses an unknown rounding mode',
    run: () => auditReport('x', { modes: ['nearest'] } as never),
    code: 'invalid-argument',
  },
  {
    name: 'auditReport refuses an empty list of modes',
    run: () => auditReport('x', { modes: [] }),
    code: 'invalid-argument',
  },
  {
    name: 'describeFindings refuses a string',
    run: () => describeFindings('x' as never),
    code: 'invalid-argument',
    path: ['findings'],
  },
  {
    name: 'describeFindings refuses lang "fr"',
    run: () => describeFindings([], { lang: 'fr' } as never),
    code: 'invalid-argument',
  },
  {
    name: 'readReport refuses null',
    run: () => readReport(null as never),
    code: 'invalid-argument',
    path: ['text'],
  },
  {
    name: 'readReport refuses options that are not an object',
    run: () => readReport('x', 3 as never),
    code: 'invalid-argument',
  },
  {
    name: 'readReport refuses maxClaims 1.5',
    run: () => readReport('x', { maxClaims: 1.5 }),
    code: 'invalid-argument',
  },
  {
    name: 'readReport refuses maxClaims as a string',
    run: () => readReport('x', { maxClaims: '3' as never }),
    code: 'invalid-argument',
  },
  {
    name: 'readReport reads a date ("Ngày 3/7") and a decree number ("12/2020/NĐ-CP") as no claim',
    run: () => readReport('Ngày 3/7, thực hiện Nghị định số 12/2020/NĐ-CP.'),
    returns: noClaims,
  },
  {
    name: 'readReport reads white space only as no claim',
    run: () => readReport(' \u00A0\t\n\u200B '),
    returns: noClaims,
  },
  {
    name: 'auditReport refuses null',
    run: () => auditReport(null as never),
    code: 'invalid-argument',
  },
  {
    name: 'auditReport refuses a misspelled read option',
    run: () => auditReport('x', { read: { maxClaim: 1 } } as never),
    code: 'invalid-argument',
  },
  {
    name: 'auditReport refuses 1 000 001 characters',
    run: () => auditReport('a'.repeat(1_000_001)),
    code: 'input-too-long',
    path: ['text'],
  },
  {
    name: 'describeFindings refuses null',
    run: () => describeFindings(null as never),
    code: 'invalid-argument',
    path: ['findings'],
  },
];
