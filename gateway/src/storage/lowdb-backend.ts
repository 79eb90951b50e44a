// lowdb behind the collection interface: one compact JSON file per concern under the data folder, written
// whole after each change (lowdb's writer coalesces overlapping writes).
import { access, constants, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { type Collection, type CollectionBackend, MapCollection, type VersionStamp } from './collections.ts';

type ConcernData = Record<string, Record<string, unknown>>;

export class LowdbBackend implements CollectionBackend {
  private readonly concerns = new Map<
    string,
    Promise<{ db: Low<ConcernData>; maps: Map<string, Map<string, unknown>> }>
  >();
  private readonly stamps = new Map<string, VersionStamp>();

  constructor(private readonly folder: string) {}

  private open(concern: string) {
    let opened = this.concerns.get(concern);
    if (!opened) {
      opened = (async () => {
        await mkdir(this.folder, { recursive: true });
        const file = new DataFile<ConcernData>(join(this.folder, `${concern}.json`), {
          parse: JSON.parse,
          stringify: (data) => JSON.stringify(data),
        });
        const db = new Low<ConcernData>(file, {});
        await db.read();
        db.data ??= {};
        const maps = new Map<string, Map<string, unknown>>();
        for (const [name, records] of Object.entries(db.data))
          maps.set(name, new Map(Object.entries(records)));
        return { db, maps };
      })();
      this.concerns.set(concern, opened);
    }
    return opened;
  }

  async collection<T extends { id: string }>(concern: string, name: string): Promise<Collection<T>> {
    const { db, maps } = await this.open(concern);
    let map = maps.get(name);
    if (!map) {
      map = new Map<string, unknown>();
      maps.set(name, map);
    }
    const save = async () => {
      db.data = Object.fromEntries(
        [...maps].map(([collection, records]) => [collection, Object.fromEntries(records)]),
      );
      await db.write();
    };
    const stampKey = `${concern}/${name}`;
    let stamp = this.stamps.get(stampKey);
    if (!stamp) {
      stamp = { version: 0 };
      this.stamps.set(stampKey, stamp);
    }
    return new MapCollection<T>(map as unknown as Map<string, T>, save, stamp);
  }

  async check(): Promise<boolean> {
    try {
      await mkdir(this.folder, { recursive: true });
      await access(this.folder, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }

  async flush(): Promise<void> {
    for (const opened of this.concerns.values()) {
      const { db } = await opened;
      await db.write();
    }
  }
}
