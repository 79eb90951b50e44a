// The account facts a store's settings are checked against: warehouses and revenue taxes.
import type { UnleashedClient } from './client.ts';
import type { UTax, UWarehouse } from './types.ts';

export interface UnleashedAccountFacts {
  warehouses: { code: string; name: string; isDefault: boolean }[];
  revenueTaxes: { code: string; rate: number }[];
}

export async function readAccountFacts(client: UnleashedClient): Promise<UnleashedAccountFacts> {
  const warehouses = await client.page<UWarehouse>('Warehouses', 1);
  const taxes = await client.page<UTax>('Taxes', 1, { canApplyToRevenue: true });
  return {
    warehouses: warehouses.items
      .filter((w) => !w.Obsolete)
      .map((w) => ({ code: w.WarehouseCode, name: w.WarehouseName, isDefault: w.IsDefault })),
    revenueTaxes: taxes.items
      .filter((t) => !t.Obsolete)
      .map((t) => ({ code: t.TaxCode, rate: t.TaxRate ?? 0 })),
  };
}
