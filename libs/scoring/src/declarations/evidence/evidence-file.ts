import { createHash } from 'node:crypto';
import { BadInputException } from '@village/platform-common';
import { evidenceContentProblem, safeFileName } from './evidence-sniff';

export const EVIDENCE_MAX_FILES = 5;
/** Decoded bytes over all files of one request (the JSON body limit is 3 MB, base64 adds a third). */
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;

const ACCEPTED_TYPES = new Set(['image/jpeg', 'image/png', 'application/pdf']);

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
    const name = safeFileName(upload.fileName, `第 ${index + 1} 个文件`);
    if (!ACCEPTED_TYPES.has(upload.contentType)) {
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
    const problem = evidenceContentProblem(upload.contentType, bytes);
    if (problem) {
      throw BadInputException.field(
        'evidence',
        `${name}：文件内容与类型 ${upload.contentType} 不符（${problem}）`,
      );
    }
    return {
      fileName: name,
      contentType: upload.contentType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  });
}
