/**
 * scripts/smoke.mjs (run by `npm test` after the build) must fail when the built package is
 * broken. It is run here, copied into a throwaway package whose dist/ is written by the test,
 * so that no build is needed: a dist/index.js that throws at the top, a wrong answer, a file
 * missing, and a sound package with an entry point the script has no check for.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const smoke = fileURLToPath(new URL('../../scripts/smoke.mjs', import.meta.url));
const made: string[] = [];

const sound = {
  esm: `export const parseTarget = () => ({ target: { kind: 'at-least' } });
export const evaluate = () => ({ status: 'exceeded' });`,
  cjs: `exports.parseTarget = () => ({ target: { kind: 'at-least' } });
exports.evaluate = () => ({ status: 'exceeded' });`,
};

/** A package named chitieu with the smoke script and the given dist files; runs the script. */
function runSmoke(files: Record<string, string>, extraExports: Record<string, unknown> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'chitieu-smoke-'));
  made.push(root);
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'dist'));
  cpSync(smoke, join(root, 'scripts', 'smoke.mjs'));
  const exports = {
    '.': { import: './dist/index.js', require: './dist/index.cjs' },
    ...extraExports,
    './package.json': './package.json',
  };
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'chitieu', type: 'module', exports }),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'dist', name), text);
  return spawnSync(process.execPath, [join(root, 'scripts', 'smoke.mjs')], { encoding: 'utf8' });
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/smoke.mjs', () => {
  it('passes a sound package, importing and requiring it, and names an entry point it cannot check', () => {
    const run = runSmoke(
      { 'index.js': sound.esm, 'index.cjs': sound.cjs, 'extra.js': 'export {};' },
      { './extra': './dist/extra.js' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ import chitieu:');
    expect(run.stdout).toContain('✓ require chitieu:');
    expect(run.stdout).toContain('- chitieu/extra: no smoke check known');
  });

  it('fails when dist/index.js throws at the top', () => {
    const run = runSmoke({
      'index.js': `throw new Error('broken build');\n${sound.esm}`,
      'index.cjs': sound.cjs,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ import chitieu failed: Error: broken build');
  });

  it('fails when dist/index.cjs throws at the top', () => {
    const run = runSmoke({
      'index.js': sound.esm,
      'index.cjs': `throw new Error('broken cjs');\n${sound.cjs}`,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ require chitieu failed: Error: broken cjs');
  });

  it('fails on a wrong answer', () => {
    const run = runSmoke({
      'index.js': sound.esm.replace("'exceeded'", "'met'"),
      'index.cjs': sound.cjs,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('→ "met", expected "exceeded"');
  });

  it('fails when a file of the exports map is missing', () => {
    const run = runSmoke({ 'index.js': sound.esm });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ require chitieu');
  });
});
