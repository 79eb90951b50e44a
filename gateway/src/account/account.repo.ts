// The one account this gateway serves: its name and store plan (table `account`, one row).
import type { PortalDb } from '../db/database.ts';
import type { Plan } from './plans.ts';

export interface AccountRecord {
  id: 'account';
  name: string;
  plan: Plan;
}

export interface AccountRepo {
  get(): Promise<AccountRecord | undefined>;
  save(account: AccountRecord): Promise<void>;
}

export function createAccountRepo(db: PortalDb): AccountRepo {
  return {
    get: async () => {
      const row = await db.q.selectFrom('account').selectAll().where('id', '=', 'account').executeTakeFirst();
      return row ? { id: 'account', name: row.name, plan: row.plan as Plan } : undefined;
    },
    save: async (account) => {
      await db.q
        .insertInto('account')
        .values(account)
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: account.name, plan: account.plan }))
        .execute();
    },
  };
}
