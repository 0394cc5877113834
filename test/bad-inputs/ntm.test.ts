import { describe, it } from 'vitest';
import { ntmCases } from './cases/ntm.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: NTM', () => {
  it.each(ntmCases)('$name', (c) => runCase(c));
});
