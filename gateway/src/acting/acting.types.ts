// Acting as a customer (R22, R23): the spec's shapes.
import type { components } from '../../../openapi/generated/gateway.d.ts';

export type Acting = components['schemas']['Acting'];
export type ActingSession = components['schemas']['ActingSession'];
export type ActingContact = components['schemas']['ActingContact'];
export type ActingLogEntry = components['schemas']['ActingLogEntry'];
export type EndReason = NonNullable<ActingLogEntry['endReason']>;

/** The cart key of an admin acting for a customer: never a contact's guid, so it never mixes with theirs. */
export const actingCartKey = (adminId: string, customerGuid: string) => `acting:${adminId}:${customerGuid}`;
