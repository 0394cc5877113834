// The chitieu command line: the only place in the package that does I/O.
import { readFile } from 'node:fs/promises';
import { run } from './run.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

run(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`chitieu: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
