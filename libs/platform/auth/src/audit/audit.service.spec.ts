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
});
