import { csvField } from './open-data-format';

describe('csvField (RFC 4180)', () => {
  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('东沟村')).toBe('东沟村');
    expect(csvField('东沟,"新"村')).toBe('"东沟,""新""村"');
    expect(csvField('一\r\n二')).toBe('"一\r\n二"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
  });
});
