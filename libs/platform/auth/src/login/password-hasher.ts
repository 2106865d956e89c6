import { availableParallelism } from 'node:os';
import bcrypt from 'bcryptjs';
import { HashSlots } from './hash-slots';
import { isScryptHash, scryptHash, scryptParamsFor, scryptParamsOf, scryptVerify } from './scrypt-hash';

/**
 * Password hashes: new ones are scrypt (off the event loop, see scrypt-hash.ts); bcrypt hashes written
 * before (`$2a$`/`$2b$`, bcryptjs) still verify, and the login replaces them at the next success
 * (`needsRehash`). `cost` is scrypt's log2 N: 15 in production, lower in tests and for a quick demo seed.
 */

/**
 * At most this many hashes at once in the process (the rest queue): half the cores, so a burst of
 * logins cannot take every core from the requests around it. AuthModule sets it from the config.
 */
const slots = new HashSlots(defaultHashConcurrency());

export function defaultHashConcurrency(): number {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}

export function limitConcurrentHashing(limit: number): void {
  slots.resize(limit);
}

export async function hashPassword(password: string, cost: number): Promise<string> {
  const params = scryptParamsFor(cost);
  return slots.run(() => scryptHash(password, params));
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (isScryptHash(hash)) return slots.run(() => scryptVerify(password, hash));
  // bcryptjs is JavaScript on the main thread (its async form yields between rounds): only legacy
  // hashes take this path, once each until the login upgrades them.
  if (isBcryptHash(hash)) return slots.run(() => bcrypt.compare(password, hash));
  return Promise.resolve(false);
}

/** True when a hash that just verified should be replaced: legacy bcrypt, or scrypt at another cost. */
export function needsRehash(hash: string, cost: number): boolean {
  const params = scryptParamsOf(hash);
  const wanted = scryptParamsFor(cost);
  return !params || params.ln !== wanted.ln || params.r !== wanted.r || params.p !== wanted.p;
}

function isBcryptHash(hash: string): boolean {
  return /^\$2[aby]\$\d{2}\$/.test(hash);
}
