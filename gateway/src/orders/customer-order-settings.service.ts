// A customer's ordering settings (B7) as admins set them and checkout reads them: only for a customer the
// store has synced (another answers 404), defaults until the admin changes something.
import type { Clock } from '../clock.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import { AppError } from '../http/problems.ts';
import type { CustomerOrderSettings, CustomerOrderSettingsRepo } from './customer-order-settings.repo.ts';

export type { CustomerOrderSettings };

export function createCustomerOrderSettings(deps: {
  repo: CustomerOrderSettingsRepo;
  customers: CustomerReader;
  clock: Clock;
}) {
  const known = async (storeId: string, customerGuid: string) => {
    if (!(await deps.customers.getCustomer(storeId, customerGuid)))
      throw new AppError('not-found', 'The store has no such customer.');
  };
  return {
    /** The customer's settings (the defaults when the admin never changed them). */
    settingsOf: (storeId: string, customerGuid: string) => deps.repo.get(storeId, customerGuid),

    /** The admin's view: 404 for a customer the store does not have. */
    async get(storeId: string, customerGuid: string): Promise<CustomerOrderSettings> {
      await known(storeId, customerGuid);
      return deps.repo.get(storeId, customerGuid);
    },

    async set(storeId: string, customerGuid: string, settings: CustomerOrderSettings) {
      await known(storeId, customerGuid);
      await deps.repo.save(storeId, customerGuid, settings, deps.clock.now().toISOString());
      return deps.repo.get(storeId, customerGuid);
    },
  };
}

export type CustomerOrderSettingsService = ReturnType<typeof createCustomerOrderSettings>;
