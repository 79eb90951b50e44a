// Which proxies' X-Forwarded-For the gateway believes (GATEWAY_TRUST_PROXY), so that `req.ip` — the address the
// sign-in and invitation throttles count by — cannot be forged by a client: unset trusts nobody (the socket's
// address counts); a hop count or a list of proxy addresses/CIDRs is handed to Express's 'trust proxy'.
import { isIP } from 'node:net';

/** false = trust no proxy; a number = that many hops in front; a list = proxies at these addresses. */
export type TrustProxy = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = version === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= bits;
}

/** Parses the setting; throws a readable message for anything Express would misread. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10)
      throw new Error(`GATEWAY_TRUST_PROXY: ${value} hops is not a believable proxy chain (0-10).`);
    return hops === 0 ? false : hops;
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (!isAddressOrRange(entry))
      throw new Error(
        `GATEWAY_TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses or CIDRs such as "10.0.0.5, 192.168.1.0/24" (or loopback, linklocal, uniquelocal); got "${entry}".`,
      );
  }
  return entries;
}
