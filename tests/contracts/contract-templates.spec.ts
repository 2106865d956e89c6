import { GENERATE_CONTRACT_DRAFTS as GENERATE } from '../support/documents/contracts';
import { graphql } from '../support/generated';
import { Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeContractTemplates,
  arrangeDistrict,
  arrangeTown,
  arrangeUser,
  arrangeVillage,
  type ArrangedVillage,
} from '../support/arrange';
import { asAppRole, ContractPeople } from './contract-fixtures';

/** A template as the reads and writes of this suite return it; spread by name below. */
graphql(`
  fragment ContractTemplatesFields on ContractTemplate {
    id
    colour
    title
    clauses
    itemCodes
    version
    status
    extendsTemplateId
    townId
  }
`);
const TEMPLATES = graphql(`
  query ContractTemplatesTemplates($colour: ContractColour, $status: ContractTemplateStatus) {
    contractTemplates(colour: $colour, status: $status, limit: 100) {
      total
      items {
        id
        colour
        title
        clauses
        itemCodes
        version
        status
        extendsTemplateId
        townId
      }
    }
  }
`);
const TEMPLATE = graphql(`
  query ContractTemplatesTemplate($id: ID!) {
    contractTemplate(id: $id) {
      ...ContractTemplatesFields
    }
  }
`);
const EFFECTIVE = graphql(`
  query ContractTemplatesEffective($villageId: ID!, $colour: ContractColour!) {
    effectiveContractTemplate(villageId: $villageId, colour: $colour) {
      title
      clauses
      itemCodes
      newerBaseVersion
      template {
        id
        version
      }
      base {
        id
        version
      }
      extension {
        id
      }
    }
  }
`);
const CREATE = graphql(`
  mutation ContractTemplatesCreate($input: CreateContractTemplateInput!) {
    createContractTemplate(input: $input) {
      ...ContractTemplatesFields
    }
  }
`);
const ADD_CLAUSE = graphql(`
  mutation ContractTemplatesAddClause($input: AddContractClauseInput!) {
    addContractClause(input: $input) {
      ...ContractTemplatesFields
    }
  }
`);
const SET_ITEMS = graphql(`
  mutation ContractTemplatesSetItems($input: SetContractTemplateItemsInput!) {
    setContractTemplateItems(input: $input) {
      ...ContractTemplatesFields
    }
  }
`);
const PUBLISH = graphql(`
  mutation ContractTemplatesPublish($id: ID!) {
    publishContractTemplate(id: $id) {
      ...ContractTemplatesFields
      publishedAt
    }
  }
`);

type Template = {
  id: string;
  colour: string;
  title: string;
  clauses: string[];
  itemCodes: string[];
  version: number;
  status: string;
  extendsTemplateId: string | null;
  townId: string | null;
};

describe('contract templates: published from the district, extended by towns', () => {
  let t: TestApp;
  let units: {
    district: OrgRef;
    /** Has a published BLUE extension, as 宋村镇 does in the demo. */
    town: OrgRef;
    plainTown: OrgRef;
    otherTown: OrgRef;
    village: OrgRef;
    /** In plainTown. */
    otherVillage: OrgRef;
  };
  let district: Template[];
  let tokens: { district: string; town: string; village: string; otherVillage: string };

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // these suites arrange their own people
  });
  afterAll(() => t.close());

  // Templates are district-wide: each test has a district of its own, with the demo's templates.
  beforeEach(async () => {
    const arranged = await arrangeDistrict(t);
    const town = await arrangeTown(t, arranged.unit);
    const plainTown = await arrangeTown(t, arranged.unit);
    const otherTown = await arrangeTown(t, arranged.unit);
    await arrangeContractTemplates(t, arranged.unit, [town]);
    const village = await arrangeVillage(t, town);
    const otherVillage = await arrangeVillage(t, plainTown);
    units = {
      district: arranged.unit,
      town,
      plainTown,
      otherTown,
      village: village.unit,
      otherVillage: otherVillage.unit,
    };
    tokens = {
      district: arranged.admin.token,
      town: (await arrangeUser(t, town, Role.TOWN_ADMIN)).token,
      village: village.admin.token,
      otherVillage: otherVillage.admin.token,
    };
    villages = { village, otherVillage };
    const res = await t.gql(TEMPLATES, {}, tokens.district);
    district = expectOk(res).contractTemplates.items.filter((x) => x.townId === null);
  });
  let villages: { village: ArrangedVillage; otherVillage: ArrangedVillage };

  const districtOf = (colour: string) => district.find((x) => x.colour === colour) as Template;

  it('the district has published templates for all five colours, readable by its towns and villages', async () => {
    expect(district.map((x) => x.colour).sort()).toEqual(['BLUE', 'GREEN', 'RED', 'SILVER', 'YELLOW']);
    expect(district.every((x) => x.status === 'PUBLISHED' && x.version === 1)).toBe(true);
    for (const token of [tokens.town, tokens.village, tokens.otherVillage]) {
      const res = await t.gql(TEMPLATES, { colour: 'RED' }, token);
      expect(res.data?.contractTemplates.items.map((x: Template) => x.id)).toEqual([districtOf('RED').id]);
    }
  });

  it("the effective template of a village merges its town's extension onto the district base", async () => {
    const inVillage = await t.gql(EFFECTIVE, { villageId: units.village.id, colour: 'BLUE' }, tokens.village);
    const effective = expectOk(inVillage).effectiveContractTemplate;
    expect(effective?.base.id).toBe(districtOf('BLUE').id);
    expect(effective?.extension).not.toBeNull();
    expect(effective?.template.id).toBe(effective?.extension?.id);
    expect(effective?.title).toBe('宋村镇村民自治契约');
    expect(effective?.clauses).toEqual([
      ...districtOf('BLUE').clauses,
      ...(effective?.clauses.slice(5) ?? []),
    ]);
    expect(effective?.clauses).toHaveLength(districtOf('BLUE').clauses.length + 2);
    expect(effective?.itemCodes).toContain('T01');

    // The other village's town has no extension: the district's template as is.
    const inOtherVillage = await t.gql(
      EFFECTIVE,
      { villageId: units.otherVillage.id, colour: 'BLUE' },
      tokens.otherVillage,
    );
    expect(inOtherVillage.data?.effectiveContractTemplate?.extension).toBeNull();
    expect(inOtherVillage.data?.effectiveContractTemplate?.clauses).toEqual(districtOf('BLUE').clauses);

    const other = await t.gql(
      EFFECTIVE,
      { villageId: units.village.id, colour: 'BLUE' },
      tokens.otherVillage,
    );
    expect(errorCode(other)).toBe('NOT_FOUND');
  });

  it("a town cannot read another town's extension", async () => {
    const townExt = expectOk(
      await t.gql(TEMPLATES, { colour: 'BLUE' }, tokens.town),
    ).contractTemplates.items.find((x) => x.townId === units.town.id);
    if (!townExt) throw new Error('the town extension is not listed for the town');
    // The district (covering every town) writes an extension for another town and publishes it.
    const created = await t.gql(
      CREATE,
      {
        input: {
          unitId: units.otherTown.id,
          colour: 'BLUE',
          title: '高村镇村民自治契约',
          clauses: ['参与河道保洁'],
        },
      },
      tokens.district,
    );
    const gaocun = expectOk(created).createContractTemplate;
    expect(gaocun.extendsTemplateId).toBe(districtOf('BLUE').id);
    expect(
      (await t.gql(PUBLISH, { id: gaocun.id }, tokens.district)).data?.publishContractTemplate.status,
    ).toBe('PUBLISHED');

    expect(errorCode(await t.gql(TEMPLATE, { id: gaocun.id }, tokens.town))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(TEMPLATE, { id: gaocun.id }, tokens.village))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(TEMPLATE, { id: townExt.id }, tokens.otherVillage))).toBe('NOT_FOUND');
    const seen = await t.gql(TEMPLATES, { colour: 'BLUE' }, tokens.town);
    expect(seen.data?.contractTemplates.items.map((x: Template) => x.id).sort()).toEqual(
      [districtOf('BLUE').id, townExt.id].sort(),
    );
    expect((await t.gql(TEMPLATE, { id: gaocun.id }, tokens.district)).data?.contractTemplate.id).toBe(
      gaocun.id,
    );
  });

  it('a town admin cannot change the district templates, and does not see district drafts', async () => {
    const red = districtOf('RED');
    const add = await t.gql(ADD_CLAUSE, { input: { templateId: red.id, text: '新条款' } }, tokens.town);
    expect(errorCode(add)).toBe('FORBIDDEN');
    const create = await t.gql(
      CREATE,
      { input: { unitId: units.district.id, colour: 'RED', title: '镇改区模板', clauses: ['x'] } },
      tokens.town,
    );
    expect(errorCode(create)).toBe('FORBIDDEN');
    const publish = await t.gql(PUBLISH, { id: red.id }, tokens.town);
    expect(errorCode(publish)).toBe('FORBIDDEN');

    const draft = await t.gql(
      CREATE,
      {
        input: { unitId: units.district.id, colour: 'SILVER', title: '调解契约（修订稿）', clauses: ['甲'] },
      },
      tokens.district,
    );
    const draftId = expectOk(draft).createContractTemplate.id;
    expect(draft.data?.createContractTemplate).toMatchObject({ version: 2, status: 'DRAFT' });
    expect(errorCode(await t.gql(TEMPLATE, { id: draftId }, tokens.town))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(ADD_CLAUSE, { input: { templateId: draftId, text: '乙' } }, tokens.town)),
    ).toBe('NOT_FOUND');
    // Village admins have no template permission at all.
    const village = await t.gql(
      CREATE,
      { input: { unitId: units.town.id, colour: 'RED', title: '村改镇模板', clauses: ['x'] } },
      tokens.village,
    );
    expect(errorCode(village)).toBe('FORBIDDEN');
  });

  it('a draft is edited, then published; a published template refuses changes through the API', async () => {
    const admin = tokens.district;
    const created = await t.gql(
      CREATE,
      {
        input: {
          unitId: units.district.id,
          colour: 'YELLOW',
          title: '村民代表模范契约（2027）',
          clauses: ['乙'],
        },
      },
      admin,
    );
    const id = expectOk(created).createContractTemplate.id;
    expect(created.data?.createContractTemplate.version).toBe(2);
    const added = await t.gql(ADD_CLAUSE, { input: { templateId: id, text: '甲', position: 0 } }, admin);
    expect(added.data?.addContractClause.clauses).toEqual(['甲', '乙']);
    const badCode = await t.gql(SET_ITEMS, { input: { templateId: id, itemCodes: ['yel 1'] } }, admin);
    expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
    const dup = await t.gql(SET_ITEMS, { input: { templateId: id, itemCodes: ['YEL-01', 'YEL-01'] } }, admin);
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');
    const items = await t.gql(
      SET_ITEMS,
      { input: { templateId: id, itemCodes: ['YEL-01', 'YEL-09'] } },
      admin,
    );
    expect(items.data?.setContractTemplateItems.itemCodes).toEqual(['YEL-01', 'YEL-09']);
    // A draft may name any code; publishing needs each to be an item of a published framework.
    const unknownItems = await t.gql(PUBLISH, { id }, admin);
    expect(errorCode(unknownItems)).toBe('BAD_USER_INPUT');
    expect(unknownItems.errors?.[0].extensions?.fields).toEqual([
      { field: 'itemCodes', reasons: ['考评项目 YEL-01、YEL-09 不在本区已发布的评分框架中'] },
    ]);
    const rulebookItems = await t.gql(
      SET_ITEMS,
      { input: { templateId: id, itemCodes: ['P12', 'P13'] } },
      admin,
    );
    expect(rulebookItems.errors).toBeUndefined();
    const published = await t.gql(PUBLISH, { id }, admin);
    expect(published.data?.publishContractTemplate.status).toBe('PUBLISHED');
    expect(published.data?.publishContractTemplate.publishedAt).toBeTruthy();

    for (const res of [
      await t.gql(ADD_CLAUSE, { input: { templateId: id, text: '丙' } }, admin),
      await t.gql(SET_ITEMS, { input: { templateId: id, itemCodes: [] } }, admin),
      await t.gql(PUBLISH, { id }, admin),
    ]) {
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toContain('已发布');
    }
    const effective = await t.gql(
      EFFECTIVE,
      { villageId: units.village.id, colour: 'YELLOW' },
      tokens.village,
    );
    expect(effective.data?.effectiveContractTemplate?.clauses).toEqual(['甲', '乙']);
    expect(effective.data?.effectiveContractTemplate?.template.version).toBe(2);
  });

  it('a town extension keeps its district base until the town publishes a new extension version', async () => {
    const v2 = await t.gql(
      CREATE,
      {
        input: {
          unitId: units.district.id,
          colour: 'BLUE',
          title: '村民自治契约（修订）',
          clauses: ['新甲', '新乙'],
        },
      },
      tokens.district,
    );
    await t.gql(PUBLISH, { id: expectOk(v2).createContractTemplate.id }, tokens.district);
    const inVillage = await t.gql(EFFECTIVE, { villageId: units.village.id, colour: 'BLUE' }, tokens.village);
    expect(inVillage.data?.effectiveContractTemplate?.base).toEqual({
      id: districtOf('BLUE').id,
      version: 1,
    });
    expect(inVillage.data?.effectiveContractTemplate?.newerBaseVersion).toBe(2);
    const inOtherVillage = await t.gql(
      EFFECTIVE,
      { villageId: units.otherVillage.id, colour: 'BLUE' },
      tokens.otherVillage,
    );
    expect(inOtherVillage.data?.effectiveContractTemplate?.clauses).toEqual(['新甲', '新乙']);
    expect(inOtherVillage.data?.effectiveContractTemplate?.newerBaseVersion).toBeNull();

    const ext = await t.gql(
      CREATE,
      {
        input: {
          unitId: units.town.id,
          colour: 'BLUE',
          title: '宋村镇村民自治契约（修订）',
          clauses: ['镇丙'],
        },
      },
      tokens.town,
    );
    expect(ext.data?.createContractTemplate).toMatchObject({
      version: 2,
      extendsTemplateId: v2.data?.createContractTemplate.id,
    });
    await t.gql(PUBLISH, { id: expectOk(ext).createContractTemplate.id }, tokens.town);
    const after = await t.gql(EFFECTIVE, { villageId: units.village.id, colour: 'BLUE' }, tokens.village);
    expect(after.data?.effectiveContractTemplate?.clauses).toEqual(['新甲', '新乙', '镇丙']);
    expect(after.data?.effectiveContractTemplate?.newerBaseVersion).toBeNull();
  });

  it('the database refuses an UPDATE of a published template from the app role, but not of a draft', async () => {
    const scope = { districts: [units.district.id] };
    await expect(
      asAppRole(t, scope, `UPDATE contract_template SET title = '改' WHERE id = $1`, [districtOf('RED').id]),
    ).rejects.toThrow(/immutable/);
    const draft = await t.gql(
      CREATE,
      { input: { unitId: units.district.id, colour: 'GREEN', title: '草稿', clauses: ['甲'] } },
      tokens.district,
    );
    const res = await asAppRole(t, scope, `UPDATE contract_template SET title = '改过的草稿' WHERE id = $1`, [
      draft.data?.createContractTemplate.id,
    ]);
    expect(res.rowCount).toBe(1);
    const [row] = await t.db.adminQuery<{ title: string }>(
      'SELECT title FROM contract_template WHERE id = $1',
      [districtOf('RED').id],
    );
    expect(row.title).toBe(districtOf('RED').title);
  });

  it('templates are made only by a district or town, and a town extends only a published district colour', async () => {
    const village = await t.gql(
      CREATE,
      { input: { unitId: units.village.id, colour: 'RED', title: '村级模板', clauses: ['x'] } },
      tokens.district,
    );
    expect(errorCode(village)).toBe('BAD_USER_INPUT');
    const ext = await t.gql(
      CREATE,
      {
        input: {
          unitId: units.town.id,
          colour: 'GREEN',
          title: '宋村镇服务契约',
          itemCodes: ['SC-GRN-01'],
        },
      },
      tokens.town,
    );
    expect(ext.data?.createContractTemplate).toMatchObject({
      extendsTemplateId: districtOf('GREEN').id,
      townId: units.town.id,
      version: 1,
    });
  });

  it('drafts are refused, naming the colour, when a needed template is not published', async () => {
    const people = new ContractPeople(t, villages.otherVillage);
    await people.resident('侯德山', await people.household('HJA-1'), [S.ELDER, S.PARTY_MEMBER]);
    // Only the superuser can remove published rows (the app role has no DELETE): take SILVER away.
    await t.db.adminQuery(`DELETE FROM contract_template WHERE colour = 'SILVER' AND district_id = $1`, [
      units.district.id,
    ]);
    const res = await t.gql(
      GENERATE,
      { input: { villageId: units.otherVillage.id, year: 2026 } },
      tokens.otherVillage,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain('银色·调解契约');
    expect(res.errors?.[0].message).not.toContain('红色');
    const [count] = await t.db.adminQuery<{ n: string }>(
      'SELECT count(*) AS n FROM contract WHERE village_id = $1',
      [units.otherVillage.id],
    );
    expect(Number(count.n)).toBe(0); // one transaction: not even the RED and BLUE drafts remain
  });
});
