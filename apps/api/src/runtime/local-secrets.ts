import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Secrets the embedded mode generates once and keeps beside its data, so restarts keep sessions valid. */
export interface LocalSecrets {
  postgresPassword: string;
  appDbPassword: string;
  jwtSecret: string;
  /** Base64 of 32 bytes: the key protecting residents' ID numbers (PII_KEY). */
  piiKey: string;
}

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
    if (stored.piiKey) return stored as LocalSecrets;
    // A data folder from before ID numbers were encrypted: add the key, keep the rest.
    const upgraded = { ...stored, piiKey: randomBytes(32).toString('base64') } as LocalSecrets;
    writeFileSync(file, JSON.stringify(upgraded, null, 2), { mode: 0o600 });
    return upgraded;
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    appDbPassword: randomBytes(18).toString('base64url'),
    jwtSecret: randomBytes(48).toString('base64url'),
    piiKey: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
