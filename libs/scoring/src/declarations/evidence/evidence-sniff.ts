import { crc32 } from 'node:zlib';

/**
 * Checks that an uploaded file is, through and through, the kind it claims: a PNG's chunks with their
 * checksums up to IEND, a JPEG's segments up to its end-of-image marker, a PDF from its header to a
 * %%EOF. Bytes after the end are tolerated (phones append their own data after a JPEG's end) but, like
 * the whole file, must hold no markup or script: a file that only starts like an image (a PNG
 * signature followed by HTML, a polyglot with script appended) is refused, so evidence a reviewer
 * opens is never a page that runs in their browser.
 *
 * Returns why the content is refused, in words for the user, or null when it is sound.
 */
export function evidenceContentProblem(contentType: string, bytes: Buffer): string | null {
  const check = STRUCTURE[contentType];
  if (!check) return '类型不受支持';
  return check(bytes) ?? activeContentProblem(bytes);
}

const STRUCTURE: Record<string, (bytes: Buffer) => string | null> = {
  'image/png': pngProblem,
  'image/jpeg': jpegProblem,
  'application/pdf': pdfProblem,
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngProblem(bytes: Buffer): string | null {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return '不是 PNG 图片';
  let offset = 8;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return 'PNG 图片不完整';
    if (first && (type !== 'IHDR' || length !== 13)) return 'PNG 图片头损坏';
    const checksum = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== checksum) return 'PNG 图片校验失败';
    if (type === 'IEND') return null;
    first = false;
    offset = end;
  }
  return 'PNG 图片不完整';
}

// Markers that stand alone (no length): TEM, RST0–7, SOI, EOI.
const STANDALONE = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9]);

function jpegProblem(bytes: Buffer): string | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return '不是 JPEG 图片';
  let offset = 2;
  let scanned = false;
  while (offset + 1 < bytes.length) {
    if (bytes[offset] !== 0xff) {
      if (!scanned) return 'JPEG 图片结构损坏';
      offset += 1; // entropy-coded data of a scan
      continue;
    }
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (scanned && (marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7))) {
      offset += 2; // stuffed byte or restart marker inside a scan
      continue;
    }
    if (marker === 0xd9) return null;
    if (STANDALONE.has(marker)) {
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) break;
    const length = bytes.readUInt16BE(offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) return 'JPEG 图片不完整';
    scanned = marker === 0xda; // after a scan header comes its entropy-coded data
    offset += 2 + length;
  }
  return 'JPEG 图片不完整';
}

function pdfProblem(bytes: Buffer): string | null {
  if (!/^%PDF-[12]\.\d/.test(bytes.toString('latin1', 0, 8))) return '不是 PDF 文件';
  // A whole PDF ends with a cross-reference pointer and %%EOF (an incremental update adds another pair).
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - 2048));
  if (!/startxref\s+\d+\s+%%EOF/.test(tail)) return 'PDF 文件不完整';
  if (bytes.includes('/JavaScript', 0, 'latin1')) return 'PDF 文件含有脚本，不能作为佐证材料';
  return null;
}

// Markup a browser would run if it were ever sniffed as a page; long enough not to occur by chance
// in compressed image data.
// (Four-byte tokens such as `<svg` would, case-insensitively, turn up in about one photo in 250.)
const ACTIVE_CONTENT = /<script|<html|<!doctype html|<iframe|<body|javascript:/i;

function activeContentProblem(bytes: Buffer): string | null {
  return ACTIVE_CONTENT.test(bytes.toString('latin1')) ? '文件中夹带网页或脚本内容' : null;
}

/** A file name as it may be stored and shown: no folders, no characters that mean something to a file system. */
export function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return (cleaned || fallback).slice(0, 200);
}
