// The store's logo (issue 16 item 9): uploaded by the admin as base64, checked to be the image it claims to be
// (PNG, JPEG or WebP by its first bytes; SVG is never taken, it can carry script) and at most 256 KB, stored with
// a hash of its bytes as version, and served publicly (emails and the sign-in pages show it). Audited (B5).
import { createHash } from 'node:crypto';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import type { StoreLogo, StoreLogoRepo } from './store-logo.repo.ts';
import type { StoresService } from './stores.service.ts';
import { storeBranding } from './stores.types.ts';

export type StoreLogoUpload = components['schemas']['StoreLogoUpload'];
export type StoreBranding = components['schemas']['StoreBranding'];

export const MAX_LOGO_BYTES = 256 * 1024;

const SIGNATURES: Record<StoreLogoUpload['contentType'], (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
};

export interface StoreLogoService {
  /** Checks and stores the logo; validation-failed (field `data`) when it is not that image or too large. */
  upload(storeId: string, upload: StoreLogoUpload): Promise<StoreBranding>;
  remove(storeId: string): Promise<StoreBranding>;
  /** The logo to serve; not-found when the store has none. */
  get(storeId: string): Promise<StoreLogo>;
}

const badImage = (message: string) =>
  new AppError('validation-failed', `The logo ${message}.`, { errors: [{ field: 'data', message }] });

export function createStoreLogoService(deps: {
  repo: StoreLogoRepo;
  stores: StoresService;
  clock: Clock;
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}): StoreLogoService {
  const { repo, stores } = deps;
  const record = (storeId: string, summary: string, before: string | null, after: string | null) =>
    deps.audit.record({
      ...{ storeId, kind: 'store-settings-changed', recordType: 'store', recordId: storeId, summary },
      ...{ before: { logoVersion: before }, after: { logoVersion: after } },
    });
  return {
    async upload(storeId, { contentType, data }) {
      const store = await stores.get(storeId);
      const bytes = Buffer.from(data, 'base64');
      if (bytes.length > MAX_LOGO_BYTES)
        throw badImage(
          `is ${Math.ceil(bytes.length / 1024)} KB; at most ${MAX_LOGO_BYTES / 1024} KB is taken`,
        );
      if (!SIGNATURES[contentType](bytes))
        throw badImage(`is not a ${contentType.slice(6).toUpperCase()} image`);
      const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      await deps.transaction(async () => {
        await repo.save(storeId, { contentType, data: bytes, version }, deps.clock.now().toISOString());
        const size = `${contentType.slice(6)}, ${Math.ceil(bytes.length / 1024)} KB`;
        await record(storeId, `Logo uploaded (${size})`, store.logoVersion ?? null, version);
      });
      return storeBranding({ ...store, logoVersion: version });
    },
    async remove(storeId) {
      const store = await stores.get(storeId);
      await deps.transaction(async () => {
        if (await repo.remove(storeId))
          await record(storeId, 'Logo removed', store.logoVersion ?? null, null);
      });
      return storeBranding({ ...store, logoVersion: null });
    },
    async get(storeId) {
      const logo = await repo.get(storeId);
      if (!logo) throw new AppError('not-found', 'This store has no logo.');
      return logo;
    },
  };
}
