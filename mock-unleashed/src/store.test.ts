import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSeed } from './seed/index.ts';
import { openStore } from './store.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mock-store-'));
  dirs.push(dir);
  return join(dir, 'mock.json');
}

describe('the mock store on disk', () => {
  it('when the file does not exist, then it is created from the seed', async () => {
    const file = await tempFile();
    const store = await openStore(file, () => generateSeed('empty', { seedNumber: 1 }));
    expect(store.data.seed).toBe('empty');
    expect(JSON.parse(await readFile(file, 'utf8')).seed).toBe('empty');
  });

  it('when the mock restarts, then a change made before is still there and the seed is not applied again', async () => {
    const file = await tempFile();
    const first = await openStore(file, () => generateSeed('default', { seedNumber: 42 }));
    const product = first.data.products[0]!;
    product.ProductDescription = 'Changed before the restart';
    await first.commit();

    const second = await openStore(file, () => generateSeed('empty', { seedNumber: 1 }));
    expect(second.data.seed).toBe('default');
    expect(second.data.products.find((p) => p.Guid === product.Guid)?.ProductDescription).toBe(
      'Changed before the restart',
    );
  });
});
