// What other domains may ask of the orders domain: a customer's ordering settings and the store's order
// history. Nothing outside orders/ takes a repository of this domain.

import type { PageRequest } from '../http/paging.ts';
import type { CustomerOrderSettings } from './customer-order-settings.repo.ts';
import type { OrderFigures, OrdersQuery, OrdersRepo } from './orders.repo.ts';
import type { Order } from './orders.types.ts';

/** A customer's ordering settings (B7), as a standing order checks them. */
export interface CustomerOrderSettingsReader {
  settingsOf(storeId: string, customerGuid: string): Promise<CustomerOrderSettings>;
}

/** The store's orders as its buyers and admins look them up. */
export interface OrderHistory {
  /** One page of the store's orders that match `query`, newest first, and how many match in all. */
  list(storeId: string, query: OrdersQuery, page: PageRequest): Promise<{ items: Order[]; total: number }>;
  get(storeId: string, id: string): Promise<Order | undefined>;
  /** The admin dashboard's figures: orders placed in [from, to) (ISO) and their total, queued and failed. */
  figures(storeId: string, from: string, to: string): Promise<OrderFigures>;
}

export type { OrderFigures };

export function createOrderHistory(repo: OrdersRepo): OrderHistory {
  return {
    list: (storeId, query, page) => repo.list(storeId, query, page),
    get: (storeId, id) => repo.get(storeId, id),
    figures: (storeId, from, to) => repo.figures(storeId, from, to),
  };
}
