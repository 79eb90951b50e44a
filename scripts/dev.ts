// `npm start`: runs the portal's services together for local use and prints where they are.
// For now that is the mock Unleashed; the gateway and storefront join as their issues land.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const services = [{ name: 'mock-unleashed', script: 'mock-unleashed/src/main.ts' }];

const children = services.map(({ name, script }) => {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, script)], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (text: Buffer) =>
    text
      .toString()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `[${name}] ${line}`)
      .join('\n');
  child.stdout.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
  child.stderr.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
  child.on('exit', (code) => {
    console.error(`[${name}] exited with code ${code}`);
    stopAll(code ?? 1);
  });
  return child;
});

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
