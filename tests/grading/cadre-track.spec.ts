import { SubjectType as S } from '@village/platform-common';
import { ItemCategory, ScoreTrack } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { REGISTER_ACT } from '../support/documents/scoring';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  arrangeTalliedYear,
  orgUnits,
  unique,
  villageItem,
  type ArrangedVillage,
  type OpenedPeriod,
} from '../support/arrange';

/**
 * Village cadres as subjects (issue 12.12, DOMAIN.md §13): items can apply to a cadre post, a cadre's
 * role-duty points count on the role-duty track, and the year end grades them on a cadre track with
 * the framework's cadre weights, the thresholds and the excellent quota, beside their other tracks.
 */

const ACTED_ON = `${DEMO_YEAR}-03-10`;
/** 村干部履职: only for the branch secretary and the committee director. */
const DUTY = villageItem('CD1', '牵头完成村级重点工作', {
  category: ItemCategory.RESPONSIBILITIES,
  track: ScoreTrack.ROLE_DUTY,
  subjectTypes: [S.BRANCH_SECRETARY, S.VILLAGE_DIRECTOR],
  pointsMin: 5,
  pointsMax: 5,
});

const YEAR_TALLIES = graphql(`
  query CadreYearTallies($p: ID!) {
    scoreTallies(periodId: $p) {
      id
    }
  }
`);
const TALLY = graphql(`
  query CadreTally($id: ID!) {
    scoreTally(id: $id) {
      lines {
        residentName
        roleDutyScore
        evaluation {
          cadre {
            composite
            grade
          }
          partyMember {
            grade
          }
        }
      }
    }
  }
`);

describe('village cadres on their own track', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let periods: OpenedPeriod[];

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    t.setToday(`${DEMO_YEAR}-03-20`);
    village = await arrangeScoringVillage(t, (await orgUnits(t))['宋村镇'], DEMO_YEAR, {
      villageItems: [DUTY],
      open: false,
    });
    periods = await arrangeOpenYear(t, village, DEMO_YEAR);
  });
  afterAll(() => t.close());

  it('scores a cadre post’s item, refuses it for others, and grades cadres at year end', async () => {
    const secretary = await arrangeResident(t, village, {
      name: '支部书记',
      roles: [S.BRANCH_SECRETARY, S.PARTY_MEMBER, S.VILLAGER],
    });
    const collector = await arrangeResident(t, village, {
      name: '信息员',
      roles: [S.INFO_COLLECTOR, S.VILLAGER],
    });
    await arrangeApprovedAct(t, village, { residentId: secretary.id, itemCode: 'CD1', actedOn: ACTED_ON });
    // The item is for the secretary and the director: the information collector is told why not.
    const refused = await t.gql(
      REGISTER_ACT,
      {
        input: {
          residentId: collector.id,
          itemCode: 'CD1',
          actedOn: ACTED_ON,
          note: '试登记',
          idempotencyKey: unique('k-'),
        },
      },
      village.admin.token,
    );
    expect(refused.errors?.[0].message).toContain('适用于党支部书记、村委会主任');

    await arrangeTalliedYear(t, village, periods);
    const year = periods.find((p) => p.kind === 'YEAR') as OpenedPeriod;
    const [tally] = expectOk(await t.gql(YEAR_TALLIES, { p: year.id }, village.council.token)).scoreTallies;
    const lines =
      expectOk(await t.gql(TALLY, { id: tally.id }, village.council.token)).scoreTally.lines ?? [];
    // 105 role-duty points and 1000 credit: (70 × 105 + 30 × 100) / 100 = 103.5 on the cadre track.
    expect(lines.find((l) => l.residentName === '支部书记')).toMatchObject({
      roleDutyScore: 105,
      evaluation: { cadre: { composite: 103.5 }, partyMember: { grade: expect.any(String) } },
    });
    // Two cadres: at most floor(2 / 3) = 0 excellent, so both are 合格 by the quota.
    expect(lines.find((l) => l.residentName === '支部书记')?.evaluation?.cadre?.grade).toBe('QUALIFIED');
    expect(lines.find((l) => l.residentName === '信息员')?.evaluation?.cadre).toEqual({
      composite: 100,
      grade: 'QUALIFIED',
    });
  });
});
