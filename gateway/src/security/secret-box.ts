// Encrypts secrets at rest (Unleashed API keys) with AES-256-GCM under a master key from the environment.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { EncryptedSecret } from '../stores/stores.types.ts';

export class SecretBox {
  private readonly key: Buffer;

  /** `masterKey`: 32 bytes as base64 or hex, or any passphrase (hashed to 32 bytes with SHA-256). */
  constructor(masterKey: string) {
    if (!masterKey) throw new Error('A master key is required to encrypt secrets.');
    const asBase64 = Buffer.from(masterKey, 'base64');
    const asHex = /^[0-9a-f]{64}$/i.test(masterKey) ? Buffer.from(masterKey, 'hex') : null;
    this.key = asHex ?? (asBase64.length === 32 ? asBase64 : createHash('sha256').update(masterKey).digest());
  }

  seal(plain: string): EncryptedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return { sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
  }

  /** Throws when the secret was sealed under another key or altered. */
  open(secret: EncryptedSecret): string {
    const raw = Buffer.from(secret.sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
