// How the gateway gets a signed client for a store: the key is decrypted only here, at call time.
import type { SecretBox } from '../security/secret-box.ts';
import type { Store } from '../stores/stores.types.ts';
import { type AttemptInfo, UnleashedClient, type UnleashedClientOptions } from './client.ts';

export type ClientTuning = Pick<
  UnleashedClientOptions,
  'timeoutMs' | 'retries' | 'backoffBaseMs' | 'backoffMaxMs' | 'sleep' | 'fetch'
>;

export type UnleashedClientFactory = (
  store: Store,
  onAttempt?: (attempt: AttemptInfo) => void,
  overrides?: ClientTuning,
) => UnleashedClient;

export function createClientFactory(secrets: SecretBox, tuning: ClientTuning = {}): UnleashedClientFactory {
  return (store, onAttempt, overrides) =>
    new UnleashedClient({
      ...tuning,
      ...overrides,
      baseUrl: store.unleashed.baseUrl,
      apiId: store.unleashed.apiId,
      apiKey: secrets.open(store.unleashed.apiKey),
      onAttempt,
    });
}
