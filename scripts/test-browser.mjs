#!/usr/bin/env node
// Browser check (issue 18): bundle real calls of each entry point for the browser with
// esbuild (from the built package, dist/), load each in headless Chromium and check that the
// results are the same as in Node. A bundle that mentions `process` or `Buffer`, or a page
// that throws (a Node-only API), fails. Installs Debian's chromium when it is missing (root).
//   npm run build && node scripts/test-browser.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checksDir = join(root, 'scripts', 'browser');
const entries = {
  root: 'chitieu',
  ntm: 'chitieu/ntm',
  party: 'chitieu/party',
  claims: 'chitieu/claims',
  tables: 'chitieu/tables',
  schemas: 'chitieu/schemas',
};

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0) return found.stdout.trim();
  }
  return null;
}

let chromium = process.env.CHROMIUM ?? findChromium();
if (chromium === null) {
  console.log('chromium is missing: installing it (apt-get install -y chromium)…');
  execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  chromium = findChromium();
  if (chromium === null) throw new Error('chromium is still missing after apt-get install');
}

const work = mkdtempSync(join(tmpdir(), 'chitieu-browser-'));
// the checks import `chitieu` as an app does: through the package's exports
mkdirSync(join(work, 'node_modules'));
symlinkSync(root, join(work, 'node_modules', 'chitieu'), 'dir');

/** Run one page in headless Chromium and return its DOM. */
function runPage(file) {
  const run = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      `--user-data-dir=${join(work, 'profile')}`,
      '--virtual-time-budget=5000',
      '--dump-dom',
      pathToFileURL(file).href,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`chromium exited with ${run.status}:\n${run.stderr}`);
  return run.stdout;
}

let failures = 0;
try {
  for (const [name, specifier] of Object.entries(entries)) {
    const checks = join(checksDir, `${name}.mjs`);
    const bundle = await build({
      stdin: {
        contents: `import { results } from ${JSON.stringify(checks)};
const out = document.getElementById('out');
try { out.textContent = JSON.stringify({ ok: results() }); }
catch (error) { out.textContent = JSON.stringify({ error: String(error && error.stack || error) }); }`,
        resolveDir: work,
        loader: 'js',
      },
      nodePaths: [join(work, 'node_modules')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      charset: 'utf8',
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0].text;
    const nodeOnly = ['process', 'Buffer', 'require("node:', "require('node:"].filter((word) =>
      new RegExp(`(^|[^\\w$.])${word.replace(/[(.'"]/g, '\\$&')}\\b`).test(code),
    );
    if (nodeOnly.length > 0) {
      failures++;
      console.error(`✗ ${specifier}: the browser bundle mentions ${nodeOnly.join(', ')}`);
    }
    const page = join(work, `${name}.html`);
    writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><pre id="out">not run</pre><script>${code.replaceAll('</script', '<\\/script')}</script>`,
    );
    const dom = runPage(page);
    const text = /<pre id="out">([\s\S]*?)<\/pre>/.exec(dom)?.[1] ?? '';
    const decoded = text
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    let inBrowser;
    try {
      inBrowser = JSON.parse(decoded);
    } catch {
      inBrowser = { error: `unreadable page output: ${text.slice(0, 300)}` };
    }
    const inNode = { ok: (await import(pathToFileURL(checks).href)).results() };
    const same = JSON.stringify(inBrowser) === JSON.stringify(JSON.parse(JSON.stringify(inNode)));
    const size = `${(code.length / 1000).toFixed(0)} kB bundle`;
    if (same) {
      console.log(
        `✓ ${specifier}: ${Object.keys(inNode.ok).length} calls give the same results in Chromium and Node (${size})`,
      );
    } else {
      failures++;
      console.error(`✗ ${specifier}: Chromium and Node differ (${size})`);
      console.error(`  Chromium: ${JSON.stringify(inBrowser).slice(0, 1500)}`);
      console.error(`  Node:     ${JSON.stringify(inNode).slice(0, 1500)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
