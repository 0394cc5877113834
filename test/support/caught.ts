import { expect } from 'vitest';
import { ChitieuError } from '../../src/errors.js';

/**
 * Run `run` and return the ChitieuError it throws, so a test can look at its code, path,
 * details and message. The test fails if `run` returns, or throws anything else.
 */
export function caught(run: () => unknown): ChitieuError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    return error as ChitieuError;
  }
  throw new Error('expected a ChitieuError');
}
