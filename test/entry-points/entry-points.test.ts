/**
 * The four entry points: what each exports, and that the schemas of `chitieu/schemas`
 * compose with an app's own zod 4 (the classic API, not only `zod/mini`).
 */
import * as chitieu from 'chitieu';
import * as ntm from 'chitieu/ntm';
import * as party from 'chitieu/party';
import * as schemas from 'chitieu/schemas';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const schemaNames = (m: object) => Object.keys(m).filter((k) => k.endsWith('Schema'));

describe('entry points', () => {
  it('the root, chitieu/ntm and chitieu/party export no schema; chitieu/schemas exports them all', () => {
    expect(schemaNames(chitieu)).toEqual([]);
    expect(schemaNames(ntm)).toEqual([]);
    expect(schemaNames(party)).toEqual([]);
    expect(schemaNames(schemas).length).toBeGreaterThanOrEqual(95);
    expect(Object.keys(schemas).filter((k) => !k.endsWith('Schema'))).toEqual(
      expect.arrayContaining(['parsePlan', 'parseTargetJson', 'parsePlanResult', 'parseChange']),
    );
  });

  it('no name is exported by two entry points (one import away, one place)', () => {
    const seen = new Map<string, string>();
    for (const [entry, m] of Object.entries({ chitieu, ntm, party, schemas })) {
      for (const name of Object.keys(m)) {
        expect(seen.get(name), `${name} in ${entry}`).toBeUndefined();
        seen.set(name, entry);
      }
    }
  });

  it('keeps internals out of the root', () => {
    for (const name of [
      'PROBATION_MONTHS',
      'MAX_PERIOD_LABEL_LENGTH',
      'emptyTally',
      'parseWithSchema',
    ]) {
      expect(Object.keys({ ...chitieu, ...ntm, ...party, ...schemas })).not.toContain(name);
    }
  });
});

describe('chitieu/schemas composes with an app’s own zod 4', () => {
  const app = z.object({ name: z.string(), t: schemas.targetSchema });

  it('reads a target inside the app’s schema into chitieu Decimals', () => {
    const parsed = app.parse({
      name: 'kết nạp',
      t: { kind: 'at-least', value: '150', strict: true },
    });
    expect(parsed.t.kind).toBe('at-least');
    expect(parsed.t.kind === 'at-least' && parsed.t.value instanceof chitieu.Decimal).toBe(true);
    expect(chitieu.evaluate(169, parsed.t).status).toBe('exceeded');
  });

  it('reports a bad target at its path in the app’s schema', () => {
    const result = app.safeParse({ name: 'x', t: { kind: 'at-least', value: 'lots' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.slice(0, 1)).toEqual(['t']);
  });
});
