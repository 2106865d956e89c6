import { payoutDigest, payoutLines, votePasses } from './payout-lines';

describe('payout lines', () => {
  const source = [
    { residentId: 'b', residentName: '李四', periodCreditPoints: 2.5, vetoed: false },
    { residentId: 'a', residentName: '张三', periodCreditPoints: 4, vetoed: false },
    { residentId: 'c', residentName: '王五', periodCreditPoints: 9, vetoed: true },
    { residentId: 'd', residentName: '赵六', periodCreditPoints: -3, vetoed: false },
    { residentId: 'e', residentName: '钱七', periodCreditPoints: 0, vetoed: false },
  ];

  it('pays positive, unvetoed points at the rate in whole fen, highest first', () => {
    expect(payoutLines(source, 333)).toEqual([
      { residentId: 'a', residentName: '张三', basisPoints: 4, amountCents: 1332, position: 1 },
      { residentId: 'b', residentName: '李四', basisPoints: 2.5, amountCents: 833, position: 2 },
    ]);
  });

  it('digests the same plan alike and a changed amount differently', () => {
    const lines = payoutLines(source, 100);
    const base = { villageId: 'v', periodId: 'p', tallyId: 't', centsPerPoint: 100, lines };
    expect(payoutDigest(base)).toBe(payoutDigest({ ...base, lines: [...lines] }));
    const altered = lines.map((l, i) => (i === 0 ? { ...l, amountCents: l.amountCents + 1 } : l));
    expect(payoutDigest({ ...base, lines: altered })).not.toBe(payoutDigest(base));
  });

  it('needs two thirds present and a majority of those present', () => {
    expect(votePasses({ expected: 30, present: 20, inFavour: 11 })).toBe(true);
    expect(votePasses({ expected: 30, present: 19, inFavour: 19 })).toBe(false);
    expect(votePasses({ expected: 30, present: 20, inFavour: 10 })).toBe(false);
  });
});
