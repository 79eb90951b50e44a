// Connecting a store (R8): the API id and key are checked with signed calls before anything is saved, and a
// failure says why (rejected credentials, unreachable). The warehouses and tax codes come back for validation.
import { AppError } from '../http/problems.ts';
import { UnleashedClient, UnleashedHttpError } from '../unleashed/client.ts';
import type { ClientTuning } from '../unleashed/client-factory.ts';
import { readAccountFacts, type UnleashedAccountFacts } from '../unleashed/mapper-account.ts';

export async function checkConnection(
  credentials: { apiId: string; apiKey: string; baseUrl: string },
  tuning: ClientTuning,
): Promise<UnleashedAccountFacts> {
  const client = new UnleashedClient({
    ...tuning,
    ...credentials,
    retries: Math.min(tuning.retries ?? 1, 1),
  });
  try {
    return await readAccountFacts(client);
  } catch (error) {
    if (error instanceof UnleashedHttpError && (error.status === 403 || error.status === 401)) {
      throw new AppError(
        'unleashed-credentials-rejected',
        `Unleashed refused the API id and key (${error.status}). Check both in Unleashed under Integrations → Unleashed API Access.`,
      );
    }
    const reason = error instanceof UnleashedHttpError ? String(error.status) : (error as Error).message;
    throw new AppError(
      'unleashed-unreachable',
      `Unleashed at ${credentials.baseUrl} could not be reached (${reason}). Try again later.`,
    );
  }
}
