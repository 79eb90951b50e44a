// The account (R7): its plan, the plan's limits and what each store uses of them (GET /admin/account).
import { useId } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Account, Plan, Store } from '../../api/types.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatNumber } from '../../ui/format.ts';
import { useLoad } from '../../ui/use-load.ts';

const PLANS: Record<Plan, string> = { base: 'Base', premium: 'Premium', 'premium-plus': 'Premium Plus' };

export function AccountPage({ stores }: { stores: Store[] }) {
  const account = useLoad(() => api.GET('/admin/account'), []);
  return (
    <section class="stack">
      <PageTitle>Account</PageTitle>
      {account.state === 'loading' && <Loading label="Loading the account…" />}
      {account.state === 'failed' && <ProblemNote problem={account.problem} onRetry={account.reload} />}
      {account.state === 'ready' && <AccountDetails account={account.data} stores={stores} />}
    </section>
  );
}

function AccountDetails({ account, stores }: { account: Account; stores: Store[] }) {
  const { limits, usage } = account;
  const storeName = (id: string) => stores.find((s) => s.id === id)?.name ?? id;
  return (
    <>
      <div class="card">
        <dl class="facts">
          <Fact term="Account">{account.name}</Fact>
          <Fact term="Plan">
            <span class="badge plan">{PLANS[account.plan]}</span>
          </Fact>
        </dl>
        <Usage label="Stores" used={usage.stores} limit={limits.stores} />
      </div>
      {(usage.perStore ?? []).map((store) => (
        <section class="card" key={store.storeId} aria-labelledby={`usage-${store.storeId}`}>
          <h2 id={`usage-${store.storeId}`}>{storeName(store.storeId)}</h2>
          <Usage label="Visible or sellable products" used={store.products} limit={limits.products} />
          <Usage label="Customers in the store" used={store.customers} limit={limits.customers} />
        </section>
      ))}
    </>
  );
}

/** "42 of 100" with a meter, or "42 (no limit)". */
function Usage({ label, used, limit }: { label: string; used: number; limit: number | null | undefined }) {
  const id = useId();
  const full = limit != null && used >= limit;
  return (
    <div class="usage">
      <p id={id}>
        <span class="usage-label">{label}</span>
        <span class={full ? 'usage-count full' : 'usage-count'}>
          {formatNumber(used)} {limit == null ? '(no limit)' : `of ${formatNumber(limit)}`}
          {full && ' — limit reached'}
        </span>
      </p>
      {limit != null && <meter aria-labelledby={id} min={0} max={limit} value={used} high={limit * 0.9} />}
    </div>
  );
}
