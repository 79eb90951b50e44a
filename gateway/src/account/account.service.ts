// Plan limits (R7), enforced wherever the counted things change: going past one is refused with a problem
// naming the limit and the plan that lifts it; nothing already in a store is ever dropped.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import { AppError } from '../http/problems.ts';
import type { AccountRecord, AccountRepo } from './account.repo.ts';
import { liftSentence, PLAN_LIMITS, PLAN_NAMES, type Plan, type PlanLimits, planThatLifts } from './plans.ts';

export type Account = components['schemas']['Account'];

/** What the account service counts with; the catalogue, customers and stores domains provide it. */
export interface UsageCounter {
  storeIds(): Promise<string[]>;
  listedProducts(storeId: string): Promise<number>;
  customersInStore(storeId: string): Promise<number>;
}

export interface AccountService {
  get(): Promise<Account>;
  plan(): Promise<Plan>;
  changePlan(plan: Plan): Promise<Account>;
  /** Throws plan-limit-reached unless `adding` more of `what` fit (`current` is what is there now). */
  assertRoom(what: keyof PlanLimits, current: number, adding: number): Promise<void>;
  /** How many more customers the store may add; null = no limit. */
  customersAllowed(storeId: string): Promise<number | null>;
  productsAllowed(storeId: string): Promise<number | null>;
  /** The sentence naming the plan with room for one more customer in the store (empty when none has). */
  customersLift(storeId: string): Promise<string>;
  /** The sentence naming the plan with room for one more listed product in the store (empty when none has). */
  productsLift(storeId: string): Promise<string>;
}

export function createAccountService(
  repo: AccountRepo,
  usage: UsageCounter,
  defaults: { name: string; plan: Plan },
  guard: {
    audit: AuditLog;
    transaction: <T>(work: () => Promise<T>) => Promise<T>;
    /** The id of the account owner (the first admin), who alone may change the plan. */
    ownerId: () => Promise<string | undefined>;
  },
): AccountService {
  const record = async (): Promise<AccountRecord> => (await repo.get()) ?? { id: 'account', ...defaults };
  const service: AccountService = {
    async get() {
      const account = await record();
      const storeIds = await usage.storeIds();
      return {
        name: account.name,
        plan: account.plan,
        limits: PLAN_LIMITS[account.plan],
        usage: {
          stores: storeIds.length,
          perStore: await Promise.all(
            storeIds.map(async (storeId) => ({
              storeId,
              products: await usage.listedProducts(storeId),
              customers: await usage.customersInStore(storeId),
            })),
          ),
        },
      };
    },
    plan: async () => (await record()).plan,
    async changePlan(plan) {
      const ownerId = await guard.ownerId();
      if (!ownerId || guard.audit.actor()?.adminId !== ownerId)
        throw new AppError('forbidden', 'Only the account owner (the first admin) may change the plan.');
      await guard.transaction(async () => {
        const before = await record();
        await repo.save({ ...before, plan });
        await guard.audit.record({
          ...{ storeId: null, kind: 'plan-changed', recordType: 'account', recordId: 'account' },
          summary: `Plan changed from ${PLAN_NAMES[before.plan]} to ${PLAN_NAMES[plan]}`,
          before: { plan: before.plan },
          after: { plan },
        });
      });
      return service.get();
    },
    async assertRoom(what, current, adding) {
      const plan = await service.plan();
      const limit = PLAN_LIMITS[plan][what];
      // Nothing new listed (e.g. Visible made Sellable) is never refused, even over the limit after a downgrade.
      if (limit === null || adding <= 0 || current + adding <= limit) return;
      const upgradeTo = planThatLifts(plan, what, current + adding);
      const lift = liftSentence(plan, what, current + adding);
      throw new AppError(
        'plan-limit-reached',
        `The ${PLAN_NAMES[plan]} plan allows ${limit} ${what}${what === 'stores' ? '' : ' per store'}; this would make ${current + adding}.${lift}`,
        { limit: what, plan, upgradeTo },
      );
    },
    async customersAllowed(storeId) {
      const limit = PLAN_LIMITS[await service.plan()].customers;
      return limit === null ? null : Math.max(0, limit - (await usage.customersInStore(storeId)));
    },
    customersLift: async (storeId) =>
      liftSentence(await service.plan(), 'customers', (await usage.customersInStore(storeId)) + 1),
    productsLift: async (storeId) =>
      liftSentence(await service.plan(), 'products', (await usage.listedProducts(storeId)) + 1),
    async productsAllowed(storeId) {
      const limit = PLAN_LIMITS[await service.plan()].products;
      return limit === null ? null : Math.max(0, limit - (await usage.listedProducts(storeId)));
    },
  };
  return service;
}
