/**
 * The command line end to end: src/cli/main.ts is bundled with esbuild (as tsup builds
 * dist/cli.js, banner included) into a temporary folder and run with node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-cli-'));
  cli = join(dir, 'cli.js');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'silent',
  });
}, 60_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

function chitieu(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function report(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const WRONG = 'Năm 2023, huyện đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.';
const RIGHT =
  'Có 68 đảng bộ và 31 chi bộ cơ sở, tổng 99 tổ chức. Kết nạp 169 đảng viên, đạt 112,6% kế hoạch.';

describe('chitieu audit', { timeout: 60_000 }, () => {
  it('--help prints the usage and exits 0', () => {
    const r = chitieu(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('chitieu audit <report.txt>');
  });

  it('prints a table and exits 1 when a figure is inconsistent', () => {
    const r = chitieu(['audit', report('wrong.txt', WRONG)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('INCONSISTENT');
    expect(r.out).toContain('238/316 = 75,32%');
    expect(r.out).toContain('1 claims, 1 findings: 0 consistent, 1 inconsistent, 0 unchecked.');
  });

  it('exits 0 when nothing is inconsistent; --all lists consistent findings; --lang vi', () => {
    const path = report('right.txt', RIGHT);
    expect(chitieu(['audit', path]).code).toBe(0);
    expect(chitieu(['audit', path]).out).not.toContain('68 + 31 = 99');
    const all = chitieu(['audit', path, '--all', '--lang', 'vi']);
    expect(all.code).toBe(0);
    expect(all.out).toContain('68 + 31 = 99');
    expect(all.out).toContain('khớp');
    expect(all.out).toContain('Chưa kiểm được');
  });

  it('reads standard input with "-" and prints JSON with --json', () => {
    const r = chitieu(['audit', '-', '--json'], WRONG);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.summary.inconsistent).toBe(1);
    expect(json.findings[0].arithmetic).toBe('238/316 = 75,32%');
    expect(json.reading.claims[0].figures[0].value).toBe('238');
  });

  it('exits 2 on bad input: no file, a missing file, an unknown option, a text too long', () => {
    expect(chitieu(['audit']).code).toBe(2);
    expect(chitieu([]).code).toBe(2);
    expect(chitieu(['check', 'x']).code).toBe(2);
    const missing = chitieu(['audit', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read');
    expect(chitieu(['audit', '-', '--jsn'], WRONG).code).toBe(2);
    expect(chitieu(['audit', '-', '--lang', 'fr'], WRONG).code).toBe(2);
    const long = chitieu(['audit', report('long.txt', 'a'.repeat(1_000_001))]);
    expect(long.code).toBe(2);
    expect(long.err).toContain('Input too long');
  });
});
