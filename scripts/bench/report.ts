// Prints the bench table and the mock/Prism ratios against the targets; false when a case had non-200 answers.
import type { CaseResult } from './load.ts';

const TARGETS = [
  { size: 200, rps: 5, p99: 0.3 },
  { size: 1000, rps: 4, p99: undefined },
] as const;

const percent = (share: number | undefined) => (share === undefined ? '?' : `${Math.round(share * 100)}%`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function printReport(results: CaseResult[]): boolean {
  const byName = new Map(results.map((r) => [r.name, r]));
  console.log(
    `\n${'case'.padEnd(14)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}` +
      `${'KB/resp'.padStart(9)}${'requests'.padStart(10)}${'CPU srv'.padStart(9)}${'CPU ab'.padStart(8)}  status`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(14)}${r.rps.toFixed(0).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}` +
        `${r.kbPerResponse.toFixed(0).padStart(9)}${String(r.requests).padStart(10)}` +
        `${percent(r.serverCpu).padStart(9)}${percent(r.clientCpu).padStart(8)}  ` +
        (r.problems.length ? `INVALID: ${r.problems.join(', ')}` : 'all 200'),
    );
  }
  console.log(
    '(CPU srv / CPU ab: share of one core used by the server process / by autocannon during the case)\n',
  );

  for (const target of TARGETS) {
    const mock = byName.get(`mock ${target.size}`);
    const prism = byName.get(`prism ${target.size}`);
    if (!mock || !prism) continue;
    const rps = mock.rps / prism.rps;
    const p99 = mock.p99 / prism.p99;
    const p99Target =
      target.p99 === undefined ? '' : ` (target ≤ ${target.p99}×: ${verdict(p99 <= target.p99)})`;
    console.log(
      `${target.size} items, mock/Prism: req/s ${rps.toFixed(2)}× (target ≥ ${target.rps}×: ${verdict(rps >= target.rps)}), ` +
        `p99 ${p99.toFixed(2)}×${p99Target}`,
    );
  }
  const floor = byName.get('express 200');
  const prism = byName.get('prism 200');
  const mock = byName.get('mock 200');
  if (floor && prism && mock) {
    console.log(
      `200 items, plain Express/Prism: req/s ${(floor.rps / prism.rps).toFixed(2)}×, ` +
        `p99 ${(floor.p99 / prism.p99).toFixed(2)}×; mock/plain Express: req/s ${(mock.rps / floor.rps).toFixed(2)}×`,
    );
  }
  const invalid = results.filter((r) => r.problems.length > 0);
  if (invalid.length > 0)
    console.log(`\nNOT VALID: ${invalid.map((r) => r.name).join(', ')} had answers other than 200.`);
  return invalid.length === 0;
}
