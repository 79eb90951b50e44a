// A vitest reporter for `npm test`: after the run, the ten test files that took longest (collecting and running),
// so a suite creeping past its 10-minute budget shows where the time goes; then, last of all, each failed file
// with its first error lines (a failed hook included), because CI keeps only the tail of a long run's output.
import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node';

export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    printSlowest(testModules);
    printFailures(testModules, unhandledErrors);
  }
}

function printSlowest(testModules: ReadonlyArray<TestModule>): void {
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

function printFailures(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
): void {
  const failed = testModules.filter((module) => module.state() === 'failed');
  if (failed.length === 0 && unhandledErrors.length === 0) return;
  console.log('\nFailed test files, in short:');
  for (const module of failed) {
    console.log(`  ${module.relativeModuleId}`);
    for (const error of suiteErrors(module)) console.log(`    ${firstLines(error)}`);
    for (const test of module.children.allTests('failed')) {
      console.log(`    ✗ ${test.fullName}: ${firstLines(test.result().errors?.[0])}`);
    }
  }
  for (const error of unhandledErrors) console.log(`  unhandled: ${firstLines(error)}`);
}

/** Errors of the file and its suites themselves: collection, and beforeAll/afterAll hooks. */
function suiteErrors(module: TestModule): SerializedError[] {
  const suites: Array<TestModule | TestSuite> = [module, ...module.children.allSuites()];
  return suites.flatMap((suite) => suite.errors());
}

function firstLines(error: SerializedError | undefined): string {
  if (!error) return '(no error recorded)';
  const text = `${error.name ?? 'Error'}: ${error.message ?? ''}`;
  return text.split('\n').slice(0, 3).join(' / ').slice(0, 400);
}
