// Demo mode only: a ready-made buyer, so a newcomer can sign in to the store at once (DEMO_BUYER in config.ts):
// the seed's DEMO001 default contact gets a login with a known password. Real buyers come through an invitation
// (R12); this runs once, when bootstrap creates the demo store, and never replaces an existing login.
import type { GatewayServices } from './app.ts';
import { DEMO_BUYER } from './config.ts';

export async function createDemoBuyer(
  services: Pick<GatewayServices, 'customers' | 'buyers' | 'clock'>,
  storeId: string,
  logger: { info(fields: object, message: string): void; warn(fields: object, message: string): void },
): Promise<boolean> {
  const page = await services.customers.listCustomers(
    storeId,
    { search: DEMO_BUYER.customerCode },
    { page: 1, pageSize: 20 },
  );
  const customer = page.items.find((c) => c.code === DEMO_BUYER.customerCode);
  const contacts = customer ? Object.values(customer.contacts).flat() : [];
  const contact = contacts.find((c) => c.email === DEMO_BUYER.email);
  if (!customer || !contact) {
    logger.warn({ storeId }, `demo: ${DEMO_BUYER.email} of ${DEMO_BUYER.customerCode} is not in the seed`);
    return false;
  }
  if (contact.status === 'active') return false;
  if (!customer.inStore) await services.customers.setMembership(storeId, customer.guid, true);
  await services.buyers.grantLogin(storeId, contact.guid, DEMO_BUYER.password, services.clock.now());
  logger.info({ storeId, email: DEMO_BUYER.email }, 'demo: ready-made buyer can sign in');
  return true;
}
