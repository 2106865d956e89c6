import { Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { ItemDirection } from '@village/rulebook';
import { Gender, ResidentService, ResidentStatus } from '@village/residents';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { Q } from '../cycle/cycle-support';
import { expectOk, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeGrid,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  arrangeUser,
  villageItem,
  type ArrangedResident,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

const Y = DEMO_YEAR;
const on = (monthDay: string) => `${Y}-${monthDay}`;
const GOOD = villageItem('FP1', '参加义务劳动', { pointsMin: 1, pointsMax: 5 });
const CUT = villageItem('FN1', '乱堆乱放', { direction: ItemDirection.NEGATIVE, pointsMin: 1, pointsMax: 5 });

export interface FairnessVillage {
  village: ArrangedVillage;
  /** W1 东网格 (12 people), W2 西网格 (12), W3 北网格 (3). */
  grids: Record<'W1' | 'W2' | 'W3', string>;
  people: ArrangedResident[];
  /** The village's council: the harsh reviewer. */
  harsh: ArrangedUser;
  mild: ArrangedUser;
  rare: ArrangedUser;
  q1: { id: string };
}

/**
 * A village of `town` whose first quarter (every act in March) has an east grid and a reviewer that
 * deduct far more than the rest of the village: each of the east grid's 12 residents deducted once by
 * the village's council, who also approves three rewards; 审核人乙 approving 19 rewards and two
 * deductions; 审核人丙 five entries (too few to judge), three of them deducting every resident of the
 * small north grid (3 people, never flagged); outside any grid an active resident and one who moved
 * out after a deduction (counted), and one who moved out with nothing in the period (not counted).
 * The quarter is tallied and posted, and a west resident's two objections are upheld: an east
 * resident's deduction reversed (it still counts as made) and a west resident's reward reversed (a
 * reversal of negative points, never a deduction) — the quarter re-tallied each time (versions 2, 3).
 */
export async function arrangeFairnessVillage(t: TestApp, town: OrgRef): Promise<FairnessVillage> {
  t.setToday(on('03-10'));
  const village = await arrangeScoringVillage(t, town, Y, { villageItems: [GOOD, CUT], open: false });
  const periods = await arrangeOpenYear(t, village, Y);
  const q1 = periods.find((p) => p.kind === 'QUARTER' && p.number === 1) as { id: string };
  const grids = {
    W1: await arrangeGrid(t, village, { code: 'W1', name: '东网格' }),
    W2: await arrangeGrid(t, village, { code: 'W2', name: '西网格' }),
    W3: await arrangeGrid(t, village, { code: 'W3', name: '北网格' }),
  };
  const harsh = village.council;
  const mild = await arrangeUser(t, village.unit, Role.CREDIT_COUNCIL, { displayName: '审核人乙' });
  const rare = await arrangeUser(t, village.unit, Role.CREDIT_COUNCIL, { displayName: '审核人丙' });
  const people: ArrangedResident[] = [];
  const moveOut = (id: string) =>
    t.app.get(ResidentService).changeStatus(village.system, id, ResidentStatus.MOVED_OUT, '测试：迁出');

  /** Residents of a grid, alternating men and women, born so that every adult age band has some. */
  const residents = async (gridId: string | null, count: number, login = false) => {
    const born = [`${Y - 25}-06-01`, `${Y - 44}-02-10`, `${Y - 58}-11-30`, `${Y - 71}-01-01`];
    const made: ArrangedResident[] = [];
    for (let i = 0; i < count; i += 1) {
      const resident = await arrangeResident(t, village, {
        gender: i % 2 ? Gender.FEMALE : Gender.MALE,
        birthDate: born[i % born.length],
        gridId,
        roles: [S.VILLAGER],
        login: login && i === 0,
      });
      made.push(resident);
      people.push(resident);
    }
    return made;
  };
  /** The admin registers, `reviewer` approves: `points` > 0 under FP1, < 0 under FN1. */
  let day = 0;
  const act = (residentId: string, points: number, reviewer: ArrangedUser) =>
    arrangeApprovedAct(
      t,
      { ...village, council: reviewer },
      {
        residentId,
        itemCode: points < 0 ? 'FN1' : 'FP1',
        points: Math.abs(points),
        actedOn: on(`03-0${1 + (day++ % 9)}`),
      },
    );

  const east = await residents(grids.W1, 12);
  const west = await residents(grids.W2, 12, true);
  const north = await residents(grids.W3, 3);
  const [stayed, leaving] = await residents(null, 2);
  const [gone] = await residents(null, 1);
  await moveOut(gone.id);
  for (const [i, r] of east.entries()) await act(r.id, -(1 + (i % 3)), harsh);
  for (const r of west.slice(0, 3)) await act(r.id, 2, harsh);
  for (const r of [...west, ...west.slice(0, 6), stayed]) await act(r.id, 1, mild);
  await act(west[5].id, -2, mild);
  await act(leaving.id, -1, mild);
  await moveOut(leaving.id);
  for (const r of north) await act(r.id, -3, rare);
  for (const r of west.slice(6, 8)) await act(r.id, 1, rare);

  t.setToday(on('04-01'));
  const tally = expectOk(await t.gql(Q.tally, { p: q1.id }, harsh.token)).tallyPeriod;
  expectOk(await t.gql(Q.publish, { p: q1.id }, harsh.token));
  t.setToday(on('04-02'));
  const objector = west[0].user as ArrangedUser;
  const upheld: { objectionId: string; entryId: string }[] = [];
  // Both raised against the first posting (an objection names a line of the latest notice).
  for (const [subject, sign] of [
    [east[0], '<'],
    [west[1], '>'],
  ] as const) {
    const line = tally.lines?.find((l) => l.residentId === subject.id);
    const raised = expectOk(
      await t.gql(Q.raise, { input: { tallyLineId: line?.id ?? '', reason: '积分有误' } }, objector.token),
    ).raiseObjection;
    const [entry] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM ledger_entry WHERE resident_id = $1 AND points ${sign} 0 ORDER BY seq LIMIT 1`,
      [subject.id],
    );
    upheld.push({ objectionId: raised.id, entryId: entry.id });
  }
  for (const { objectionId, entryId } of upheld) {
    const input = {
      objectionId,
      decision: 'UPHOLD' as const,
      answer: '核实有误，冲正',
      reverseEntryIds: [entryId],
    };
    expectOk(await t.gql(Q.answer, { input }, harsh.token));
  }
  return { village, grids, people, harsh, mild, rare, q1 };
}
