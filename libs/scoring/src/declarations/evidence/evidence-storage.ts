import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';

/** Where evidence files live. Swap the provider for object storage; keys are content hashes. */
export abstract class EvidenceStorage {
  abstract put(key: string, bytes: Buffer): Promise<void>;
}

/**
 * The default: files on local disk under EVIDENCE_DIR (default `.data/evidence`). Keys are SHA-256
 * content hashes, so a retry or a rolled-back transaction leaves at most an unreferenced duplicate.
 */
@Injectable()
export class LocalDiskEvidenceStorage extends EvidenceStorage {
  private readonly root = resolve(process.env.EVIDENCE_DIR ?? join(process.cwd(), '.data', 'evidence'));

  async put(key: string, bytes: Buffer): Promise<void> {
    if (!/^[a-z0-9/-]+$/.test(key)) throw new Error(`invalid evidence key ${key}`);
    const path = join(this.root, key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  }
}
