// The one mapper between Unleashed and the store (style rule 4): the only place Unleashed's PascalCase names
// appear. Split by domain; this file is the entry point, plus the query values the sync sends.
export * from './mapper-catalogue.ts';
export * from './mapper-common.ts';
export * from './mapper-customers.ts';
export * from './mapper-orders.ts';

/** `orderBy` value that lists the oldest change first (what incremental, resumable paging needs). */
export const OLDEST_CHANGE_FIRST = 'LastModifiedOn';
