// The one account this gateway serves: its name and store plan.
import type { CollectionBackend } from '../storage/collections.ts';
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

export async function createAccountRepo(backend: CollectionBackend): Promise<AccountRepo> {
  const accounts = await backend.collection<AccountRecord>('account', 'account');
  return { get: async () => accounts.get('account'), save: (account) => accounts.put(account) };
}
