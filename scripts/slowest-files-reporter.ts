// A vitest reporter for `npm test`: after the run, the ten test files that took longest (collecting and running),
// so a suite creeping past its 10-minute budget shows where the time goes.
import type { Reporter, TestModule } from 'vitest/node';

export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => {
        const { collectDuration, duration } = module.diagnostic();
        return { file: module.relativeModuleId, seconds: (collectDuration + duration) / 1000 };
      })
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 10);
    if (timed.length === 0) return;
    console.log('\nSlowest test files (collect + run, seconds):');
    for (const { file, seconds } of timed) console.log(`  ${seconds.toFixed(1).padStart(6)}  ${file}`);
  }
}
