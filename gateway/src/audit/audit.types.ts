// The audit trail's shapes (B5), as the spec names them, and what the admin's routes read it through.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { PageRequest } from '../http/paging.ts';

export type AuditEntry = components['schemas']['AuditEntry'];

export interface AuditFilters {
  /** Contained in the admin's email, any case. */
  actor?: string;
  kind?: string;
  recordType?: string;
  recordId?: string;
  /** YYYY-MM-DD, inclusive (UTC) */
  from?: string;
  to?: string;
}

export interface AuditReader {
  /** A store's entries with the account-wide ones, newest first. */
  list(
    storeId: string,
    filters: AuditFilters,
    page: PageRequest,
  ): Promise<{ items: AuditEntry[]; total: number }>;
}
