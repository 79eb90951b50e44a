// Each customer's approval rule and approver contacts (B8): tables `customer_approval_settings` and
// `customer_approvers`, store-only rows no sync writes over; no row means no approval is needed.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows } from '../db/store-rows.ts';
import { upsertRow } from '../db/upsert-row.ts';

export type ApprovalMode = components['schemas']['ApprovalMode'];

export interface ApprovalRule {
  mode: ApprovalMode;
  /** With mode above: the amount before tax above which an order needs approval. */
  threshold: number | null;
  approverContactGuids: string[];
}

export const NO_APPROVAL: ApprovalRule = { mode: 'off', threshold: null, approverContactGuids: [] };

export interface ApprovalsRepo {
  get(storeId: string, customerGuid: string): Promise<ApprovalRule>;
  /** Replaces the rule and its approvers (inside the caller's transaction). */
  save(storeId: string, customerGuid: string, rule: ApprovalRule, now: string): Promise<void>;
}

export function createApprovalsRepo(db: PortalDb): ApprovalsRepo {
  return {
    async get(storeId, customerGuid) {
      const [row, approvers] = await Promise.all([
        db.q
          .selectFrom('customerApprovalSettings')
          .select(['mode', 'threshold'])
          .where('storeId', '=', storeId)
          .where('customerGuid', '=', customerGuid)
          .executeTakeFirst(),
        db.q
          .selectFrom('customerApprovers')
          .select('contactGuid')
          .where('storeId', '=', storeId)
          .where('customerGuid', '=', customerGuid)
          .orderBy('contactGuid')
          .execute(),
      ]);
      return {
        mode: row?.mode ?? 'off',
        threshold: row?.threshold === null || row?.threshold === undefined ? null : Number(row.threshold),
        approverContactGuids: approvers.map((a) => a.contactGuid),
      };
    },
    async save(storeId, customerGuid, { mode, threshold, approverContactGuids }, now) {
      await upsertRow(db, 'customerApprovalSettings', ['storeId', 'customerGuid'], {
        storeId,
        customerGuid,
        mode,
        threshold,
        updatedAt: now,
      });
      await deleteStoreRows(db, 'customerApprovers', storeId)
        .where('customerGuid', '=', customerGuid)
        .execute();
      if (approverContactGuids.length > 0)
        await db.q
          .insertInto('customerApprovers')
          .values(approverContactGuids.map((contactGuid) => ({ storeId, customerGuid, contactGuid })))
          .execute();
    },
  };
}
