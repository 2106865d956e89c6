import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('sends the UTF-8 name per RFC 5987 and an ASCII stand-in', () => {
    expect(attachmentDisposition('服务照片.png')).toBe(
      `attachment; filename="____.png"; filename*=UTF-8''%E6%9C%8D%E5%8A%A1%E7%85%A7%E7%89%87.png`,
    );
  });

  it('drops paths and characters that could break the header', () => {
    const header = attachmentDisposition('../../etc/a"b;\r\nc\'(1).pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain(`filename*=UTF-8''a_b%3B__c%27%281%29.pdf`);
    expect(attachmentDisposition('')).toContain(`filename="evidence"`);
  });
});
