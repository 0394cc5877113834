import { describe, it } from 'vitest';
import { grassrootsCases } from './cases/grassroots.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: grassroots', () => {
  it.each(grassrootsCases)('$name', (c) => runCase(c));
});
