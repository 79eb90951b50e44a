// The gateway's shapes the admin pages (customers, invitations, email, products, catalogues, orders, standing
// orders, acting, prices) use, aliased once from the generated spec types (no hand-written DTOs).
import type { components } from '../../../openapi/generated/gateway.d.ts';

type Schemas = components['schemas'];

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
export type OrderStatus = Schemas['OrderStatus'];
export type StoreOrderDetail = Schemas['StoreOrderDetail'];
export type Catalogue = Schemas['Catalogue'];
export type Category = Schemas['Category'];
export type StandingOrder = Schemas['StandingOrder'];
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
