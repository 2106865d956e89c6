import { Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import {
  COPY_FRAMEWORK,
  FRAMEWORK_VERSION,
  MANUAL_VERSION,
  SET_MANUAL_ADJUSTMENT,
  UPDATE_FRAMEWORK_RULES,
} from '../support/documents/rulebook';
import { TALLY_PERIOD } from '../support/documents/scoring';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeDistrict,
  arrangeOpenYear,
  arrangeAdoptedList,
  arrangeResident,
  arrangeRulebook,
  arrangeTown,
  arrangeUser,
  arrangeVillage,
  townAdminOf,
  type ArrangedDistrict,
  type ArrangedVillage,
} from '../support/arrange';

const PREVIEW = graphql(`
  query DraftPreviewOfTown($manualId: ID, $frameworkId: ID, $year: Int) {
    draftPreview(manualId: $manualId, frameworkId: $frameworkId, year: $year) {
      draftKind
      draftId
      draftVersion
      year
      changedItems {
        code
        currentRule
        draftRule
        villages
      }
      villages {
        villageId
        townId
        hasList
        residents
        rescoredEntries
        changedPeople
        scoreChangedPeople
        current {
          averageCreditScore
          partyMemberGrades {
            excellent
            qualified
            basic
            unqualified
          }
          stars {
            stars
            count
          }
        }
        draft {
          averageCreditScore
          partyMemberGrades {
            excellent
            qualified
            basic
            unqualified
          }
          stars {
            stars
            count
          }
        }
      }
    }
  }
`);

const PEOPLE = graphql(`
  query DraftPreviewPeopleOfVillage(
    $manualId: ID
    $frameworkId: ID
    $villageId: ID!
    $onlyChanged: Boolean!
  ) {
    draftPreviewPeople(
      manualId: $manualId
      frameworkId: $frameworkId
      villageId: $villageId
      onlyChanged: $onlyChanged
      limit: 50
    ) {
      total
      village {
        changedPeople
      }
      items {
        residentId
        residentName
        gradeChanged
        starsChanged
        scoreChanged
        current {
          creditScore
          roleDutyScore
          evaluation {
            stars
            partyMember {
              composite
              grade
            }
          }
        }
        draft {
          creditScore
          roleDutyScore
          evaluation {
            stars
            partyMember {
              composite
              grade
            }
          }
        }
        items {
          itemCode
          entries
          recordedPoints
          draftPoints
        }
      }
    }
  }
`);

const RESIDENT_SCORE = graphql(`
  query DraftPreviewResidentScore($id: ID!, $year: Int) {
    residentScore(residentId: $id, year: $year) {
      tracks {
        track
        score
        entryCount
      }
    }
  }
`);

const day = (month: number, d: number) =>
  `${DEMO_YEAR}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const fieldOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.[0]?.field;

/** What the preview must never touch: every row the scoring and rulebook tables hold, and each village's chain head. */
async function footprint(t: TestApp, districtId: string) {
  const tables = [
    'ledger_entry',
    'score_tally',
    'score_tally_line',
    'declaration',
    'declaration_review',
    'notification',
    'town_manual',
    'manual_adjustment',
    'framework',
    'evaluation_item',
    'scoring_list',
    'scoring_list_item',
    'audit_log',
  ];
  const counts = await t.db.adminQuery<{ name: string; n: number }>(
    tables.map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM ${name}`).join(' UNION ALL '),
  );
  const heads = await t.db.adminQuery<{ village_id: string; seq: string; entry_hash: string }>(
    `SELECT DISTINCT ON (village_id) village_id, seq, entry_hash FROM ledger_entry
      WHERE district_id = $1 ORDER BY village_id, seq DESC`,
    [districtId],
  );
  const tallies = await t.db.adminQuery<{ id: string; content_hash: string }>(
    'SELECT id, content_hash FROM score_tally WHERE district_id = $1 ORDER BY id',
    [districtId],
  );
  return { counts, heads, tallies };
}

describe('what-if preview of a draft manual or framework (预览影响)', () => {
  let t: TestApp;
  let district: ArrangedDistrict;
  let townA: OrgRef;
  let townB: OrgRef;
  let villageA1: ArrangedVillage;
  let villageA2: ArrangedVillage;
  let villageB: ArrangedVillage;
  let wang: { id: string; name: string };
  let yu: { id: string; name: string };
  let townAdmin: string;
  let publishedManualId: string;
  let draftManualId: string;

  /**
   * A district of its own with two towns on the demo framework. In 村 A1 王芳 is deducted 10 points for
   * 造谣传谣 (N10, 5–10 points: 990, not above 990, so one star), and party member 于建国 twelve times for
   * missing 组织生活会 (N34, 3 points on the role-duty track: 64, composite 74.8, 基本合格). The first
   * quarter is tallied. Town A's draft manual caps N10 at 8 and lowers N34 to 2.4 (−20 %, the
   * framework's bound): 王芳's 10 becomes 8, the reviewer's choice clamped into the draft's range.
   */
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    t.setToday(day(3, 20));
    district = await arrangeDistrict(t);
    townA = await arrangeTown(t, district.unit);
    townB = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [townA, townB]);
    const scoringVillage = async (town: OrgRef) => {
      const village = await arrangeVillage(t, town);
      await arrangeAdoptedList(t, village, DEMO_YEAR);
      return { village, periods: await arrangeOpenYear(t, village, DEMO_YEAR) };
    };
    const a1 = await scoringVillage(townA);
    villageA1 = a1.village;
    villageA2 = (await scoringVillage(townA)).village;
    villageB = (await scoringVillage(townB)).village;
    wang = await arrangeResident(t, villageA1, { name: '王芳', roles: [S.VILLAGER] });
    yu = await arrangeResident(t, villageA1, { name: '于建国', roles: [S.VILLAGER, S.PARTY_MEMBER] });
    await arrangeResident(t, villageA1, { name: '李强', roles: [S.VILLAGER] });
    await arrangeResident(t, villageA2, { name: '张伟', roles: [S.VILLAGER] });
    await arrangeApprovedAct(t, villageA1, {
      residentId: wang.id,
      itemCode: 'N10',
      actedOn: day(3, 2),
      points: 10,
    });
    for (let d = 1; d <= 12; d++) {
      await arrangeApprovedAct(t, villageA1, { residentId: yu.id, itemCode: 'N34', actedOn: day(3, d) });
    }
    const quarter = a1.periods.find((p) => p.kind === 'QUARTER' && p.number === 1);
    t.setToday(day(4, 1));
    expectOk(await t.gql(TALLY_PERIOD, { p: quarter?.id as string }, villageA1.council.token));

    townAdmin = (await townAdminOf(t, townA)).token;
    const [published] = await t.db.adminQuery<{ id: string }>(
      "SELECT id FROM town_manual WHERE town_id = $1 AND status = 'PUBLISHED'",
      [townA.id],
    );
    publishedManualId = published.id;
    draftManualId = expectOk(await t.gql(MANUAL_VERSION, { id: publishedManualId }, townAdmin))
      .createManualVersion.id;
    for (const [itemCode, pointsMin, pointsMax] of [
      ['N10', null, 8],
      ['N34', 2.4, 2.4],
    ] as const) {
      const input = {
        manualId: draftManualId,
        itemCode,
        disabled: false,
        pointsMin,
        pointsMax,
        reason: '预览测试',
      };
      expectOk(await t.gql(SET_MANUAL_ADJUSTMENT, { input }, townAdmin));
    }
  });
  afterAll(() => t.close());

  it('per village: the draft moves 王芳 to two stars and 于建国 to 合格 in A1, nothing in A2', async () => {
    const preview = expectOk(await t.gql(PREVIEW, { manualId: draftManualId }, townAdmin)).draftPreview;
    expect(preview).toMatchObject({
      draftKind: 'MANUAL',
      draftId: draftManualId,
      draftVersion: 2,
      year: DEMO_YEAR,
    });
    expect(preview.villages.map((v) => v.villageId).sort()).toEqual([villageA1.id, villageA2.id].sort());
    expect(preview.changedItems).toEqual([
      { code: 'N10', currentRule: '5–10 分', draftRule: '5–8 分', villages: 2 },
      { code: 'N34', currentRule: '3 分', draftRule: '2.4 分', villages: 2 },
    ]);
    const a1 = preview.villages.find((v) => v.villageId === villageA1.id);
    expect(a1).toMatchObject({
      hasList: true,
      residents: 3,
      rescoredEntries: 13,
      changedPeople: 2,
      scoreChangedPeople: 2,
      current: {
        averageCreditScore: round2((990 + 1000 + 1000) / 3),
        partyMemberGrades: { excellent: 0, qualified: 0, basic: 1, unqualified: 0 },
        stars: [1, 2, 3, 4, 5].map((stars) => ({ stars, count: stars === 1 ? 1 : stars === 2 ? 2 : 0 })),
      },
      draft: {
        averageCreditScore: round2((992 + 1000 + 1000) / 3),
        partyMemberGrades: { excellent: 0, qualified: 1, basic: 0, unqualified: 0 },
        stars: [1, 2, 3, 4, 5].map((stars) => ({ stars, count: stars === 2 ? 3 : 0 })),
      },
    });
    const a2 = preview.villages.find((v) => v.villageId === villageA2.id);
    expect(a2).toMatchObject({ hasList: true, residents: 1, rescoredEntries: 0, changedPeople: 0 });
    expect(a2?.current).toEqual(a2?.draft);
  });

  it('per person, only the changed: 王芳’s stars and 于建国’s grade, with the items behind them', async () => {
    const page = expectOk(
      await t.gql(PEOPLE, { manualId: draftManualId, villageId: villageA1.id, onlyChanged: true }, townAdmin),
    ).draftPreviewPeople;
    expect(page.total).toBe(2);
    const person = (id: string) => page.items.find((p) => p.residentId === id);
    expect(person(wang.id)).toMatchObject({
      residentName: '王芳',
      starsChanged: true,
      gradeChanged: false,
      current: { creditScore: 990, evaluation: { stars: 1 } },
      draft: { creditScore: 992, evaluation: { stars: 2 } },
      items: [{ itemCode: 'N10', entries: 1, recordedPoints: -10, draftPoints: -8 }],
    });
    expect(person(yu.id)).toMatchObject({
      gradeChanged: true,
      current: { roleDutyScore: 64, evaluation: { partyMember: { composite: 74.8, grade: 'BASIC' } } },
      draft: { roleDutyScore: 71.2, evaluation: { partyMember: { composite: 79.84, grade: 'QUALIFIED' } } },
      items: [{ itemCode: 'N34', entries: 12, recordedPoints: -36, draftPoints: -28.8 }],
    });
    const all = expectOk(
      await t.gql(
        PEOPLE,
        { manualId: draftManualId, villageId: villageA1.id, onlyChanged: false },
        townAdmin,
      ),
    ).draftPreviewPeople;
    expect(all.total).toBe(3);
    expect(all.items[2]).toMatchObject({ residentName: '李强', scoreChanged: false, starsChanged: false });
  });

  it('writes nothing: the ledger, the tally, residentScore and every row count stay as they were', async () => {
    const council = villageA1.council.token;
    const scoreBefore = expectOk(await t.gql(RESIDENT_SCORE, { id: wang.id, year: DEMO_YEAR }, council));
    const before = await footprint(t, district.unit.id);
    expectOk(await t.gql(PREVIEW, { manualId: draftManualId }, townAdmin));
    expectOk(
      await t.gql(PEOPLE, { manualId: draftManualId, villageId: villageA1.id, onlyChanged: true }, townAdmin),
    );
    expect(await footprint(t, district.unit.id)).toEqual(before);
    expect(before.heads).toHaveLength(1);
    expect(before.tallies).toHaveLength(1);
    const scoreAfter = expectOk(await t.gql(RESIDENT_SCORE, { id: wang.id, year: DEMO_YEAR }, council));
    expect(scoreAfter).toEqual(scoreBefore);
    expect(scoreAfter.residentScore.tracks.find((tr) => tr.track === 'CREDIT')?.score).toBe(990);
  });

  it('a published manual has nothing to preview, and one draft must be named', async () => {
    const published = await t.gql(PREVIEW, { manualId: publishedManualId }, townAdmin);
    expect(errorCode(published)).toBe('BAD_USER_INPUT');
    expect(fieldOf(published)).toBe('manualId');
    expect(published.errors?.[0].message).toContain('已发布');
    const neither = await t.gql(PREVIEW, {}, townAdmin);
    expect([errorCode(neither), fieldOf(neither)]).toEqual(['BAD_USER_INPUT', 'manualId']);
    const both = await t.gql(PREVIEW, { manualId: draftManualId, frameworkId: draftManualId }, townAdmin);
    expect([errorCode(both), fieldOf(both)]).toEqual(['BAD_USER_INPUT', 'frameworkId']);
    const badYear = await t.gql(PREVIEW, { manualId: draftManualId, year: 1900 }, townAdmin);
    expect([errorCode(badYear), fieldOf(badYear)]).toEqual(['BAD_USER_INPUT', 'year']);
  });

  it('another town’s cadre cannot preview this town’s draft, nor reach its villages through their own', async () => {
    const otherTown = (await townAdminOf(t, townB)).token;
    const denied = await t.gql(PREVIEW, { manualId: draftManualId }, otherTown);
    expect(errorCode(denied)).toBe('NOT_FOUND');
    expect(denied.errors?.[0].message).toContain('manualId');
    const people = await t.gql(
      PEOPLE,
      { manualId: draftManualId, villageId: villageA1.id, onlyChanged: false },
      otherTown,
    );
    expect(errorCode(people)).toBe('NOT_FOUND');
    // Town B's own draft does not open town A's village either.
    const [ownPublished] = await t.db.adminQuery<{ id: string }>(
      "SELECT id FROM town_manual WHERE town_id = $1 AND status = 'PUBLISHED'",
      [townB.id],
    );
    const ownDraft = expectOk(await t.gql(MANUAL_VERSION, { id: ownPublished.id }, otherTown))
      .createManualVersion.id;
    const across = await t.gql(
      PEOPLE,
      { manualId: ownDraft, villageId: villageA1.id, onlyChanged: false },
      otherTown,
    );
    expect(errorCode(across)).toBe('NOT_FOUND');
    expect(across.errors?.[0].message).toContain('villageId');
    // A village's cadres hold neither manage permission.
    expect(errorCode(await t.gql(PREVIEW, { manualId: draftManualId }, villageA1.admin.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('a district previews its draft framework across its towns; a town and another district cannot', async () => {
    const admin = district.admin.token;
    const [framework] = await t.db.adminQuery<{ id: string }>(
      "SELECT id FROM framework WHERE district_id = $1 AND status = 'PUBLISHED'",
      [district.unit.id],
    );
    const draftId = expectOk(await t.gql(FRAMEWORK_VERSION, { id: framework.id }, admin))
      .createFrameworkVersion.id;
    // Two stars from 985 instead of 990: 王芳's 990 now counts as two stars; no item changes.
    expectOk(
      await t.gql(
        UPDATE_FRAMEWORK_RULES,
        { input: { frameworkId: draftId, rules: { twoStarAbove: 985 } } },
        admin,
      ),
    );
    const preview = expectOk(await t.gql(PREVIEW, { frameworkId: draftId }, admin)).draftPreview;
    expect(preview.draftKind).toBe('FRAMEWORK');
    expect(preview.changedItems).toEqual([]);
    expect(preview.villages.map((v) => v.villageId).sort()).toEqual(
      [villageA1.id, villageA2.id, villageB.id].sort(),
    );
    const a1 = preview.villages.find((v) => v.villageId === villageA1.id);
    expect(a1).toMatchObject({ changedPeople: 1, scoreChangedPeople: 0, rescoredEntries: 0 });
    const people = expectOk(
      await t.gql(PEOPLE, { frameworkId: draftId, villageId: villageA1.id, onlyChanged: true }, admin),
    ).draftPreviewPeople;
    expect(
      people.items.map((p) => [p.residentName, p.current.evaluation.stars, p.draft.evaluation.stars]),
    ).toEqual([['王芳', 1, 2]]);

    // Next year's draft has no ledger of its own yet: it is weighed by this year's acts unless asked otherwise.
    const nextYear = expectOk(await t.gql(COPY_FRAMEWORK, { id: framework.id, year: DEMO_YEAR + 1 }, admin))
      .copyFrameworkToYear.id;
    const ahead = expectOk(await t.gql(PREVIEW, { frameworkId: nextYear }, admin)).draftPreview;
    expect([ahead.year, ahead.villages.every((v) => v.hasList)]).toEqual([DEMO_YEAR, true]);
    const asked = expectOk(
      await t.gql(PREVIEW, { frameworkId: nextYear, year: DEMO_YEAR + 1 }, admin),
    ).draftPreview;
    expect(asked.villages.some((v) => v.hasList)).toBe(false);

    expect(errorCode(await t.gql(PREVIEW, { frameworkId: draftId }, townAdmin))).toBe('NOT_FOUND');
    const elsewhere = await arrangeDistrict(t);
    expect(errorCode(await t.gql(PREVIEW, { frameworkId: draftId }, elsewhere.admin.token))).toBe(
      'NOT_FOUND',
    );
    const auditor = await arrangeUser(t, district.unit, Role.AUDITOR);
    expect(errorCode(await t.gql(PREVIEW, { frameworkId: draftId }, auditor.token))).toBe('FORBIDDEN');
  });
});

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
