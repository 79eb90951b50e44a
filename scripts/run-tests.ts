// `npm test` after its set-up steps: the type-check, lint, unit/API/browser tests and Pact contracts run side by
// side rather than one after another (the contracts and the checks fill the CPU the test files leave while they
// wait on servers and browsers). The tests' output streams as it comes; each other step's output is printed
// whole when it ends, under its name. Exits non-zero when any step failed, naming them.
import { spawn } from 'node:child_process';

interface Step {
  script: string;
  /** Streams its output as it comes (one step only, or the output would interleave). */
  live?: boolean;
}

const STEPS: Step[] = [
  { script: 'test:unit', live: true },
  { script: 'typecheck' },
  { script: 'lint' },
  { script: 'test:contracts' },
];

function run({ script, live }: Step): Promise<{ script: string; ok: boolean; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      if (!live) {
        process.stdout.write(
          `\n── npm run ${script} (${seconds} s, ${code === 0 ? 'passed' : 'FAILED'}) ──\n`,
        );
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ script, ok: code === 0, seconds });
    });
  });
}

const results = await Promise.all(STEPS.map(run));
console.log(
  `\n${results.map((r) => `${r.ok ? 'passed' : 'FAILED'}  npm run ${r.script} (${r.seconds} s)`).join('\n')}`,
);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`npm test failed: ${failed.map((r) => r.script).join(', ')}.`);
  process.exit(1);
}
