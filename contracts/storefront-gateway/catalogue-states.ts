// Provider states for the admin's catalogues and categories (R17, R3): each one fresh, with a name no other
// interaction uses, so renaming or deleting it changes nothing another interaction relies on.
import { randomUUID } from 'node:crypto';
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { STATES } from './contract.ts';
import { admin, customerGuidOf } from './provider-facts.ts';
import { type Handlers, text } from './state-kit.ts';

const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

export function catalogueHandlers(portal: Portal): Handlers {
  const newCatalogue = async () =>
    (await admin(portal, 'POST', '/catalogues', { name: unique('Catalogue') })).id as string;
  return {
    [STATES.catalogue]: async () => ({ catalogueId: await newCatalogue() }),
    [STATES.catalogueAssigned]: async (p) => {
      const catalogueId = await newCatalogue();
      const customerGuid = await customerGuidOf(portal, text(p, 'customerCode'));
      await admin(portal, 'PUT', `/catalogues/${catalogueId}/customers/${customerGuid}`);
      return { catalogueId, customerGuid };
    },
    [STATES.category]: async () => ({
      categoryId: (await admin(portal, 'POST', '/categories', { name: unique('Category') })).id as string,
    }),
  };
}
