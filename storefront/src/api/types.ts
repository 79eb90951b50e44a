// The gateway's shapes the storefront uses, aliased once from the generated spec types (no hand-written DTOs).
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
