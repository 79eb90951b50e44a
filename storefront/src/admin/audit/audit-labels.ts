// The audit trail's kinds and record types (B5) as the admin reads them.
import type { AuditKind, AuditRecordType } from '../../api/admin-types.ts';

export const AUDIT_KINDS: Record<AuditKind, string> = {
  'plan-changed': 'Plan changed',
  'store-settings-changed': 'Store settings',
  'product-status-changed': 'Product status',
  'product-override-changed': 'Product name and description',
  'catalogue-created': 'Catalogue created',
  'catalogue-changed': 'Catalogue changed',
  'catalogue-deleted': 'Catalogue deleted',
  'catalogue-customers-changed': 'Catalogue customers',
  'category-created': 'Category created',
  'category-changed': 'Category changed',
  'category-deleted': 'Category deleted',
  'invitation-sent': 'Invitation sent',
  'invitation-cancelled': 'Invitation cancelled',
  'contact-deactivated': 'Contact deactivated',
  'contact-reactivated': 'Contact reactivated',
  'template-changed': 'Email template',
  'customer-joined': 'Customer added',
  'customer-left': 'Customer removed',
  'sync-requested': 'Sync started',
  'acting-started': 'Acting started',
  'acting-stopped': 'Acting stopped',
  'order-placed': 'Order placed',
  'standing-order-created': 'Standing order created',
  'standing-order-changed': 'Standing order changed',
  'standing-order-deleted': 'Standing order deleted',
};

export const AUDIT_RECORD_TYPES: Record<AuditRecordType, string> = {
  account: 'Account',
  store: 'Store',
  product: 'Product',
  catalogue: 'Catalogue',
  category: 'Category',
  contact: 'Contact',
  customer: 'Customer',
  template: 'Template',
  sync: 'Sync run',
  order: 'Order',
  'standing-order': 'Standing order',
};
