import { CapMode, ItemDirection, MilestoneSpan, ScoreTrack } from '@village/rulebook';
import { affectedCodes } from './item-changes';
import { byCode, entry, item, reversal } from './preview.fixtures';
import { rescoreVillage } from './rescore-village';

const draftOf = (rescored: { entryId: string | null; draftPoints: number }[], id: string | null) =>
  rescored.find((r) => r.entryId === id)?.draftPoints;

describe('a village’s entries rescored under a draft (rescoreVillage)', () => {
  it('an item the draft leaves alone keeps its points; a raised one moves; a correction never moves', () => {
    const current = byCode(item('P03', { pointsMin: 1, pointsMax: 1 }), item('P02', { pointsMax: 5 }));
    const draft = byCode(item('P03', { pointsMin: 1.2, pointsMax: 1.2 }), item('P02', { pointsMax: 5 }));
    const codes = affectedCodes(current, draft);
    expect([...codes.changed]).toEqual(['P03']);
    const cleanup = entry('a', 'P03', 1);
    const mediation = entry('a', 'P02', 4);
    const correction = entry('a', 'CORRECTION', 2.5);
    const { rescored } = rescoreVillage([cleanup, mediation, correction], current, draft, codes);
    expect(draftOf(rescored, cleanup.id)).toBe(1.2);
    expect(draftOf(rescored, mediation.id)).toBe(4);
    expect(draftOf(rescored, correction.id)).toBe(2.5);
  });

  it('an item the draft disables drops its acts, and its reversals with them', () => {
    const current = byCode(item('N26', { direction: ItemDirection.NEGATIVE }));
    const codes = affectedCodes(current, byCode());
    const fireworks = entry('a', 'N26', -2);
    const cancelled = entry('a', 'N26', -2);
    const undo = reversal(cancelled);
    const { rescored } = rescoreVillage([fireworks, cancelled, undo], current, byCode(), codes);
    expect(rescored.map((r) => r.draftPoints)).toEqual([0, 0, 0]);
    expect(rescored[0].note).toContain('停用');
  });

  it('a reversal cancels what its entry scores under the draft', () => {
    const current = byCode(item('P10', { pointsMin: 10, pointsMax: 10 }));
    const draft = byCode(item('P10', { pointsMin: 12, pointsMax: 12 }));
    const act = entry('a', 'P10', 10);
    const undo = reversal(act);
    const { rescored } = rescoreVillage([act, undo], current, draft, affectedCodes(current, draft));
    expect(rescored.map((r) => [r.recordedPoints, r.draftPoints])).toEqual([
      [10, 12],
      [-10, -12],
    ]);
  });

  it('a yearly cap shared by a group clamps the act that crosses it, counting the unchanged member too', () => {
    const cap = { capGroup: 'DONATE', capPerYear: 10, capMode: CapMode.CLAMP, pointsMin: 0.1, pointsMax: 10 };
    const current = byCode(
      item('P08', { ...cap, perUnitPoints: 0.01, unitLabel: '元' }),
      item('P21', { ...cap, perUnitPoints: 0.01, unitLabel: '元' }),
    );
    const draft = byCode(
      item('P08', { ...cap, perUnitPoints: 0.02, unitLabel: '元' }),
      item('P21', { ...cap, perUnitPoints: 0.01, unitLabel: '元' }),
    );
    const codes = affectedCodes(current, draft);
    expect([...codes.rescored].sort()).toEqual(['P08', 'P21']);
    const found = entry('a', 'P21', 4, { quantity: 400, actedOn: '2026-02-01' });
    const donation = entry('a', 'P08', 4, { quantity: 400, actedOn: '2026-03-01' }); // 8 under the draft
    const { rescored } = rescoreVillage([found, donation], current, draft, codes);
    expect(draftOf(rescored, found.id)).toBe(4);
    expect(draftOf(rescored, donation.id)).toBe(6);
    expect(rescored[1].note).toContain('计至上限 6 分');
  });

  it('a refusing cap drops the act that would pass it', () => {
    const current = byCode(item('P03', { pointsMin: 1, pointsMax: 1, capPerMonth: 4 }));
    const draft = byCode(item('P03', { pointsMin: 1.5, pointsMax: 1.5, capPerMonth: 4 }));
    const acts = [1, 2, 3, 4].map((d) => entry('a', 'P03', 1, { actedOn: `2026-03-0${d}` }));
    const { rescored } = rescoreVillage(acts, current, draft, affectedCodes(current, draft));
    expect(rescored.map((r) => r.draftPoints)).toEqual([1.5, 1.5, 0, 0]);
  });

  it('vetoes stand under each rule as its items say; a reversed veto never stands', () => {
    const current = byCode(
      item('N07', { direction: ItemDirection.NEGATIVE, veto: true, pointsMin: 10, pointsMax: 10 }),
    );
    const draft = byCode(
      item('N07', { direction: ItemDirection.NEGATIVE, veto: false, pointsMin: 10, pointsMax: 10 }),
    );
    const gambling = entry('a', 'N07', -10);
    const cancelled = entry('b', 'N07', -10);
    const result = rescoreVillage(
      [gambling, cancelled, reversal(cancelled)],
      current,
      draft,
      affectedCodes(current, draft),
    );
    expect([...result.currentVetoes]).toEqual([['a', ['N07 事项N07']]]);
    expect(result.draftVetoes.size).toBe(0);
  });

  it('milestones are recounted under the draft’s thresholds from the year’s source quantities', () => {
    const source = item('P01', { pointsMin: 0.5, pointsMax: 10, perUnitPoints: 0.5, unitLabel: '小时' });
    const milestone = (thresholds: [number, number][]) =>
      item('P22', {
        pointsMin: 2,
        pointsMax: 5,
        unitLabel: '小时',
        milestoneSources: ['P01'],
        milestoneSpan: MilestoneSpan.YEAR,
        milestones: thresholds.map(([threshold, points]) => ({ threshold, points })),
      });
    const current = byCode(
      source,
      milestone([
        [10, 2],
        [20, 3],
      ]),
    );
    const draft = byCode(
      source,
      milestone([
        [8, 2],
        [12, 4],
      ]),
    );
    const hours = [entry('a', 'P01', 3, { quantity: 6 }), entry('a', 'P01', 3, { quantity: 6 })];
    const crossed = entry('a', 'P22', 2, { quantity: 12 });
    const { rescored } = rescoreVillage([...hours, crossed], current, draft, affectedCodes(current, draft));
    expect(draftOf(rescored, crossed.id)).toBe(0);
    const result = rescored.find((r) => r.entryId === null);
    expect(result).toMatchObject({
      residentId: 'a',
      itemCode: 'P22',
      draftPoints: 6,
      draftTrack: ScoreTrack.CREDIT,
    });
  });
});
