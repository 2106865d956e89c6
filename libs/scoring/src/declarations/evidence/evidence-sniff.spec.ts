import { deflateSync } from 'node:zlib';
import { onePixelPng } from './one-pixel-png';
import { evidenceContentProblem, safeFileName } from './evidence-sniff';

/** A minimal baseline JPEG: SOI, one APP0 segment, a scan header, entropy data with a stuffed byte, EOI. */
const jpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xda, 0x00, 0x04, 0x01, 0x00, 0x12, 0xff,
  0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9,
]);
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
  'latin1',
);

describe('evidenceContentProblem', () => {
  it('accepts a whole PNG, JPEG and PDF', () => {
    expect(evidenceContentProblem('image/png', onePixelPng('x'))).toBeNull();
    expect(evidenceContentProblem('image/jpeg', jpeg)).toBeNull();
    expect(evidenceContentProblem('application/pdf', pdf)).toBeNull();
  });

  it('refuses a PNG signature followed by HTML (the four-byte check let it through)', () => {
    const fake = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('<html><script>alert(1)</script>'),
    ]);
    expect(evidenceContentProblem('image/png', fake)).not.toBeNull();
  });

  it('refuses script after the end of an image or document, and tolerates a phone’s own trailing data', () => {
    const script = Buffer.from('<script>alert(1)</script>');
    expect(evidenceContentProblem('image/png', Buffer.concat([onePixelPng(), script]))).toContain('脚本');
    expect(evidenceContentProblem('image/jpeg', Buffer.concat([jpeg, script]))).toContain('脚本');
    expect(evidenceContentProblem('application/pdf', Buffer.concat([pdf, script]))).toContain('脚本');
    const samsungTrailer = Buffer.from('\x00\x00SEFHSEFT', 'latin1');
    expect(evidenceContentProblem('image/jpeg', Buffer.concat([jpeg, samsungTrailer]))).toBeNull();
  });

  it('refuses script hidden inside an image chunk and a PDF with JavaScript', () => {
    const png = onePixelPng('<script>alert(1)</script>');
    expect(evidenceContentProblem('image/png', png)).toContain('脚本');
    const scripted = Buffer.from(
      pdf.toString('latin1').replace('/Catalog', '/Catalog /OpenAction << /S /JavaScript >>'),
      'latin1',
    );
    expect(evidenceContentProblem('application/pdf', scripted)).toContain('脚本');
  });

  it('refuses a PNG with a broken checksum, a truncated JPEG and a PDF without its end', () => {
    const png = onePixelPng();
    png[30] ^= 0xff;
    expect(evidenceContentProblem('image/png', png)).not.toBeNull();
    expect(evidenceContentProblem('image/jpeg', jpeg.subarray(0, 20))).not.toBeNull();
    expect(
      evidenceContentProblem(
        'application/pdf',
        Buffer.from('%PDF-1.4\n' + deflateSync('x').toString('latin1')),
      ),
    ).not.toBeNull();
  });
});

describe('safeFileName', () => {
  it('keeps the name without folders or characters a file system gives meaning to', () => {
    expect(safeFileName('../../etc/passwd', 'f')).toBe('passwd');
    expect(safeFileName('C:\\photos\\现场照片.png', 'f')).toBe('现场照片.png');
    expect(safeFileName('a<b>:c?.png', 'f')).toBe('a_b__c_.png');
    expect(safeFileName('..', '第 1 个文件')).toBe('第 1 个文件');
  });
});
