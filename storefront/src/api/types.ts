// The gateway's shapes the storefront uses, aliased once from the generated spec types (no hand-written DTOs):
// the account and store both sides know, then the buyer's pages, then the admin's.
import type { components } from '../../../openapi/generated/gateway.d.ts';

type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];
export type Admin = Schemas['Admin'];
export type Account = Schemas['Account'];
export type Plan = Schemas['Plan'];
export type Store = Schemas['Store'];
export type StoreSettingsUpdate = Schemas['StoreSettingsUpdate'];
export type ImportStatus = Schemas['ImportStatus'];
export type SyncStatus = Schemas['SyncStatus'];
export type SyncRun = Schemas['SyncRun'];
export type WebhookStatus = Schemas['WebhookStatus'];
export type WebhookEventRecord = Schemas['WebhookEventRecord'];
export type SyncResource = Schemas['SyncResource'];
export type ResourceResult = Schemas['ResourceResult'];
export type SkippedItem = Schemas['SkippedItem'];
export type InvitationView = Schemas['InvitationView'];
export type Buyer = Schemas['Buyer'];

// Buyer pages: catalogue, cart, orders, standing orders, acting and approval settings.
export type BuyerProduct = Schemas['BuyerProduct'];
export type BuyerProductDetail = Schemas['BuyerProductDetail'];
export type BuyerProductPage = Schemas['BuyerProductPage'];
export type Cart = Schemas['Cart'];
export type CartLine = Schemas['CartLine'];
export type DeliveryAddress = Schemas['DeliveryAddress'];
export type BuyerOrder = Schemas['BuyerOrder'];
export type BuyerOrderPage = Schemas['BuyerOrderPage'];
export type OrderStatus = Schemas['OrderStatus'];
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

// Admin pages: customers, invitations, email, products, catalogues, orders, standing orders, acting, prices.
export type StoreCustomer = Schemas['StoreCustomer'];
export type StoreCustomerPage = Schemas['StoreCustomerPage'];
export type StoreContact = Schemas['StoreContact'];
export type ContactStatus = Schemas['ContactStatus'];
export type ContactCounts = Schemas['ContactCounts'];
export type CustomerContactFilter = Schemas['CustomerContactFilter'];
export type CustomerContacts = Schemas['CustomerContacts'];
export type BulkInviteResults = Schemas['BulkInviteResults'];
export type BulkInviteResult = BulkInviteResults['items'][number];
export type Notification = Schemas['Notification'];
export type EmailTemplate = Schemas['EmailTemplate'];
export type EmailTemplateDraft = Schemas['EmailTemplateDraft'];
export type RenderedEmail = Schemas['RenderedEmail'];
export type OutboxStatus = Schemas['OutboxStatus'];
export type OutboxSummary = Schemas['OutboxSummary'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditKind = Schemas['AuditKind'];
export type AuditRecordType = Schemas['AuditRecordType'];
export type OutboxMessage = Schemas['OutboxMessage'];
export type ProductStatus = Schemas['ProductStatus'];
export type StoreProduct = Schemas['StoreProduct'];
export type ProductStatusResult = Schemas['ProductStatusResult'];
export type StoreOrder = Schemas['StoreOrder'];
export type StoreOrderDetail = Schemas['StoreOrderDetail'];
export type Catalogue = Schemas['Catalogue'];
export type Category = Schemas['Category'];
export type StandingOrderStatus = Schemas['StandingOrderStatus'];
export type StandingOrderReport = Schemas['StandingOrderReport'];
export type ActingLogEntry = Schemas['ActingLogEntry'];
export type PriceExplanation = Schemas['PriceExplanation'];
export type PriceCheckReport = Schemas['PriceCheckReport'];
export type PriceStep = Schemas['PriceStep'];
export type RaisingPriceBreak = Schemas['RaisingPriceBreak'];
export type StoreDashboard = Schemas['StoreDashboard'];
export type StoreOrderRules = Schemas['StoreOrderRules'];
export type CustomerOrderRulesView = Schemas['CustomerOrderRulesView'];
export type ProductQuantityRule = Schemas['ProductQuantityRule'];
export type QuantityRule = Schemas['QuantityRule'];
