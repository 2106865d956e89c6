import { SubjectType as S } from '@village/platform-common';
import { TenantDb } from '@village/platform-tenancy';
import { ItemCategory, ItemDirection, RecordLevel } from '@village/rulebook';
import { districtRecordPoints } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
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
 * Records at two levels (issue 12.10, DOMAIN.md §13): items count in the village's yearly score, in the
 * district's credit record, or both; the district record keeps entries while they are valid, across
 * years, and is graded with the district's letter grades, beside the village's stars.
 */

const ACTED_ON = `${DEMO_YEAR}-03-10`;
const LETTER_GRADES = [
  { grade: 'AAA', min: 1010 },
  { grade: 'A', min: 1000 },
  { grade: 'B', min: 990 },
  { grade: 'D', min: 0 },
];

const DISTRICT_ONLY = villageItem('DR1', '获区级表彰', {
  pointsMin: 10,
  pointsMax: 10,
  recordLevel: RecordLevel.DISTRICT,
});
const VILLAGE_ONLY = villageItem('VR1', '参加村内义务劳动', {
  pointsMin: 5,
  pointsMax: 5,
  recordLevel: RecordLevel.VILLAGE,
});
/** Counted at both levels, valid two years: it weighs on next year's district record too. */
const LONG_DEDUCTION = villageItem('BR1', '拖欠村集体承包费', {
  category: ItemCategory.CIVIC_VIRTUE,
  direction: ItemDirection.NEGATIVE,
  pointsMin: 8,
  pointsMax: 8,
  validityMonths: 24,
});

const SCORE = graphql(`
  query DistrictRecordScore($id: ID!) {
    residentScore(residentId: $id) {
      tracks {
        track
        score
      }
      districtRecord {
        score
        letterGrade
        entryCount
      }
    }
  }
`);
const YEAR_TALLIES = graphql(`
  query DistrictRecordTallies($p: ID!) {
    scoreTallies(periodId: $p) {
      id
    }
  }
`);
const TALLY = graphql(`
  query DistrictRecordTally($id: ID!) {
    scoreTally(id: $id) {
      lines {
        residentName
        creditScore
        evaluation {
          stars
          districtRecord {
            score
            letterGrade
          }
        }
      }
    }
  }
`);

describe('the district credit record and its letter grades', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let periods: OpenedPeriod[];

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town], { rules: { letterGrades: LETTER_GRADES } });
    t.setToday(`${DEMO_YEAR}-03-20`);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, {
      villageItems: [DISTRICT_ONLY, VILLAGE_ONLY, LONG_DEDUCTION],
      open: false,
    });
    periods = await arrangeOpenYear(t, village, DEMO_YEAR);
  });
  afterAll(() => t.close());

  it('counts items at their level, grades the district record, and keeps a long deduction into next year', async () => {
    const honoured = await arrangeResident(t, village, { name: '获表彰者', roles: [S.VILLAGER] });
    const indebted = await arrangeResident(t, village, { name: '欠费者', roles: [S.VILLAGER] });
    await arrangeApprovedAct(t, village, { residentId: honoured.id, itemCode: 'DR1', actedOn: ACTED_ON });
    await arrangeApprovedAct(t, village, { residentId: honoured.id, itemCode: 'VR1', actedOn: ACTED_ON });
    await arrangeApprovedAct(t, village, { residentId: indebted.id, itemCode: 'BR1', actedOn: ACTED_ON });

    // The village score has the village-level 5 but not the district-only 10; the district record the reverse.
    const score = expectOk(await t.gql(SCORE, { id: honoured.id }, village.council.token)).residentScore;
    expect(score.tracks.find((x) => x.track === 'CREDIT')?.score).toBe(1005);
    expect(score.districtRecord).toEqual({ score: 1010, letterGrade: 'AAA', entryCount: 1 });
    const debt = expectOk(await t.gql(SCORE, { id: indebted.id }, village.council.token)).residentScore;
    expect(debt.districtRecord).toEqual({ score: 992, letterGrade: 'B', entryCount: 1 });

    // The year end grades both records: stars from the village score, the letter from the district's.
    await arrangeTalliedYear(t, village, periods);
    const year = periods.find((p) => p.kind === 'YEAR') as OpenedPeriod;
    const [tally] = expectOk(await t.gql(YEAR_TALLIES, { p: year.id }, village.council.token)).scoreTallies;
    const lines =
      expectOk(await t.gql(TALLY, { id: tally.id }, village.council.token)).scoreTally.lines ?? [];
    expect(lines.find((l) => l.residentName === '获表彰者')).toMatchObject({
      creditScore: 1005,
      evaluation: { stars: 2, districtRecord: { score: 1010, letterGrade: 'AAA' } },
    });
    expect(lines.find((l) => l.residentName === '欠费者')?.evaluation?.districtRecord).toEqual({
      score: 992,
      letterGrade: 'B',
    });

    // A year later: the two-year deduction still stands in the district record; the honour (no
    // validity of its own) counted in its year only.
    const nextYearEnd = `${DEMO_YEAR + 1}-12-31`;
    const later = await t.app
      .get(TenantDb)
      .run(village.council.ctx, (tx) => districtRecordPoints(tx, village.id, nextYearEnd, null));
    expect(later.get(indebted.id)).toEqual({ points: -8, entries: 1 });
    expect(later.get(honoured.id)).toBeUndefined();
  });
});
