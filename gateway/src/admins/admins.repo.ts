// Admin accounts: email (unique, lower-cased) and a scrypt password hash.
import type { CollectionBackend } from '../storage/collections.ts';

export interface AdminRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: string;
}

export interface AdminsRepo {
  findByEmail(email: string): Promise<AdminRecord | undefined>;
  get(id: string): Promise<AdminRecord | undefined>;
  save(admin: AdminRecord): Promise<void>;
  count(): Promise<number>;
}

export async function createAdminsRepo(backend: CollectionBackend): Promise<AdminsRepo> {
  const admins = await backend.collection<AdminRecord>('auth', 'admins');
  return {
    findByEmail: async (email) => admins.all().find((a) => a.email === email.toLowerCase()),
    get: async (id) => admins.get(id),
    save: (admin) => admins.put(admin),
    count: async () => admins.all().length,
  };
}
