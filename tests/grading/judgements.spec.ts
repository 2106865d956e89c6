import { SubjectType as S } from '@village/platform-common';
import { ItemCategory, ItemDirection, JudgementGrade } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeDistrict,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTalliedYear,
  arrangeTown,
  villageItem,
  type ArrangedVillage,
  type OpenedPeriod,
} from '../support/arrange';

/**
 * Direct judgements and the lowest star band in the year-end evaluation (issue 12, DOMAIN.md §13):
 * a judgement caps a party member's grade and a villager's stars whatever their points; a credit
 * repair softens one to its fixed deduction; at or below the district's floor a villager has 0 stars.
 */

const ACTED_ON = `${DEMO_YEAR}-03-10`;

const deduction = (code: string, name: string, fields = {}) =>
  villageItem(code, name, {
    category: ItemCategory.CIVIC_VIRTUE,
    direction: ItemDirection.NEGATIVE,
    subjectTypes: [S.VILLAGER, S.PARTY_MEMBER],
    ...fields,
  });
/** 失信被执行: stars at most 1 for two years; repairable to a 5-point deduction. */
const DEFAULTER = deduction('JD1', '列为失信被执行人', {
  pointsMin: 0,
  pointsMax: 5,
  judgementStars: 1,
  repairPoints: 5,
  validityMonths: 24,
});
/** 党员违纪: grade at most 基本合格 that year. */
const MISCONDUCT = deduction('JD2', '受到党纪处分', {
  pointsMin: 0,
  pointsMax: 0,
  judgementGrade: JudgementGrade.BASIC,
});
const HEAVY = deduction('BIG', '严重违反村规民约', { pointsMin: 60, pointsMax: 60 });

const YEAR_LINES = graphql(`
  query JudgementYearLines($p: ID!) {
    scoreTallies(periodId: $p) {
      id
    }
  }
`);
const TALLY = graphql(`
  query JudgementTally($id: ID!) {
    scoreTally(id: $id) {
      lines {
        residentName
        creditScore
        evaluation {
          stars
          starsNote
          partyMember {
            grade
            note
          }
        }
      }
    }
  }
`);
const REPAIR = graphql(`
  mutation JudgementRepair($input: RepairCreditInput!) {
    repairCredit(input: $input) {
      points
      ruleNote
    }
  }
`);

describe('direct judgements and the 0-star floor at year end', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let periods: OpenedPeriod[];

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    // Two stars above 990, one star down to 951, none at or below 950.
    await arrangeRulebook(t, district.unit, [town], { rules: { zeroStarAtOrBelow: 950 } });
    t.setToday(`${DEMO_YEAR}-03-20`);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, {
      villageItems: [DEFAULTER, MISCONDUCT, HEAVY],
      open: false,
    });
    periods = await arrangeOpenYear(t, village, DEMO_YEAR);
  });
  afterAll(() => t.close());

  it('caps grades and stars by standing judgements, repairs one, and gives 0 stars at the floor', async () => {
    const judged = await arrangeResident(t, village, { name: '失信者', roles: [S.VILLAGER] });
    const repaired = await arrangeResident(t, village, { name: '已修复者', roles: [S.VILLAGER] });
    const member = await arrangeResident(t, village, { name: '违纪党员', roles: [S.PARTY_MEMBER] });
    const floor = await arrangeResident(t, village, { name: '扣分多者', roles: [S.VILLAGER] });
    const plain = await arrangeResident(t, village, { name: '普通村民', roles: [S.VILLAGER] });
    await arrangeApprovedAct(t, village, {
      residentId: judged.id,
      itemCode: 'JD1',
      actedOn: ACTED_ON,
      points: 0,
    });
    const toRepair = await arrangeApprovedAct(t, village, {
      residentId: repaired.id,
      itemCode: 'JD1',
      actedOn: ACTED_ON,
      points: 0,
    });
    await arrangeApprovedAct(t, village, { residentId: member.id, itemCode: 'JD2', actedOn: ACTED_ON });
    await arrangeApprovedAct(t, village, { residentId: floor.id, itemCode: 'BIG', actedOn: ACTED_ON });

    // The council repairs one judgement: reversed, and a 5-point deduction in its place — once.
    const repair = { input: { entryId: toRepair.entryId, reason: '已履行法院判决，申请信用修复' } };
    const first = expectOk(await t.gql(REPAIR, repair, village.council.token)).repairCredit;
    expect(first).toEqual({ points: -5, ruleNote: expect.stringContaining('改为扣 5 分') });
    expect(expectOk(await t.gql(REPAIR, repair, village.council.token)).repairCredit).toEqual(first);
    // An entry that is not a judgement has nothing to repair.
    const heavy = await arrangeApprovedAct(t, village, {
      residentId: plain.id,
      itemCode: 'BIG',
      actedOn: ACTED_ON,
    });
    const notJudged = await t.gql(
      REPAIR,
      { input: { entryId: heavy.entryId, reason: '试试' } },
      village.council.token,
    );
    expect(errorCode(notJudged)).toBe('BAD_USER_INPUT');
    expect(notJudged.errors?.[0].message).toContain('不是直接认定');

    await arrangeTalliedYear(t, village, periods);
    const year = periods.find((p) => p.kind === 'YEAR') as OpenedPeriod;
    const [tally] = expectOk(await t.gql(YEAR_LINES, { p: year.id }, village.council.token)).scoreTallies;
    const lines =
      expectOk(await t.gql(TALLY, { id: tally.id }, village.council.token)).scoreTally.lines ?? [];
    const line = (name: string) => lines.find((l) => l.residentName === name);

    // 1000 points would be two stars; the standing judgement caps them at one.
    expect(line('失信者')).toMatchObject({
      creditScore: 1000,
      evaluation: { stars: 1, starsNote: '直接认定：JD1 列为失信被执行人，星级最高 1 星（按分数为 2 星）' },
    });
    // Repaired: 995 points, two stars, no judgement.
    expect(line('已修复者')).toMatchObject({ creditScore: 995, evaluation: { stars: 2, starsNote: null } });
    // 100 composite would be excellent (or qualified by the quota); the judgement caps it at 基本合格.
    expect(line('违纪党员')?.evaluation?.partyMember).toEqual({
      grade: 'BASIC',
      note: '直接认定：JD2 受到党纪处分，等次最高基本合格（按分数为优秀）',
    });
    // 940 points: at or below the floor of 950, no stars.
    expect(line('扣分多者')).toMatchObject({ creditScore: 940, evaluation: { stars: 0 } });
  });
});
