/**
 * API tokens. A token is shown once when its user is created; the store keeps only its
 * SHA-256, so a leaked database file does not hand out working tokens.
 */
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'cqa_';

/** A new random token: `cqa_` + 32 random bytes in base64url (256 bits). */
export function newToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/** Hex SHA-256 of the token text, as stored in `users.token_sha256`. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
