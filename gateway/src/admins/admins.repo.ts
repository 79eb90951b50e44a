// Admin accounts: email (unique, lower-cased) and a scrypt password hash (table `admins`).
import type { PortalDb } from '../db/database.ts';

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
  /** Adds an admin; false when the email is taken already (also when another instance took it a moment ago). */
  insert(admin: AdminRecord): Promise<boolean>;
  count(): Promise<number>;
  setPassword(id: string, passwordHash: string): Promise<void>;
  /** The account owner: the admin created first. */
  first(): Promise<AdminRecord | undefined>;
}

export function createAdminsRepo(db: PortalDb): AdminsRepo {
  return {
    findByEmail: (email) =>
      db.q.selectFrom('admins').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst(),
    get: (id) => db.q.selectFrom('admins').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: async (admin) => {
      const inserted = await db.q
        .insertInto('admins')
        .values(admin)
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    setPassword: async (id, passwordHash) => {
      await db.q.updateTable('admins').set({ passwordHash }).where('id', '=', id).execute();
    },
    first: () => db.q.selectFrom('admins').selectAll().orderBy('createdAt').orderBy('id').executeTakeFirst(),
    count: async () =>
      Number(
        (
          await db.q
            .selectFrom('admins')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
  };
}
