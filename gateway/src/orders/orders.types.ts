// Store orders: saved in the store first (Processing), imported into Unleashed once under a GUID fixed at
// save time (R18), then following Unleashed's status (R18a, R19).

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { Address } from '../customers/customers.types.ts';

export type OrderStatus = components['schemas']['StoreOrder']['status'];
export type ImportState = components['schemas']['StoreOrder']['importState'];
export type UnleashedOrderStatus = 'Parked' | 'Placed' | 'Backordered' | 'Completed' | 'Deleted';

export interface OrderLine {
  lineNumber: number;
  productGuid: string;
  productCode: string;
  description: string;
  quantity: number;
  unitPrice: number;
  discountRate: number;
  lineTotal: number;
  lineTax: number;
  /** The product's own sales tax code when its rate made lineTax (R8); absent or null: the order's tax. */
  taxCode?: string | null;
  /** How much of the quantity was ordered past the available stock (B9); absent when none. */
  backorderQuantity?: number;
}

export interface OrderCharge {
  description: string;
  amount: number;
  tax: number;
}

export interface Order {
  id: string;
  storeId: string;
  /** The GUID the sales order gets in Unleashed, fixed when the order is saved. */
  unleashedGuid: string;
  customerGuid: string;
  customerCode: string;
  /** Email of the contact who placed it (R20). */
  placedByEmail: string;
  status: OrderStatus;
  importState: ImportState;
  importError: string | null;
  importAttempts: number;
  unleashedOrderNumber: string | null;
  unleashedStatus: UnleashedOrderStatus | null;
  deliveryAddress: Address | null;
  comment: string | null;
  lines: OrderLine[];
  charges: OrderCharge[];
  taxCode: string;
  taxRate: number;
  subTotal: number;
  taxTotal: number;
  total: number;
  createdAt: string;
  importedAt: string | null;
  completedAt: string | null;
  updatedAt: string;
  /** The standing order whose run placed it (R21). */
  standingOrderId?: string | null;
  /** The admin who placed it while acting as the customer (R23). */
  placedOnBehalfBy?: string | null;
  /** The buyer's purchase-order reference (B7), Unleashed's CustomerRef. */
  purchaseOrderRef?: string | null;
  /** The requested delivery day `YYYY-MM-DD` (Unleashed's RequiredDate); null when none. */
  requiredDate?: string | null;
  /** Whether it needed the customer's approval (B8) when placed. */
  approvalRequired?: boolean;
  /** Who approved or rejected it (an approver contact's or acting admin's email), and when. */
  approvalDecidedBy?: string | null;
  approvalDecidedAt?: string | null;
  /** Why the approver rejected it (B8). */
  rejectionReason?: string | null;
}

/** An approver's decision on an order awaiting approval (B8). */
export interface ApprovalDecision {
  approved: boolean;
  decidedBy: string;
  decidedAt: string;
  /** Required when rejected. */
  rejectionReason?: string;
}
