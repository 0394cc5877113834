import { describe, it } from 'vitest';
import { auditCases } from './cases/audit.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: audit', () => {
  it.each(auditCases)('$name', (c) => runCase(c));
});
