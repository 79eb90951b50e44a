// The gateway's buyer-side shapes (catalogue, cart, orders), aliased once from the generated spec types.
import type { components } from '../../../openapi/generated/gateway.d.ts';

type Schemas = components['schemas'];

export type BuyerProduct = Schemas['BuyerProduct'];
export type BuyerProductDetail = Schemas['BuyerProductDetail'];
export type BuyerProductPage = Schemas['BuyerProductPage'];
export type Cart = Schemas['Cart'];
export type CartLine = Schemas['CartLine'];
export type DeliveryAddress = Schemas['DeliveryAddress'];
export type BuyerOrder = Schemas['BuyerOrder'];
export type BuyerOrderPage = Schemas['BuyerOrderPage'];
export type OrderStatus = BuyerOrder['status'];
export type StockBand = BuyerProduct['stock']['band'];
export type RepeatResult = Schemas['RepeatResult'];
export type CartImportResult = Schemas['CartImportResult'];
export type CartImportRow = Schemas['CartImportRow'];
export type StandingOrder = Schemas['StandingOrder'];
export type StandingOrderCreate = Schemas['StandingOrderCreate'];
export type StandingOrderUpdate = Schemas['StandingOrderUpdate'];
export type StandingOrderSchedule = Schemas['StandingOrderSchedule'];
export type StandingOrderRun = Schemas['StandingOrderRun'];
export type ActingContact = Schemas['ActingContact'];
export type Acting = Schemas['Acting'];
export type ApprovalSettings = Schemas['ApprovalSettings'];
export type ApprovalSettingsUpdate = Schemas['ApprovalSettingsUpdate'];
