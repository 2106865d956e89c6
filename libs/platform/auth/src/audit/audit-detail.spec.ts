import { AUDIT_LIMITS, auditDetailJson, redact } from './audit-detail';

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

describe('auditDetailJson', () => {
  it('cuts a long string to its start, keeping its length and hash', () => {
    const note = '长'.repeat(2_400_000);
    const json = auditDetailJson({ args: { input: { note } } });
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(AUDIT_LIMITS.maxDetailBytes);
    const cut = JSON.parse(json).args.input.note;
    expect(cut).toMatchObject({ length: 2_400_000, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(cut.cut).toHaveLength(AUDIT_LIMITS.maxStringLength);
  });

  it('never cuts a surrogate pair in half', () => {
    const note = `${'x'.repeat(AUDIT_LIMITS.maxStringLength - 1)}😀tail`;
    const cut = JSON.parse(auditDetailJson({ note })).note.cut as string;
    expect(cut).toBe('x'.repeat(AUDIT_LIMITS.maxStringLength - 1));
  });

  it('keeps a whole row under its byte ceiling, however many long strings it has', () => {
    const args = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${i}`, '字'.repeat(5_000)]));
    const json = auditDetailJson({ args });
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(AUDIT_LIMITS.maxDetailBytes);
    expect(JSON.parse(json)).toMatchObject({ bytes: expect.any(Number), sha256: expect.any(String) });
  });

  it('bounds lists and nesting', () => {
    const detail = JSON.parse(auditDetailJson({ ids: Array.from({ length: 500 }, (_, i) => i) }));
    expect(detail.ids).toHaveLength(AUDIT_LIMITS.maxListLength + 1);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 1_000; i++) deep = { deep };
    expect(() => auditDetailJson({ deep: deep as Record<string, unknown> })).not.toThrow();
  });
});
