import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { auditVerdictSchema } from '../../src/audit/audit-verdict-schema.js';

describe('auditVerdictSchema', () => {
  it('accepts the three verdicts', () => {
    for (const v of ['consistent', 'unreproducible', 'unchecked']) {
      expect(z.parse(auditVerdictSchema, v)).toBe(v);
    }
  });

  it('rejects anything else', () => {
    expect(z.safeParse(auditVerdictSchema, 'ok').success).toBe(false);
    expect(z.safeParse(auditVerdictSchema, null).success).toBe(false);
  });
});
