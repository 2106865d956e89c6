import { inlineSql } from './inline-sql';

describe('inlineSql', () => {
  it('lays a statement out as a template literal six spaces in would have', () => {
    const written = `
      CREATE TRIGGER t BEFORE UPDATE ON x
        FOR EACH ROW EXECUTE FUNCTION public.t()`;
    expect(
      inlineSql(6, 'CREATE TRIGGER t BEFORE UPDATE ON x\n  FOR EACH ROW EXECUTE FUNCTION public.t()'),
    ).toBe(written);
  });

  it('leaves empty lines empty', () => {
    expect(inlineSql(2, 'a\n\nb')).toBe('\n  a\n\n  b');
  });
});
