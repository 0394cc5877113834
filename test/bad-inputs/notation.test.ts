import { describe, it } from 'vitest';
import { notationCases } from './cases/notation.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: Vietnamese notation', () => {
  it.each(notationCases)('$name', (c) => runCase(c));
});
