// Unguessable tokens (256 random bits) stored only as SHA-256 hashes.
import { hash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** One-shot crypto.hash: the same digest as createHash, without a Hash object per call (every request hashes one). */
export function hashToken(token: string): string {
  return hash('sha256', token, 'base64url');
}
