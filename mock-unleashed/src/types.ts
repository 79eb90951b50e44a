// The Unleashed shapes the mock stores and serves, aliased once from the generated spec types.
import type { components } from '../../openapi/generated/unleashed.d.ts';

type Schemas = components['schemas'];

export type Product = Schemas['Product'];
export type ProductWrite = Schemas['ProductWrite'];
export type ProductGroup = Schemas['ProductGroup'];
export type ProductPrice = Schemas['ProductPrice'];
export type SellPriceTier = Schemas['SellPriceTier'];
export type SellPriceTierDefinition = Schemas['SellPriceTierDefinition'];
export type Customer = Schemas['Customer'];
export type CustomerWrite = Schemas['CustomerWrite'];
export type CustomerRef = Schemas['CustomerRef'];
export type Address = Schemas['Address'];
export type Contact = Schemas['Contact'];
export type ContactWrite = Schemas['ContactWrite'];
export type StockOnHand = Schemas['StockOnHand'];
export type SalesOrder = Schemas['SalesOrder'];
export type SalesOrderLine = Schemas['SalesOrderLine'];
export type SalesOrderUpdate = Schemas['SalesOrderUpdate'];
export type SalesOrderLineWrite = Schemas['SalesOrderLineWrite'];
export type OrderStatus = Schemas['OrderStatus'];
export type Warehouse = Schemas['Warehouse'];
export type Tax = Schemas['Tax'];
export type Currency = Schemas['Currency'];
export type CustomerType = Schemas['CustomerType'];
export type DeliveryMethod = Schemas['DeliveryMethod'];
export type PaymentTerm = Schemas['PaymentTerm'];
export type Pagination = Schemas['Pagination'];
export type ValidationErrors = Schemas['ValidationErrors'];
export type SeedName = Schemas['SeedName'];
export type FaultRequest = Schemas['FaultRequest'];
export type Fault = Schemas['Fault'];
export type Call = Schemas['Call'];
export type ClockState = Schemas['ClockState'];
export type ClockRequest = Schemas['ClockRequest'];
export type Limits = Schemas['Limits'];
export type LimitsRequest = Schemas['LimitsRequest'];
export type StockAdjustment = Schemas['StockAdjustment'];
export type ResetRequest = Schemas['ResetRequest'];
export type WebhookSubscription = Schemas['WebhookSubscription'];
export type WebhookSubscriptionWrite = Schemas['WebhookSubscriptionWrite'];
export type WebhookSubscriptionUpdate = Schemas['WebhookSubscriptionUpdate'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryAttempt = Schemas['WebhookDeliveryAttempt'];
export type WebhookFault = Schemas['WebhookFault'];
export type WebhookFaultRequest = Schemas['WebhookFaultRequest'];
/** A subscription as the account keeps it: with its signing key. */
export type StoredWebhookSubscription = Schemas['WebhookControlSubscription'];

/** Stock of one product in one warehouse: the mock's own record, from which StockOnHand rows are built. */
export interface StockRecord {
  ProductGuid: string;
  WarehouseGuid: string;
  QtyOnHand: number;
  AllocatedQty: number;
  AvgCost: number;
  /** `/Date(ms)/` */
  LastModifiedOn: string;
}

/** Everything the mock account holds; what lowdb persists. */
export interface MockData {
  seed: SeedName;
  seedNumber: number;
  products: Product[];
  productGroups: ProductGroup[];
  sellPriceTiers: SellPriceTierDefinition[];
  productPrices: ProductPrice[];
  /** Customers as served, with the default contact flattened on (kept in step by the contacts resource). */
  customers: Customer[];
  /** Contacts by customer Guid. */
  contacts: Record<string, Contact[]>;
  stock: StockRecord[];
  salesOrders: SalesOrder[];
  warehouses: Warehouse[];
  taxes: Tax[];
  currencies: Currency[];
  customerTypes: CustomerType[];
  deliveryMethods: DeliveryMethod[];
  paymentTerms: PaymentTerm[];
  /** The number the next auto-numbered sales order gets (SO-00000001 …). */
  nextOrderNumber: number;
  /** Webhook subscriptions (absent in files written before webhooks existed). */
  webhookSubscriptions?: StoredWebhookSubscription[];
}
