import { Gender } from '../residents/resident-status.enum';
import { idNumberCheckChar, isCalendarDate, maskIdNumber, parseIdNumber } from './id-number';
import { PiiCipher } from './pii-cipher';

// 11010519491231002X is the example number of GB 11643.
describe('ID numbers', () => {
  it('accepts a number with the right check character and reads birth date and gender', () => {
    expect(parseIdNumber('11010519491231002x')).toEqual({
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: Gender.FEMALE,
    });
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });

  it('refuses a wrong check character, a bad length, an impossible or future birth date', () => {
    expect(parseIdNumber('110105194912310021')).toBeNull();
    expect(parseIdNumber('1101051949123100')).toBeNull();
    const feb30 = '37108119800230001';
    expect(parseIdNumber(feb30 + idNumberCheckChar(feb30))).toBeNull();
    const future = '37108121000101001';
    expect(parseIdNumber(future + idNumberCheckChar(future))).toBeNull();
    const male = '37108119800101001';
    expect(parseIdNumber(male + idNumberCheckChar(male))?.gender).toBe(Gender.MALE);
  });

  it('masks all but the region code and the last four', () => {
    expect(maskIdNumber('37108119800101123X')).toBe('371081********123X');
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-1')).toBe(false);
  });
});

describe('PiiCipher', () => {
  const cipher = new PiiCipher(Buffer.alloc(32, 7).toString('base64'));

  it('round-trips, never stores the clear number, and uses a fresh IV each time', () => {
    const a = cipher.encrypt('11010519491231002X');
    expect(a).not.toContain('11010519491231002X');
    expect(a).not.toBe(cipher.encrypt('11010519491231002X'));
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
  });

  it('hashes deterministically per key', () => {
    const other = new PiiCipher(Buffer.alloc(32, 8).toString('base64'));
    expect(cipher.hash('x')).toBe(cipher.hash('x'));
    expect(cipher.hash('x')).toHaveLength(64);
    expect(other.hash('x')).not.toBe(cipher.hash('x'));
  });

  it('refuses a key that is not 32 bytes and a tampered ciphertext', () => {
    expect(() => new PiiCipher('c2hvcnQ=')).toThrow('32 bytes');
    const stored = cipher.encrypt('abc');
    const tampered = stored.slice(0, -2) + (stored.endsWith('A') ? 'B' : 'A') + stored.slice(-1);
    expect(() => cipher.decrypt(tampered)).toThrow();
  });
});
