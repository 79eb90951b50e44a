// lowdb behind the collection interface. Each concern is a folder of compact JSON files (lowdb's DataFile
// each): one, or for concerns that grow a record at a time up to 1,024, a record living in the file its id
// hashes to, so that a change rewrites only the files of the records it touched. lowdb writes a file whole, so
// one file for orders made every placement rewrite all of them: ~1.7 s with 100,000 orders stored
// (`npm run bench:catalogue`). Each record keeps the number it was first inserted under, so all() keeps
// insertion order across restarts. Data of the earlier layout (one `<concern>.json`) is read once, written into
// the folder, and the old file renamed to `<concern>.json.migrated`.
import { access, constants, mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { type Collection, type CollectionBackend, MapCollection, type VersionStamp } from './collections.ts';

/**
 * Files per concern. Concerns written a record at a time that grow with use (orders, emails, carts, sessions…) are
 * spread over many files; the ones the sync fills a page of 1,000 records at a time (catalogue, prices, stock,
 * customers) keep one file, as one write of the whole file costs less than hundreds of small ones.
 */
const SPREAD = 1024;
const SPREAD_CONCERNS = new Set([
  'orders',
  'carts',
  'email',
  'auth',
  'invitations',
  'notifications',
  'acting',
  'standing-orders',
]);
const filesPerConcern = (concern: string) => (SPREAD_CONCERNS.has(concern) ? SPREAD : 1);
const SHARD_FILE = /^([0-9a-f]{3})\.json$/;

/** collection → id → [insertion number, record] */
type ShardData = Record<string, Record<string, [number, unknown]>>;
/** The earlier layout: collection → id → record, in insertion order. */
type LegacyData = Record<string, Record<string, unknown>>;

/** FNV-1a over the id's UTF-16 units, folded to a shard number. */
function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const shardName = (shard: number) => `${shard.toString(16).padStart(3, '0')}.json`;

function openFile<T>(path: string) {
  return new Low<T>(
    new DataFile<T>(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) }),
    {} as T,
  );
}

/** One concern's records in memory, and which of its files hold which ids. */
class Concern {
  /** collection → id → record, in insertion order (what MapCollection reads). */
  readonly maps = new Map<string, Map<string, unknown>>();
  private readonly order = new Map<string, Map<string, number>>();
  /** shard → collection → ids in it. */
  private readonly members = new Map<number, Map<string, Set<string>>>();
  private readonly files = new Map<number, Low<ShardData>>();
  private readonly pending = new Set<Promise<void>>();
  private next = 0;

  constructor(
    private readonly folder: string,
    private readonly shards: number,
  ) {}

  mapOf(collection: string): Map<string, unknown> {
    let map = this.maps.get(collection);
    if (!map) {
      map = new Map();
      this.maps.set(collection, map);
      this.order.set(collection, new Map());
    }
    return map;
  }

  async load(legacyFile: string): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const loaded: { collection: string; id: string; at: number; record: unknown }[] = [];
    const found = new Set<number>();
    let misplaced = false;
    for (const name of await readdir(this.folder)) {
      const shard = SHARD_FILE.exec(name)?.[1];
      if (shard === undefined) continue;
      const file = openFile<ShardData>(join(this.folder, name));
      await file.read();
      found.add(Number.parseInt(shard, 16));
      for (const [collection, entries] of Object.entries(file.data ?? {}))
        for (const [id, [at, record]] of Object.entries(entries)) {
          loaded.push({ collection, id, at, record });
          misplaced ||= shardOf(id, this.shards) !== Number.parseInt(shard, 16);
        }
    }
    loaded.sort((a, b) => a.at - b.at);
    for (const { collection, id, at, record } of loaded) {
      this.mapOf(collection).set(id, record);
      this.order.get(collection)?.set(id, at);
      this.next = Math.max(this.next, at + 1);
    }
    for (const [collection, map] of this.maps) for (const id of map.keys()) this.track(collection, id);
    // The number of files changed since these were written: every record is written where it belongs now, and
    // the files it left are rewritten without it (before any other write could drop it from the old one).
    if (misplaced)
      await Promise.all([...new Set([...found, ...this.members.keys()])].map((s) => this.write(s)));
    await this.migrate(legacyFile);
  }

  private async migrate(legacyFile: string): Promise<void> {
    if (!(await exists(legacyFile))) return;
    const legacy = openFile<LegacyData>(legacyFile);
    await legacy.read();
    const data = legacy.data ?? {};
    const touched: { collection: string; ids: string[] }[] = [];
    for (const [collection, records] of Object.entries(data)) {
      const map = this.mapOf(collection);
      const ids = Object.keys(records).filter((id) => !map.has(id));
      for (const id of ids) map.set(id, records[id]);
      touched.push({ collection, ids });
    }
    for (const { collection, ids } of touched) await this.changed(collection, ids);
    await rename(legacyFile, `${legacyFile}.migrated`);
  }

  private track(collection: string, id: string): number {
    const shard = shardOf(id, this.shards);
    let byCollection = this.members.get(shard);
    if (!byCollection) {
      byCollection = new Map();
      this.members.set(shard, byCollection);
    }
    let ids = byCollection.get(collection);
    if (!ids) {
      ids = new Set();
      byCollection.set(collection, ids);
    }
    ids.add(id);
    return shard;
  }

  /** Persists what happened to these ids (put or removed) in `collection`: rewrites only their files. */
  async changed(collection: string, ids: readonly string[]): Promise<void> {
    const map = this.mapOf(collection);
    const order = this.order.get(collection) as Map<string, number>;
    const shards = new Set<number>();
    for (const id of ids) {
      if (map.has(id)) {
        if (!order.has(id)) order.set(id, this.next++);
        shards.add(this.track(collection, id));
      } else {
        order.delete(id);
        const shard = shardOf(id, this.shards);
        this.members.get(shard)?.get(collection)?.delete(id);
        shards.add(shard);
      }
    }
    await Promise.all([...shards].map((shard) => this.write(shard)));
  }

  private write(shard: number): Promise<void> {
    let file = this.files.get(shard);
    if (!file) {
      file = openFile<ShardData>(join(this.folder, shardName(shard)));
      this.files.set(shard, file);
    }
    const data: ShardData = {};
    for (const [collection, ids] of this.members.get(shard) ?? []) {
      const map = this.maps.get(collection);
      const order = this.order.get(collection);
      const entries: Record<string, [number, unknown]> = {};
      for (const id of ids) entries[id] = [order?.get(id) ?? 0, map?.get(id)];
      if (ids.size > 0) data[collection] = entries;
    }
    file.data = data;
    const written = file.write();
    this.pending.add(written);
    return written.finally(() => this.pending.delete(written));
  }

  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

export class LowdbBackend implements CollectionBackend {
  private readonly concerns = new Map<string, Promise<Concern>>();
  private readonly stamps = new Map<string, VersionStamp>();

  constructor(private readonly folder: string) {}

  private open(name: string): Promise<Concern> {
    let opened = this.concerns.get(name);
    if (!opened) {
      opened = (async () => {
        const concern = new Concern(join(this.folder, name), filesPerConcern(name));
        await concern.load(join(this.folder, `${name}.json`));
        return concern;
      })();
      this.concerns.set(name, opened);
    }
    return opened;
  }

  async collection<T extends { id: string }>(concernName: string, name: string): Promise<Collection<T>> {
    const concern = await this.open(concernName);
    const map = concern.mapOf(name);
    const stampKey = `${concernName}/${name}`;
    let stamp = this.stamps.get(stampKey);
    if (!stamp) {
      stamp = { version: 0 };
      this.stamps.set(stampKey, stamp);
    }
    return new MapCollection<T>(map as unknown as Map<string, T>, (ids) => concern.changed(name, ids), stamp);
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
    for (const opened of this.concerns.values()) await (await opened).flush();
  }
}
