import { createPrivateKey, createPublicKey, hkdfSync, sign, verify, type KeyObject } from 'node:crypto';

// DER prefixes of an Ed25519 private key (PKCS #8) and public key (SPKI) around their raw 32 bytes.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The statement a checkpoint signs: the district's log has `seq` entries and ends in `rootHash`. */
export function checkpointStatement(districtId: string, seq: number, rootHash: string): string {
  return `village-digest-log/1\n${districtId}\n${seq}\n${rootHash}`;
}

/**
 * The installation's Ed25519 key for checkpoints (Node's crypto). The 32-byte seed comes from
 * NOTICE_SIGNING_KEY (base64) when set; otherwise it is derived from the token secret with HKDF, so an
 * installation without the setting still signs with a stable key (set it before publishing the key).
 */
export class CheckpointSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: string;

  constructor(seed: Buffer) {
    if (seed.length !== 32) throw new Error('notice signing key: the Ed25519 seed must be 32 bytes');
    this.privateKey = createPrivateKey({
      key: Buffer.concat([PKCS8_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    });
    const spki = createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' });
    this.publicKey = spki.subarray(spki.length - 32).toString('base64');
  }

  static fromSettings(signingKey: string | null | undefined, fallbackSecret: string): CheckpointSigner {
    if (signingKey) return new CheckpointSigner(Buffer.from(signingKey, 'base64'));
    const derived = hkdfSync('sha256', fallbackSecret, 'village-credit', 'notice-checkpoint-ed25519', 32);
    return new CheckpointSigner(Buffer.from(derived));
  }

  sign(statement: string): string {
    return sign(null, Buffer.from(statement, 'utf8'), this.privateKey).toString('base64');
  }
}

/** Checks a signature against a raw public key (base64), as anyone holding the key can. */
export function verifyCheckpoint(publicKey: string, statement: string, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKey, 'base64')]),
      format: 'der',
      type: 'spki',
    });
    return verify(null, Buffer.from(statement, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
