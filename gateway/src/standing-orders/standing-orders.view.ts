// How a standing order reads in answers: product codes and descriptions for its lines, its last runs.
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import { pickDeliveryAddress } from '../orders/delivery-address.ts';
import type { StandingOrdersRepo } from './standing-orders.repo.ts';
import type { StandingOrder, StandingOrderView } from './standing-orders.types.ts';

export const RUNS_SHOWN = 10;

export function createStandingOrderView(deps: {
  repo: StandingOrdersRepo;
  catalogue: CatalogueReader;
  customers: CustomerReader;
}) {
  return async (order: StandingOrder): Promise<StandingOrderView> => {
    const lines = await Promise.all(
      order.lines.map(async ({ productGuid, quantity }) => {
        const product = await deps.catalogue.getProduct(order.storeId, productGuid);
        return {
          productGuid,
          code: product?.code ?? productGuid,
          description: product?.description ?? '',
          quantity,
        };
      }),
    );
    const runs = (await deps.repo.listRuns(order.id, RUNS_SHOWN)).map(
      ({ dueDate, outcome, detail, orderId, ranAt }) => ({ dueDate, outcome, detail, orderId, ranAt }),
    );
    return {
      id: order.id,
      name: order.name,
      status: order.status,
      customerGuid: order.customerGuid,
      customerCode: order.customerCode,
      customerName: (await deps.customers.getCustomer(order.storeId, order.customerGuid))?.name ?? null,
      createdByEmail: order.createdBy.email,
      deliveryAddress: pickDeliveryAddress(order.deliveryAddress),
      schedule: order.schedule,
      startDate: order.startDate,
      nextRunDate: order.status === 'active' ? order.nextRunDate : null,
      comment: order.comment,
      purchaseOrderRef: order.purchaseOrderRef ?? null,
      lines,
      runs,
      createdAt: order.createdAt,
      updatedAt: order.updatedAt,
    };
  };
}

export type StandingOrderPresenter = ReturnType<typeof createStandingOrderView>;
