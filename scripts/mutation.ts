// npm run test:mutation [module…]: StrykerJS over the rule-heavy modules of scripts/mutation-modules.json, one
// module at a time (each judged by its own fast tests), then the mutation score per module. Without names it runs
// every module not marked slow; `--all` adds the slow ones (API tests: about half a minute per mutant). Other
// flags go to Stryker (`--force` runs every mutant again).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

interface ModuleEntry {
  slow?: boolean;
}
interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const modules: Record<string, ModuleEntry> = JSON.parse(
  readFileSync(new URL('./mutation-modules.json', import.meta.url), 'utf8'),
);
const args = process.argv.slice(2);
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !(name in modules));
if (unknown.length > 0) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Known: ${Object.keys(modules).join(', ')}.`);
  process.exit(2);
}
const chosen =
  named.length > 0
    ? named
    : Object.keys(modules).filter((name) => args.includes('--all') || !modules[name]?.slow);

const DETECTED = new Set(['Killed', 'Timeout']);
const INVALID = new Set(['CompileError', 'RuntimeError', 'Ignored']);

/** Stryker's score: killed or timed out, over every valid mutant (no coverage counts as survived). */
function scoreOf(name: string): { detected: number; valid: number; survived: number } | undefined {
  const file = `reports/mutation/${name}.json`;
  if (!existsSync(file)) return undefined;
  const report: Report = JSON.parse(readFileSync(file, 'utf8'));
  const statuses = Object.values(report.files).flatMap((f) => f.mutants.map((m) => m.status));
  const valid = statuses.filter((s) => !INVALID.has(s));
  const detected = valid.filter((s) => DETECTED.has(s)).length;
  return { detected, valid: valid.length, survived: valid.length - detected };
}

let failed = false;
for (const name of chosen) {
  console.log(`\n=== mutation testing: ${name}`);
  // Stryker's own flags pass through (e.g. --force: run every mutant again, not only the changed ones).
  const passed = args.filter((arg) => arg.startsWith('--') && arg !== '--all');
  const run = spawnSync('npx', ['stryker', 'run', ...passed], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: name },
  });
  if (run.status !== 0) failed = true;
}

console.log('\nMutation score per module (killed or timed out / valid mutants):');
for (const name of chosen) {
  const score = scoreOf(name);
  console.log(
    score
      ? `  ${name.padEnd(18)} ${((100 * score.detected) / Math.max(1, score.valid)).toFixed(1).padStart(5)}%  (${score.detected}/${score.valid}, ${score.survived} survived)`
      : `  ${name.padEnd(18)}   no report`,
  );
}
process.exit(failed ? 1 : 0);
