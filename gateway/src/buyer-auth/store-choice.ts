// The store choice after a password (issue 16 item 1): when one email has logins in several stores, sign-in
// answers the stores where that email and password were valid and a choice token naming exactly those logins,
// sealed (AES-GCM, so it cannot be forged or widened) and valid 5 minutes; the password is never asked again.
import type { SecretBox } from '../security/secret-box.ts';

const VALID_MS = 5 * 60_000;

interface ChoicePayload {
  loginIds: string[];
  expiresAt: number;
}

/** A token naming the logins a password opened, valid for 5 minutes from `now`. */
export function sealChoice(secrets: SecretBox, loginIds: string[], now: Date): string {
  const payload: ChoicePayload = { loginIds, expiresAt: now.getTime() + VALID_MS };
  return Buffer.from(secrets.seal(JSON.stringify(payload)).sealed, 'base64').toString('base64url');
}

/** The logins a live choice token names; [] for a forged, altered or expired one. */
export function openChoice(secrets: SecretBox, token: string, now: Date): string[] {
  try {
    const sealed = Buffer.from(token, 'base64url').toString('base64');
    const payload = JSON.parse(secrets.open({ sealed })) as ChoicePayload;
    if (!Array.isArray(payload.loginIds) || !(payload.expiresAt > now.getTime())) return [];
    return payload.loginIds.filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}
