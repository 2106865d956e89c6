import { onePixelPng } from './one-pixel-png';
import { readEvidence } from './evidence-file';

const pngBytes = onePixelPng();
const png = pngBytes.toString('base64');

describe('readEvidence', () => {
  it('accepts a PNG and hashes it', () => {
    const [file] = readEvidence([{ fileName: 'a.png', contentType: 'image/png', contentBase64: png }]);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(file.bytes.length).toBe(pngBytes.length);
  });

  it('refuses other types, content not matching the type, and too many or too large files', () => {
    expect(() =>
      readEvidence([{ fileName: 'a.exe', contentType: 'application/x-msdownload', contentBase64: png }]),
    ).toThrow('只接受');
    expect(() =>
      readEvidence([{ fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: png }]),
    ).toThrow('不符');
    const six = Array.from({ length: 6 }, () => ({
      fileName: 'a.png',
      contentType: 'image/png',
      contentBase64: png,
    }));
    expect(() => readEvidence(six)).toThrow('最多');
    const big = Buffer.alloc(3 * 1024 * 1024, 0);
    big.set([0x89, 0x50, 0x4e, 0x47]);
    expect(() =>
      readEvidence([
        { fileName: 'big.png', contentType: 'image/png', contentBase64: big.toString('base64') },
      ]),
    ).toThrow('MB');
  });
});
