// Every pact must also be allowed by the provider's OpenAPI spec: swagger-mock-validator checks each interaction's
// path, method, parameters, headers and bodies against it, so a consumer cannot agree with a provider on something
// the spec does not say (or the spec drift away from what is verified). Runs after the consumer tests wrote the pacts.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const VALIDATOR = resolve(
  ROOT,
  'node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs',
);

interface Outcome {
  ok: boolean;
  errors: number;
  warnings: number;
  report: string;
}

/** Runs swagger-mock-validator (its CLI: the package's JS entry point is not exported) on one spec and pact. */
async function crossCheck(spec: string, pact: string): Promise<Outcome> {
  const args = [VALIDATOR, resolve(ROOT, spec), resolve(ROOT, pact)];
  const run = promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  const { ok, report } = await run.then(
    ({ stdout, stderr }) => ({ ok: true, report: stdout + stderr }),
    (failed: { stdout?: string; stderr?: string }) => ({
      ok: false,
      report: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    }),
  );
  const count = (what: string) => Number(new RegExp(`(\\d+) ${what}\\(s\\)`).exec(report)?.[1] ?? Number.NaN);
  return { ok, errors: count('error'), warnings: count('warning'), report };
}

describe.concurrent('every pact is allowed by its provider’s OpenAPI spec', () => {
  it('when the storefront→gateway pact is checked against openapi/gateway.yaml, then nothing is out of the spec', async () => {
    const outcome = await crossCheck('openapi/gateway.yaml', 'contracts/pacts/storefront-gateway.json');
    expect(outcome, outcome.report).toMatchObject({ ok: true, errors: 0, warnings: 0 });
  });

  it('when the Unleashed→gateway webhook pact is checked against openapi/gateway.yaml, then nothing is out of the spec', async () => {
    const outcome = await crossCheck('openapi/gateway.yaml', 'contracts/pacts/unleashed-gateway.json');
    expect(outcome, outcome.report).toMatchObject({ ok: true, errors: 0, warnings: 0 });
  });

  it('when the gateway→Unleashed pact is checked against openapi/unleashed.yaml, then nothing is out of the spec', async () => {
    const outcome = await crossCheck('openapi/unleashed.yaml', 'contracts/pacts/gateway-unleashed.json');
    expect(outcome, outcome.report).toMatchObject({ ok: true, errors: 0, warnings: 0 });
  });
});
