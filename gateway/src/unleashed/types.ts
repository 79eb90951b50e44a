// The Unleashed shapes the gateway reads and writes, aliased once from openapi/unleashed.yaml.
// Only this folder sees them; mapper.ts turns them into domain records.
import type { components } from '../../../openapi/generated/unleashed.d.ts';

type Schemas = components['schemas'];

export type UProduct = Schemas['Product'];
export type UProductGroup = Schemas['ProductGroup'];
export type UProductPrice = Schemas['ProductPrice'];
export type USellPriceTier = Schemas['SellPriceTierDefinition'];
export type UCustomer = Schemas['Customer'];
export type UContact = Schemas['Contact'];
export type UStockOnHand = Schemas['StockOnHand'];
export type USalesOrder = Schemas['SalesOrder'];
export type USalesOrderWrite = Schemas['SalesOrderUpdate'];
export type UWarehouse = Schemas['Warehouse'];
export type UTax = Schemas['Tax'];
export type UPagination = Schemas['Pagination'];
export type UValidationErrors = Schemas['ValidationErrors'];
export type UWebhookSubscription = Schemas['WebhookSubscription'];
export type UWebhookSubscriptionCreated = Schemas['WebhookSubscriptionCreated'];
