import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashes with Node's built-in scrypt, which runs on libuv's thread pool: the event loop stays
 * free while a hash is computed. Stored as `$scrypt$ln=15,r=8,p=1$<salt>$<key>` (base64 without
 * padding, ~90 characters): the parameters travel with each hash, so raising the cost later still
 * verifies the old ones (and the login upgrades them).
 */
const PREFIX = '$scrypt$';
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** r and p as RFC 7914 recommends; the cost setting moves N = 2^ln only. */
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d)\$([A-Za-z0-9+/]{16,64})\$([A-Za-z0-9+/]{40,88})$/;

export interface ScryptParams {
  /** log2 of N, the CPU and memory cost (N=2^15, r=8: 32 MiB and ~50–100 ms a hash). */
  ln: number;
  r: number;
  p: number;
}

export const MIN_SCRYPT_COST = 10;
export const MAX_SCRYPT_COST = 20;

export function isScryptHash(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

export function scryptParamsFor(cost: number): ScryptParams {
  if (!Number.isInteger(cost) || cost < MIN_SCRYPT_COST || cost > MAX_SCRYPT_COST) {
    throw new Error(`scrypt cost must be an integer ${MIN_SCRYPT_COST}–${MAX_SCRYPT_COST}: ${cost}`);
  }
  return { ln: cost, r: BLOCK_SIZE, p: PARALLELISM };
}

export async function scryptHash(password: string, params: ScryptParams): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `${PREFIX}ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

export async function scryptVerify(password: string, hash: string): Promise<boolean> {
  const parsed = parse(hash);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** The parameters a stored hash was made with (null: not a well-formed scrypt hash). */
export function scryptParamsOf(hash: string): ScryptParams | null {
  return parse(hash)?.params ?? null;
}

function parse(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const match = FORMAT.exec(hash);
  if (!match) return null;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  // Bounds keep a tampered row from asking for gigabytes of memory.
  if (params.ln < 1 || params.ln > MAX_SCRYPT_COST || params.r < 1 || params.r > 32 || params.p < 1)
    return null;
  return { params, salt: Buffer.from(match[4], 'base64'), key: Buffer.from(match[5], 'base64') };
}

function derive(password: string, salt: Buffer, params: ScryptParams, bytes: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly N=2^15, r=8: leave headroom.
    maxmem: 256 * N * params.r,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, bytes, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}
