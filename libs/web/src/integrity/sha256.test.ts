import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestGroups, sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('matches the standard vectors and Node’s crypto on Chinese and rare characters', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const text of [
      '张*明 1000.00',
      '𠮷'.repeat(40),
      'x'.repeat(55),
      'y'.repeat(64),
      '{"a":"1"}'.repeat(50),
    ]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('groups a digest for reading aloud', () => {
    expect(digestGroups('0123456789abcdef')).toBe('0123 4567 89ab cdef');
  });
});
