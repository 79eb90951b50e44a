// lowdb's own layout: a folder of files per concern, where a change rewrites only the files of the records it
// touched, and data of the earlier one-file layout is taken over without losing a record or its order.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LowdbBackend } from './lowdb-backend.ts';

const root = mkdtempSync(join(tmpdir(), 'lowdb-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  id: string;
  name: string;
}

const modifiedTimes = (folder: string) =>
  new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));

describe('the lowdb storage', () => {
  it('when one record changes in a large concern, then only the one file holding it is rewritten', async () => {
    const folder = join(root, 'large');
    const backend = new LowdbBackend(folder);
    const orders = await backend.collection<Row>('orders', 'orders');
    await orders.put(...Array.from({ length: 5_000 }, (_, i) => ({ id: `order-${i}`, name: `Order ${i}` })));
    await backend.flush();
    const files = readdirSync(join(folder, 'orders'));
    expect(files.length).toBeGreaterThan(100);
    const before = modifiedTimes(join(folder, 'orders'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await orders.put({ id: 'order-42', name: 'Changed' });
    await backend.flush();
    const after = modifiedTimes(join(folder, 'orders'));
    const rewritten = [...after].filter(([name, at]) => before.get(name) !== at).map(([name]) => name);
    expect(rewritten).toHaveLength(1);

    const reopened = await new LowdbBackend(folder).collection<Row>('orders', 'orders');
    expect(reopened.all()).toHaveLength(5_000);
    expect(reopened.get('order-42')?.name).toBe('Changed');
    expect(
      reopened
        .all()
        .map((row) => row.id)
        .slice(0, 3),
    ).toEqual(['order-0', 'order-1', 'order-2']);
  });

  it('when data of the one-file layout is found, then every record is taken over in order and the old file is kept aside', async () => {
    const folder = join(root, 'legacy');
    const backend = new LowdbBackend(folder);
    await backend.check();
    const legacy = {
      customers: { c3: { id: 'c3', name: 'Third' }, c1: { id: 'c1', name: 'First' } },
      contacts: { k1: { id: 'k1', name: 'Kim' } },
    };
    writeFileSync(join(folder, 'customers.json'), JSON.stringify(legacy));
    writeFileSync(join(folder, 'carts.json'), '{}');
    const customers = await backend.collection<Row>('customers', 'customers');
    expect(customers.all().map((row) => row.id)).toEqual(['c3', 'c1']);
    expect((await backend.collection<Row>('customers', 'contacts')).get('k1')?.name).toBe('Kim');
    await backend.flush();
    expect(existsSync(join(folder, 'customers.json'))).toBe(false);
    expect(existsSync(join(folder, 'customers.json.migrated'))).toBe(true);
    expect((await backend.collection<Row>('carts', 'carts')).all()).toEqual([]);
    expect(existsSync(join(folder, 'carts.json'))).toBe(false);

    await customers.put({ id: 'c2', name: 'Second' });
    await customers.remove('c3');
    await backend.flush();
    const again = new LowdbBackend(folder);
    expect((await again.collection<Row>('customers', 'customers')).all().map((row) => row.id)).toEqual([
      'c1',
      'c2',
    ]);
    expect((await again.collection<Row>('customers', 'contacts')).all()).toEqual([{ id: 'k1', name: 'Kim' }]);
  });

  it('when records sit in files the ids no longer hash to (the file count changed), then none is lost by later writes', async () => {
    const folder = join(root, 'moved');
    mkdirSync(join(folder, 'orders'), { recursive: true });
    // All in one file, as a concern kept in one file would have them.
    const rows = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`o${i}`, [i, { id: `o${i}`, name: `Order ${i}` }]]),
    );
    writeFileSync(join(folder, 'orders', '000.json'), JSON.stringify({ orders: rows }));
    const backend = new LowdbBackend(folder);
    const orders = await backend.collection<Row>('orders', 'orders');
    expect(orders.all().map((row) => row.id)).toEqual(Array.from({ length: 50 }, (_, i) => `o${i}`));
    await orders.put({ id: 'o7', name: 'Changed' });
    await backend.flush();
    const reopened = await new LowdbBackend(folder).collection<Row>('orders', 'orders');
    expect(reopened.all()).toHaveLength(50);
    expect(reopened.get('o7')?.name).toBe('Changed');
    expect(reopened.all()[49]?.id).toBe('o49');
    expect(readdirSync(join(folder, 'orders')).length).toBeGreaterThan(10);
  });
});
