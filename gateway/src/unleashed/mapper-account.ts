// The account facts a store's settings are checked against: warehouses and revenue taxes.
import type { UnleashedClient } from './client.ts';
import { listRevenueTaxes, listWarehouses } from './operations.ts';

export interface UnleashedAccountFacts {
  warehouses: { code: string; name: string; isDefault: boolean }[];
  revenueTaxes: { code: string; rate: number }[];
}

export async function readAccountFacts(client: UnleashedClient): Promise<UnleashedAccountFacts> {
  const warehouses = await listWarehouses(client);
  const taxes = await listRevenueTaxes(client);
  return {
    warehouses: warehouses
      .filter((w) => !w.Obsolete)
      .map((w) => ({ code: w.WarehouseCode, name: w.WarehouseName, isDefault: w.IsDefault })),
    revenueTaxes: taxes.filter((t) => !t.Obsolete).map((t) => ({ code: t.TaxCode, rate: t.TaxRate ?? 0 })),
  };
}
