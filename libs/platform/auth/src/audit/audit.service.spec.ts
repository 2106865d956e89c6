import { redact } from './audit.service';

describe('redact', () => {
  it('hides passwords, tokens and secrets at any depth and keeps the rest', () => {
    expect(
      redact({
        input: { username: 'a', password: 'p', nested: [{ accessToken: 't', name: 'n' }] },
        jwtSecret: 's',
      }),
    ).toEqual({
      input: { username: 'a', password: '***', nested: [{ accessToken: '***', name: 'n' }] },
      jwtSecret: '***',
    });
  });

  it('hides ID numbers and uploaded file contents', () => {
    expect(redact({ input: { idNumber: '1', contentBase64: 'x', name: 'n' } })).toEqual({
      input: { idNumber: '***', contentBase64: '***', name: 'n' },
    });
  });

  it('keeps text jsonb cannot store visible as U+FFFD: NUL and lone UTF-16 halves, not valid pairs', () => {
    expect(redact({ note: 'moved \ud800', other: 'a\u0000b', late: '\udc00x', emoji: '好😀' })).toEqual({
      note: 'moved \ufffd',
      other: 'a\ufffdb',
      late: '\ufffdx',
      emoji: '好😀',
    });
  });
});
