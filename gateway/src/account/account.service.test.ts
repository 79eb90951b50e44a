// Plan limits (R7) as the account service enforces them: what fits, what is refused and how the refusal names
// the limit and the plan that lifts it, and who may change the plan.
import { describe, expect, it } from 'vitest';
import type { AuditChange, AuditLog } from '../audit/audit-log.ts';
import { AppError } from '../http/problems.ts';
import type { AccountRecord } from './account.repo.ts';
import { createAccountService, type UsageCounter } from './account.service.ts';
import type { Plan } from './plans.ts';

function accountOn(plan: Plan, usage: { products?: number; customers?: number; stores?: number } = {}) {
  let saved: AccountRecord | undefined;
  const recorded: AuditChange[] = [];
  let actorId = 'owner';
  const counter: UsageCounter = {
    storeIds: async () => Array.from({ length: usage.stores ?? 1 }, (_, n) => `store-${n + 1}`),
    listedProducts: async () => usage.products ?? 0,
    customersInStore: async () => usage.customers ?? 0,
  };
  const audit = {
    record: async (change: AuditChange) => {
      recorded.push(change);
    },
    actor: () => (actorId ? { adminId: actorId } : undefined),
  } as unknown as AuditLog;
  const service = createAccountService(
    {
      get: async () => saved,
      save: async (account) => {
        saved = account;
      },
    },
    counter,
    { name: 'Test Supplier', plan },
    { audit, transaction: (work) => work(), ownerId: async () => 'owner' },
  );
  const actAs = (id: string) => {
    actorId = id;
  };
  return { service, recorded, actAs };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('plan limits (R7)', () => {
  it('when the Base plan has room for exactly what is added, then it fits; one more is refused naming the limit and the Premium plan', async () => {
    const { service } = accountOn('base');
    await service.assertRoom('products', 199, 1);
    const refused = await refusal(service.assertRoom('products', 200, 1));
    expect(refused.problem).toBe('plan-limit-reached');
    expect(refused.detail).toBe(
      'The Base plan allows 200 products per store; this would make 201. The Premium plan allows 500.',
    );
    expect(refused.extra).toEqual({ limit: 'products', plan: 'base', upgradeTo: 'premium' });
  });

  it('when more customers than Premium allows are added, then the refusal names Premium Plus, which has no limit', async () => {
    const refused = await refusal(accountOn('premium').service.assertRoom('customers', 240, 11));
    expect(refused.detail).toBe(
      'The Premium plan allows 250 customers per store; this would make 251. The Premium Plus plan allows unlimited.',
    );
    expect(refused.extra).toEqual({ limit: 'customers', plan: 'premium', upgradeTo: 'premium-plus' });
  });

  it('when Base customers would pass 250, then the plan named is the smallest that fits (Premium Plus, not Premium)', async () => {
    const refused = await refusal(accountOn('base').service.assertRoom('customers', 100, 151));
    expect(refused.extra).toEqual({ limit: 'customers', plan: 'base', upgradeTo: 'premium-plus' });
    const exactly = await refusal(accountOn('base').service.assertRoom('customers', 100, 150));
    expect(exactly.extra).toEqual({ limit: 'customers', plan: 'base', upgradeTo: 'premium' });
  });

  it('when a second store is added on Base, then the refusal counts stores (not per store) and names Premium Plus; past 10 no plan lifts it', async () => {
    const base = await refusal(accountOn('base').service.assertRoom('stores', 1, 1));
    expect(base.detail).toBe(
      'The Base plan allows 1 stores; this would make 2. The Premium Plus plan allows 10.',
    );
    const top = await refusal(accountOn('premium-plus').service.assertRoom('stores', 10, 1));
    expect(top.detail).toBe('The Premium Plus plan allows 10 stores; this would make 11.');
    expect(top.extra).toEqual({ limit: 'stores', plan: 'premium-plus', upgradeTo: null });
  });

  it('when nothing new is listed, then even a store over its limit after a downgrade is not refused; Premium Plus never limits products', async () => {
    await accountOn('base').service.assertRoom('products', 450, 0);
    await accountOn('premium-plus').service.assertRoom('products', 100_000, 5_000);
    await accountOn('premium-plus').service.assertRoom('customers', 100_000, 5_000);
  });

  it('when a store asks how many more it may add, then it gets what is left of the limit, never below 0, and null with no limit', async () => {
    const base = accountOn('base', { customers: 40, products: 150 }).service;
    expect(await base.customersAllowed('store-1')).toBe(60);
    expect(await base.productsAllowed('store-1')).toBe(50);
    const over = accountOn('base', { customers: 120, products: 260 }).service;
    expect(await over.customersAllowed('store-1')).toBe(0);
    expect(await over.productsAllowed('store-1')).toBe(0);
    const unlimited = accountOn('premium-plus', { customers: 9_000, products: 9_000 }).service;
    expect(await unlimited.customersAllowed('store-1')).toBeNull();
    expect(await unlimited.productsAllowed('store-1')).toBeNull();
  });

  it('when a full store asks which plan has room for one more customer, then it is named; on the top plan there is none to name', async () => {
    expect(await accountOn('base', { customers: 100 }).service.customersLift('store-1')).toBe(
      ' The Premium plan allows 250.',
    );
    expect(await accountOn('premium', { customers: 250 }).service.customersLift('store-1')).toBe(
      ' The Premium Plus plan allows unlimited.',
    );
    expect(await accountOn('premium-plus', { customers: 5 }).service.customersLift('store-1')).toBe('');
    // Over Premium's 250 after a downgrade to Base: one more needs Premium Plus.
    expect(await accountOn('base', { customers: 250 }).service.customersLift('store-1')).toBe(
      ' The Premium Plus plan allows unlimited.',
    );
  });

  it('when the account is read, then it shows the plan, its limits and each store’s usage', async () => {
    const account = await accountOn('premium', { stores: 1, products: 7, customers: 3 }).service.get();
    expect(account).toEqual({
      name: 'Test Supplier',
      plan: 'premium',
      limits: { stores: 1, products: 500, customers: 250 },
      usage: { stores: 1, perStore: [{ storeId: 'store-1', products: 7, customers: 3 }] },
    });
  });

  it('when the owner changes the plan, then it is kept and audited; another admin is refused and nothing changes', async () => {
    const { service, recorded, actAs } = accountOn('base');
    actAs('someone-else');
    const refused = await refusal(service.changePlan('premium'));
    expect([refused.problem, refused.detail]).toEqual([
      'forbidden',
      'Only the account owner (the first admin) may change the plan.',
    ]);
    actAs('');
    expect((await refusal(service.changePlan('premium'))).problem).toBe('forbidden');
    expect(await service.plan()).toBe('base');
    expect(recorded).toEqual([]);
    actAs('owner');
    expect((await service.changePlan('premium')).limits.products).toBe(500);
    expect(await service.plan()).toBe('premium');
    expect(recorded).toEqual([
      expect.objectContaining({
        storeId: null,
        kind: 'plan-changed',
        recordType: 'account',
        recordId: 'account',
        summary: 'Plan changed from Base to Premium',
        before: { plan: 'base' },
        after: { plan: 'premium' },
      }),
    ]);
  });
});
