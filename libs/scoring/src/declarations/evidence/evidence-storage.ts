import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';

/** Where evidence files live. Swap the provider for object storage; keys are content hashes. */
export abstract class EvidenceStorage {
  /** Stores the bytes under `key`; `created` is false when a file with that key (those bytes) was there. */
  abstract put(key: string, bytes: Buffer): Promise<{ created: boolean }>;
  abstract remove(key: string): Promise<void>;
  /** The bytes stored under `key`, or null when there is no such file. */
  abstract read(key: string): Promise<Buffer | null>;
}

/**
 * The default: files on local disk under the configured folder (EVIDENCE_DIR, default `evidence` in DATA_DIR). Keys are SHA-256
 * content hashes, so a retry finds its file already there and never rewrites it.
 */
@Injectable()
export class LocalDiskEvidenceStorage extends EvidenceStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(key: string, bytes: Buffer): Promise<{ created: boolean }> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    try {
      await writeFile(path, bytes, { flag: 'wx' });
      return { created: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { created: false };
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Full path of a key; refuses anything but the village/hash form, so a key cannot leave the root. */
  pathOf(key: string): string {
    if (!/^[a-z0-9/-]+$/.test(key)) throw new Error(`invalid evidence key ${key}`);
    return join(this.root, key);
  }
}
