import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Settings of the residents module; the app reads PII_KEY (see README: configuration). */
export interface ResidentsConfig {
  /** Base64 of 32 random bytes. */
  piiKey: string;
}

export const RESIDENTS_CONFIG = Symbol('RESIDENTS_CONFIG');

const VERSION = 'v1';

/**
 * Protects ID numbers at rest: AES-256-GCM for the number itself and a keyed HMAC-SHA256 to find
 * duplicates without decrypting. Two sub-keys are derived from PII_KEY so neither use weakens the other.
 */
export class PiiCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(piiKeyBase64: string) {
    const key = Buffer.from(piiKeyBase64, 'base64');
    if (key.length !== 32) throw new Error('PII_KEY must be the base64 of exactly 32 bytes');
    this.encryptionKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'village-pii-encrypt', 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'village-pii-hash', 32));
  }

  /** `v1:` + base64(iv ‖ tag ‖ ciphertext); a fresh IV each time, so equal numbers differ at rest. */
  encrypt(clear: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split(':');
    if (version !== VERSION || !payload) throw new Error('PiiCipher: unknown ciphertext format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** 64 hex characters; equal numbers give equal hashes under the same key. */
  hash(clear: string): string {
    return createHmac('sha256', this.hashKey).update(clear, 'utf8').digest('hex');
  }
}
