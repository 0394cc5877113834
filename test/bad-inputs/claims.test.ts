import { describe, it } from 'vitest';
import { claimsCases } from './cases/claims.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: claims', () => {
  it.each(claimsCases)('$name', (c) => runCase(c));
});
