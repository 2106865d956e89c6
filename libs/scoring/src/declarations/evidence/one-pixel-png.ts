import { crc32, deflateSync } from 'node:zlib';

/**
 * A real one-pixel PNG, whole (signature, IHDR, IDAT, IEND, checksums), as the evidence checks demand
 * (evidence-sniff.ts). `label` goes into a tEXt chunk, so
 * each caller can have bytes no other file has. Used by the demo's replayed year and by tests.
 */
export function onePixelPng(label = ''): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, default compression, filter and interlace
  const pixel = deflateSync(Buffer.from([0, 0x2e, 0x8b, 0x57])); // filter byte, then one green pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(label ? [chunk('tEXt', Buffer.from(`Comment\0${label}`, 'latin1'))] : []),
    chunk('IDAT', pixel),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}
