import { arrangeVillage, townAdminOf } from '../support/arrange';
import { graphql } from '../support/generated';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeRulebookDistrict,
  draftFramework,
  draftManual,
  item,
  PUBLISH_FRAMEWORK,
  PUBLISH_MANUAL,
  publishedFramework,
  refusedFields,
  UPDATE_ITEM,
  UPDATE_RULES,
  type RulebookDistrict,
} from './sanity-support';

/** A year of the suite's own: its frameworks are drafted in districts nobody else uses. */
const YEAR = 2040;

const FRAMEWORK = graphql(`
  query SanityFramework($id: ID!) {
    framework(id: $id) {
      items {
        id
        code
      }
    }
  }
`);
const COPY = graphql(`
  mutation SanityCopy($id: ID!, $year: Int!) {
    copyFrameworkToYear(id: $id, year: $year) {
      id
      title
      year
      version
    }
  }
`);
const VERSION = graphql(`
  mutation SanityVersion($id: ID!) {
    createFrameworkVersion(fromId: $id) {
      id
      title
      year
      version
    }
  }
`);
const SETTINGS = graphql(`
  mutation SanitySettings($input: UpdateManualSettingsInput!) {
    updateManualSettings(input: $input) {
      id
      noticeDays
      objectionAnswerWorkingDays
    }
  }
`);
const ADJUST = graphql(`
  mutation SanityAdjust($input: SetManualAdjustmentInput!) {
    setManualAdjustment(input: $input) {
      id
      adjustments {
        itemCode
        disabled
      }
    }
  }
`);
const ADD_TOWN_ITEM = graphql(`
  mutation SanityAddTownItem($input: AddTownItemInput!) {
    addTownItem(input: $input) {
      id
    }
  }
`);
const CREATE_LIST = graphql(`
  mutation SanityCreateList($villageId: ID!, $year: Int) {
    createScoringList(villageId: $villageId, year: $year) {
      id
    }
  }
`);
const ADD_VILLAGE_ITEM = graphql(`
  mutation SanityAddVillageItem($input: AddVillageItemInput!) {
    addVillageItem(input: $input) {
      id
      villageItems {
        id
        code
        requiresApproval
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation SanityApprove($id: ID!) {
    approveVillageItem(itemId: $id) {
      id
    }
  }
`);
const ADOPT = graphql(`
  mutation SanityAdopt($input: AdoptScoringListInput!) {
    adoptScoringList(input: $input) {
      id
      status
    }
  }
`);

/** A veto item (一票否决) as the district means it: a deduction. */
const VETO = item('N1', { direction: 'NEGATIVE', pointsMin: 10, pointsMax: 10, veto: true });

describe('rule sanity when rules take effect (issue 10)', () => {
  let t: TestApp;
  let where: RulebookDistrict;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    where = await arrangeRulebookDistrict(t);
  });

  describe('publishing a framework', () => {
    it('refuses a veto on a positive item, naming the item and the field', async () => {
      const admin = where.district.admin.token;
      const id = await draftFramework(t, where.district, YEAR, [item('A01', { veto: true }), VETO]);
      const refused = await t.gql(PUBLISH_FRAMEWORK, { id }, admin);
      expect(refusedFields(refused)).toEqual(['items.A01.veto']);
      expect(refused.errors?.[0].message).toContain('A01');
      expect(refused.errors?.[0].message).toContain('一票否决只适用于扣分项');

      const { items } = expectOk(await t.gql(FRAMEWORK, { id }, admin)).framework;
      const a01 = items.find((i) => i.code === 'A01');
      expectOk(await t.gql(UPDATE_ITEM, { input: { itemId: a01?.id ?? '', item: item('A01') } }, admin));
      expect(expectOk(await t.gql(PUBLISH_FRAMEWORK, { id }, admin)).publishFramework.status).toBe(
        'PUBLISHED',
      );
    });

    it('refuses a role-duty item for subjects without a role-duty score', async () => {
      const admin = where.district.admin.token;
      const id = await draftFramework(t, where.district, YEAR, [
        item('R01', { track: 'ROLE_DUTY', subjectTypes: ['PARTY_MEMBER', 'REPRESENTATIVE'] }),
        item('R02', { track: 'ROLE_DUTY', subjectTypes: ['PARTY_MEMBER', 'VILLAGER', 'ELDER'] }),
      ]);
      const refused = await t.gql(PUBLISH_FRAMEWORK, { id }, admin);
      expect(refusedFields(refused)).toEqual(['items.R02.subjectTypes']);
      expect(refused.errors?.[0].extensions?.fields?.[0].reasons[0]).toContain(
        '村民、“五老”没有角色职责积分',
      );
    });

    it('a copy to another year carries the new year in its title; a new version keeps it', async () => {
      const admin = where.district.admin.token;
      const dated = await publishedFramework(t, where.district, YEAR, [item('C01')]);
      const copy = expectOk(await t.gql(COPY, { id: dated, year: YEAR + 1 }, admin)).copyFrameworkToYear;
      expect(copy).toMatchObject({ title: `${YEAR + 1} 年评分框架`, year: YEAR + 1, version: 1 });
      const version = expectOk(await t.gql(VERSION, { id: dated }, admin)).createFrameworkVersion;
      expect(version).toMatchObject({ title: `${YEAR} 年评分框架`, year: YEAR, version: 2 });

      const undated = await draftFramework(t, where.district, YEAR + 5, [item('C02')], '文登区积分评价框架');
      const appended = expectOk(
        await t.gql(COPY, { id: undated, year: YEAR + 6 }, admin),
      ).copyFrameworkToYear;
      expect(appended.title).toBe(`文登区积分评价框架（${YEAR + 6} 年）`);
    });
  });

  describe('a town manual', () => {
    it('keeps notice days and answer days at 1 or more, when set and when published', async () => {
      const frameworkId = await publishedFramework(t, where.district, YEAR, [item('M01')]);
      const manualId = await draftManual(t, where, frameworkId);
      const noNotice = await t.gql(SETTINGS, { input: { manualId, noticeDays: 0 } }, where.townToken);
      expect(refusedFields(noNotice)).toEqual(['noticeDays']);
      const noAnswer = await t.gql(
        SETTINGS,
        { input: { manualId, objectionAnswerWorkingDays: 0 } },
        where.townToken,
      );
      expect(refusedFields(noAnswer)).toEqual(['objectionAnswerWorkingDays']);
      const kept = expectOk(
        await t.gql(
          SETTINGS,
          { input: { manualId, noticeDays: 1, objectionAnswerWorkingDays: 1 } },
          where.townToken,
        ),
      ).updateManualSettings;
      expect(kept).toMatchObject({ noticeDays: 1, objectionAnswerWorkingDays: 1 });

      // A draft stored before the check (written behind the service) is still refused at publishing.
      await t.db.adminQuery(
        'UPDATE town_manual SET notice_days = 0, objection_answer_working_days = 0 WHERE id = $1',
        [manualId],
      );
      const refused = await t.gql(PUBLISH_MANUAL, { id: manualId }, where.townToken);
      expect(refusedFields(refused)).toEqual(['noticeDays', 'objectionAnswerWorkingDays']);
    });

    it('may disable a district veto item only where the framework allows it', async () => {
      const frameworkId = await publishedFramework(t, where.district, YEAR, [item('M01'), VETO]);
      const manualId = await draftManual(t, where, frameworkId);
      const refused = await t.gql(
        ADJUST,
        { input: { manualId, itemCode: 'N1', disabled: true } },
        where.townToken,
      );
      expect(refusedFields(refused)).toEqual(['disabled']);
      expect(refused.errors?.[0].message).toContain('N1');
      expect(refused.errors?.[0].message).toContain('一票否决项');
      // Adjusting its points (within bounds) stays allowed; an ordinary item may be disabled.
      expectOk(await t.gql(ADJUST, { input: { manualId, itemCode: 'N1', pointsMax: 11 } }, where.townToken));
      expectOk(
        await t.gql(ADJUST, { input: { manualId, itemCode: 'M01', disabled: true } }, where.townToken),
      );

      // A disabled veto written behind the service is refused at publishing, naming the item.
      await t.db.adminQuery(
        'UPDATE manual_adjustment SET disabled = true WHERE manual_id = $1 AND item_code = $2',
        [manualId, 'N1'],
      );
      expect(refusedFields(await t.gql(PUBLISH_MANUAL, { id: manualId }, where.townToken))).toEqual([
        'adjustments.N1.disabled',
      ]);

      // A framework that lets towns do so: the same manual change is accepted and published.
      const admin = where.district.admin.token;
      const lenientId = await draftFramework(t, where.district, YEAR + 1, [VETO]);
      const rules = await t.gql(
        UPDATE_RULES,
        { input: { frameworkId: lenientId, rules: { townsMayDisableVetoItems: true } } },
        admin,
      );
      expect(expectOk(rules).updateFrameworkRules.rules.townsMayDisableVetoItems).toBe(true);
      expectOk(await t.gql(PUBLISH_FRAMEWORK, { id: lenientId }, admin));
      const lenientManual = await draftManual(t, where, lenientId);
      expectOk(
        await t.gql(
          ADJUST,
          { input: { manualId: lenientManual, itemCode: 'N1', disabled: true } },
          where.townToken,
        ),
      );
      expect(
        expectOk(await t.gql(PUBLISH_MANUAL, { id: lenientManual }, where.townToken)).publishManual.status,
      ).toBe('PUBLISHED');
    });

    it("checks the town's own items as the framework's are checked", async () => {
      const frameworkId = await publishedFramework(t, where.district, YEAR, [item('M01')]);
      const manualId = await draftManual(t, where, frameworkId);
      for (const fields of [
        item('T01', { veto: true }),
        item('T02', { track: 'ROLE_DUTY', subjectTypes: ['VOLUNTEER'] }),
      ]) {
        expectOk(await t.gql(ADD_TOWN_ITEM, { input: { manualId, item: fields } }, where.townToken));
      }
      const refused = await t.gql(PUBLISH_MANUAL, { id: manualId }, where.townToken);
      expect(refusedFields(refused)).toEqual(['townItems.T01.veto', 'townItems.T02.subjectTypes']);
    });
  });

  describe('a village list', () => {
    it('is neither approved nor adopted with an item that breaks the rules of every item', async () => {
      const frameworkId = await publishedFramework(t, where.district, YEAR, [item('M01')]);
      const manualId = await draftManual(t, where, frameworkId);
      expectOk(await t.gql(PUBLISH_MANUAL, { id: manualId }, where.townToken));
      const village = await arrangeVillage(t, where.town);
      const admin = village.admin.token;
      const listId = expectOk(await t.gql(CREATE_LIST, { villageId: village.id, year: YEAR }, admin))
        .createScoringList.id;
      // Worth more than the manual's per-item cap (2): it needs the town's approval.
      const added = await t.gql(
        ADD_VILLAGE_ITEM,
        { input: { listId, item: item('V01', { pointsMin: 5, pointsMax: 5, veto: true }) } },
        admin,
      );
      const [v01] = expectOk(added).addVillageItem.villageItems;
      expect(v01.requiresApproval).toBe(true);
      const town = (await townAdminOf(t, where.town)).token;
      expect(refusedFields(await t.gql(APPROVE, { id: v01.id }, town))).toEqual(['villageItems.V01.veto']);

      expectOk(
        await t.gql(
          ADD_VILLAGE_ITEM,
          { input: { listId, item: item('V02', { track: 'ROLE_DUTY', subjectTypes: ['VILLAGER'] }) } },
          admin,
        ),
      );
      const vote = {
        listId,
        meetingDate: `${YEAR - 1}-12-20`,
        representativesInOffice: 3,
        representativesCountReason: '测试村的村民代表尚未录入名册',
        present: 3,
        votesFor: 3,
        votesAgainst: 0,
        abstaining: 0,
      };
      t.setToday(`${YEAR - 1}-12-28`);
      try {
        const refused = await t.gql(ADOPT, { input: vote }, admin);
        expect(refusedFields(refused)).toEqual(['villageItems.V01.veto', 'villageItems.V02.subjectTypes']);
      } finally {
        t.setToday(null);
      }
    });
  });
});
