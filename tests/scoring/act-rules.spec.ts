import { SubjectType as S } from '@village/platform-common';
import { HouseholdRelation as H } from '@village/residents';
import type { OrgRef } from '@village/platform-tenancy';
import { BeneficiaryRelation, CapMode, ItemCategory, ItemDirection } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { SET_HOUSEHOLD_HEAD } from '../support/documents/residents';
import { REGISTER_ACT, REVIEW_DECISION } from '../support/documents/scoring';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeHousehold,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  unique,
  villageItem,
  type ArrangedVillage,
} from '../support/arrange';

/**
 * The act rules of a real district catalogue (issue 12, DOMAIN.md §13), declared → approved → ledger
 * through the API: a household item scoring every member once a quarter, an act scored to the actor's
 * spouse with the relation checked against the household register, alternatives refusing a second item
 * for one act, repeats counted across an item kind, and validity by the size of a deduction.
 */

const TODAY = `${DEMO_YEAR}-05-20`;
const ACTED_ON = `${DEMO_YEAR}-05-10`;

/** 文明家庭: every member of the household, 2 points, once a quarter. */
const FAMILY = villageItem('HH1', '评为文明家庭户', {
  pointsMin: 2,
  pointsMax: 2,
  household: true,
  householdMembers: true,
});
/** 子女参军: scored to the actor's parents or spouse. */
const ENLIST = villageItem('BN1', '家庭成员参军入伍', {
  pointsMin: 5,
  pointsMax: 5,
  beneficiaryRelations: [BeneficiaryRelation.PARENT, BeneficiaryRelation.SPOUSE],
});
/** Two ways of scoring one rescue: alternatives. */
const RESCUE = villageItem('AL1', '见义勇为（一般）', {
  pointsMin: 3,
  pointsMax: 3,
  alternativeGroup: 'BRAVE',
});
const RESCUE_MAJOR = villageItem('AL2', '见义勇为（重大）', {
  pointsMin: 8,
  pointsMax: 8,
  alternativeGroup: 'BRAVE',
});
/** Two littering deductions of one kind: the second within 12 months doubles. */
const deduction = (code: string, name: string, fields = {}) =>
  villageItem(code, name, {
    category: ItemCategory.CIVIC_VIRTUE,
    direction: ItemDirection.NEGATIVE,
    ...fields,
  });
const LITTER = deduction('KD1', '乱扔垃圾', {
  pointsMin: 2,
  pointsMax: 2,
  kind: 'LITTER',
  validityMonths: 12,
  repeatMultiplier: 2,
});
const DUMP = deduction('KD2', '乱倒建筑垃圾', {
  pointsMin: 3,
  pointsMax: 3,
  kind: 'LITTER',
  validityMonths: 12,
  repeatMultiplier: 2,
});
/** Validity by size: up to 5 points one year, more two years. */
const BREACH = deduction('VD1', '违反村规民约', {
  pointsMin: 1,
  pointsMax: 10,
  validityRules: [
    { maxPoints: 5, months: 12 },
    { maxPoints: null, months: 24 },
  ],
});

/** 门前三包: 3 points an act, at most 5 a year for the whole household (clamped). */
const FRONTAGE = villageItem('HC1', '落实门前三包', {
  pointsMin: 3,
  pointsMax: 3,
  capPerYear: 5,
  capByHousehold: true,
  capMode: CapMode.CLAMP,
});

const ENTRIES = graphql(`
  query ActRuleEntries($id: ID!) {
    residentScore(residentId: $id) {
      tracks {
        track
        points
      }
      entries {
        itemCode
        points
        expiresOn
        ruleNote
      }
    }
  }
`);

describe('the act rules of a real catalogue', () => {
  let t: TestApp;
  let town: OrgRef;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    town = (await orgUnits(t))['宋村镇'];
  });
  afterAll(() => t.close());

  async function arrange(): Promise<ArrangedVillage> {
    t.setToday(TODAY);
    return arrangeScoringVillage(t, town, DEMO_YEAR, {
      villageItems: [FAMILY, ENLIST, RESCUE, RESCUE_MAJOR, LITTER, DUMP, BREACH, FRONTAGE],
    });
  }

  /** A household of a head and members of the given relations, with the head set in the register. */
  async function family(village: ArrangedVillage, relations: H[]) {
    const householdId = await arrangeHousehold(t, village);
    const head = await arrangeResident(t, village, {
      name: unique('户主'),
      householdId,
      roles: [S.VILLAGER],
    });
    expectOk(
      await t.gql(SET_HOUSEHOLD_HEAD, { input: { householdId, residentId: head.id } }, village.admin.token),
    );
    const members = [];
    for (const relation of relations) {
      members.push(
        await arrangeResident(t, village, {
          name: unique(relation === H.SPOUSE ? '配偶' : '家人'),
          householdId,
          relationToHead: relation,
          roles: [S.VILLAGER],
        }),
      );
    }
    return { householdId, head, members };
  }

  const register = (
    village: ArrangedVillage,
    residentId: string,
    itemCode: string,
    extra: {
      actedOn?: string;
      beneficiaryResidentId?: string;
      beneficiaryRelation?: BeneficiaryRelation;
    } = {},
  ) =>
    t.gql(
      REGISTER_ACT,
      {
        input: {
          residentId,
          itemCode,
          actedOn: extra.actedOn ?? ACTED_ON,
          beneficiaryResidentId: extra.beneficiaryResidentId,
          beneficiaryRelation: extra.beneficiaryRelation,
          note: '代为登记',
          idempotencyKey: unique('k-'),
        },
      },
      village.admin.token,
    );

  const approve = (village: ArrangedVillage, declarationId: string, points?: number) =>
    t.gql(REVIEW_DECISION, { input: { declarationId, decision: 'APPROVE', points } }, village.council.token);

  async function score(
    village: ArrangedVillage,
    residentId: string,
    itemCode: string,
    extra: Parameters<typeof register>[3] & { points?: number } = {},
  ): Promise<GqlResponse<unknown>> {
    const registered = await register(village, residentId, itemCode, extra);
    if (registered.errors) return registered;
    return approve(village, expectOk(registered).registerAct.id, extra.points);
  }

  const scoreOf = async (village: ArrangedVillage, residentId: string) =>
    expectOk(await t.gql(ENTRIES, { id: residentId }, village.council.token)).residentScore;

  const refusal = (r: GqlResponse) => ({
    code: errorCode(r),
    field: r.errors?.[0].extensions?.fields?.[0]?.field,
    message: r.errors?.[0].message,
  });

  it('scores every current member of a household once a quarter', async () => {
    const village = await arrange();
    const { head, members } = await family(village, [H.SPOUSE, H.CHILD]);
    expectOk(await score(village, head.id, FAMILY.code));
    for (const person of [head, ...members]) {
      const { entries } = await scoreOf(village, person.id);
      expect(entries).toEqual([expect.objectContaining({ itemCode: 'HH1', points: 2 })]);
      expect(entries[0].ruleNote).toContain('按户计分');
    }
    // Once a quarter for the household, whichever member it is declared for.
    const again = await register(village, members[0].id, FAMILY.code, { actedOn: `${DEMO_YEAR}-05-15` });
    expect(refusal(again).field).toBe('itemCode');
    expect(refusal(again).message).toContain(`本户本季度已由${head.name}于 ${ACTED_ON} 申报（已通过）`);
    // The next quarter it scores again.
    t.setToday(`${DEMO_YEAR}-07-20`);
    expectOk(await score(village, head.id, FAMILY.code, { actedOn: `${DEMO_YEAR}-07-10` }));
    expect((await scoreOf(village, members[1].id)).entries).toHaveLength(2);
  });

  it('scores an act to the actor’s spouse, checked against the household register', async () => {
    const village = await arrange();
    const { head, members } = await family(village, [H.SPOUSE, H.CHILD]);
    const [spouse, child] = members;
    // The register says the spouse is the head's spouse, not a parent: refused, naming what it says.
    const wrong = await register(village, head.id, ENLIST.code, {
      beneficiaryResidentId: spouse.id,
      beneficiaryRelation: BeneficiaryRelation.PARENT,
    });
    expect(refusal(wrong)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'beneficiaryRelation',
      message: `输入有误：beneficiaryRelation（据户籍登记，${spouse.name}是${head.name}的配偶，不是父母）`,
    });
    expectOk(
      await score(village, head.id, ENLIST.code, {
        beneficiaryResidentId: spouse.id,
        beneficiaryRelation: BeneficiaryRelation.SPOUSE,
      }),
    );
    const scored = await scoreOf(village, spouse.id);
    expect(scored.entries).toEqual([
      expect.objectContaining({
        itemCode: 'BN1',
        points: 5,
        ruleNote: `行为人 ${head.name}，计给其配偶 ${spouse.name}（已按户籍核对）`,
      }),
    ]);
    expect((await scoreOf(village, head.id)).entries).toEqual([]);
    // The child's enlistment scores the parent (the head): the register agrees.
    expectOk(
      await score(village, child.id, ENLIST.code, {
        beneficiaryResidentId: head.id,
        beneficiaryRelation: BeneficiaryRelation.PARENT,
      }),
    );
    expect((await scoreOf(village, head.id)).entries[0].ruleNote).toContain('计给其父母');
    // An item that scores only the actor refuses a beneficiary.
    const own = await register(village, head.id, RESCUE.code, {
      beneficiaryResidentId: spouse.id,
      beneficiaryRelation: BeneficiaryRelation.SPOUSE,
    });
    expect(refusal(own).field).toBe('beneficiaryResidentId');
    expect(refusal(own).message).toContain('只计给行为人本人');
  });

  it('refuses a second item of an alternative group for the same act, naming the first', async () => {
    const village = await arrange();
    const hero = await arrangeResident(t, village, { name: '见义勇为者', roles: [S.VILLAGER] });
    expectOk(await register(village, hero.id, RESCUE.code));
    const second = await register(village, hero.id, RESCUE_MAJOR.code);
    expect(refusal(second)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'itemCode',
      message:
        `输入有误：itemCode（见义勇为者 ${ACTED_ON} 的这一行为已按事项 AL1「见义勇为（一般）」申报（待审核）；` +
        '同组（BRAVE）事项不叠加，同一行为只按最高的一项计分，如应按本事项计分，请审核人修正原申报）',
    });
    // Another day is another act.
    expectOk(await register(village, hero.id, RESCUE_MAJOR.code, { actedOn: `${DEMO_YEAR}-05-11` }));
  });

  it('multiplies a repeat of any item of the same kind within its validity', async () => {
    const village = await arrange();
    const person = await arrangeResident(t, village, { name: '屡犯者', roles: [S.VILLAGER] });
    expectOk(await score(village, person.id, LITTER.code, { actedOn: `${DEMO_YEAR}-05-01` }));
    expectOk(await score(village, person.id, DUMP.code, { actedOn: `${DEMO_YEAR}-05-10` }));
    const { entries } = await scoreOf(village, person.id);
    expect(entries.map((e) => [e.itemCode, e.points])).toEqual([
      ['KD1', -2],
      ['KD2', -6],
    ]);
  });

  it('caps an item per household: the second member’s act is clamped to what the household has left', async () => {
    const village = await arrange();
    const { head, members } = await family(village, [H.SPOUSE]);
    expectOk(await score(village, head.id, FRONTAGE.code));
    expectOk(await score(village, members[0].id, FRONTAGE.code));
    const [entry] = (await scoreOf(village, members[0].id)).entries;
    expect(entry.points).toBe(2);
    expect(entry.ruleNote).toBe('事项 HC1 每年度最多 5 分（按户合计），本年度已核定 3 分，本次计至上限 2 分');
    // Nothing left for the household this year: refused at registration, naming the household.
    const third = await register(village, head.id, FRONTAGE.code, { actedOn: `${DEMO_YEAR}-05-12` });
    expect(refusal(third).message).toContain(`（按户合计），${head.name}所在户本年度已申报 5 分`);
  });

  it('sets validity by the size of a deduction', async () => {
    const village = await arrange();
    const small = await arrangeResident(t, village, { name: '小过', roles: [S.VILLAGER] });
    const large = await arrangeResident(t, village, { name: '大过', roles: [S.VILLAGER] });
    expectOk(await score(village, small.id, BREACH.code, { points: 5 }));
    expectOk(await score(village, large.id, BREACH.code, { points: 8 }));
    expect((await scoreOf(village, small.id)).entries[0].expiresOn).toBe(`${DEMO_YEAR + 1}-05-10`);
    expect((await scoreOf(village, large.id)).entries[0].expiresOn).toBe(`${DEMO_YEAR + 2}-05-10`);
  });
});
