import { createHash } from 'node:crypto';
import { BadInputException } from '@village/platform-common';

export const EVIDENCE_MAX_FILES = 5;
/** Decoded bytes over all files of one request (the JSON body limit is 3 MB, base64 adds a third). */
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;

/** Accepted types and the leading bytes their content must start with. */
const SIGNATURES: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
};

export interface EvidenceUpload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

/** Decodes and checks evidence files (photos and PDFs only, count and size limits), or BAD_USER_INPUT on `evidence`. */
export function readEvidence(uploads: readonly EvidenceUpload[] | null | undefined): EvidenceFile[] {
  const list = uploads ?? [];
  if (list.length > EVIDENCE_MAX_FILES) {
    throw BadInputException.field('evidence', `佐证材料最多 ${EVIDENCE_MAX_FILES} 个文件`);
  }
  let total = 0;
  return list.map((upload, index) => {
    const name = upload.fileName.trim() || `第 ${index + 1} 个文件`;
    const signature = SIGNATURES[upload.contentType];
    if (!signature) {
      throw BadInputException.field('evidence', `${name}：只接受 JPEG、PNG 图片或 PDF 文件`);
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.contentBase64)) {
      throw BadInputException.field('evidence', `${name}：文件内容不是有效的 base64`);
    }
    const bytes = Buffer.from(upload.contentBase64, 'base64');
    total += bytes.length;
    if (bytes.length === 0) throw BadInputException.field('evidence', `${name}：文件为空`);
    if (total > EVIDENCE_MAX_BYTES) {
      throw BadInputException.field(
        'evidence',
        `佐证材料合计不能超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB`,
      );
    }
    if (!signature.every((b, i) => bytes[i] === b)) {
      throw BadInputException.field('evidence', `${name}：文件内容与类型 ${upload.contentType} 不符`);
    }
    return {
      fileName: name.slice(0, 200),
      contentType: upload.contentType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  });
}
