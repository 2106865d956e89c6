import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import { asAppRole, loadUnits, PeopleFixture, type Unit } from './contract-fixtures';

const TEMPLATE_FIELDS = 'id colour title clauses itemCodes version status extendsTemplateId townId';
const TEMPLATES = `query($colour: ContractColour, $status: ContractTemplateStatus) {
  contractTemplates(colour: $colour, status: $status, limit: 100) { total items { ${TEMPLATE_FIELDS} } } }`;
const TEMPLATE = `query($id: ID!) { contractTemplate(id: $id) { ${TEMPLATE_FIELDS} } }`;
const EFFECTIVE = `query($villageId: ID!, $colour: ContractColour!) {
  effectiveContractTemplate(villageId: $villageId, colour: $colour) {
    title clauses itemCodes newerBaseVersion template { id version } base { id version } extension { id } } }`;
const CREATE = `mutation($input: CreateContractTemplateInput!) { createContractTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
const ADD_CLAUSE = `mutation($input: AddContractClauseInput!) { addContractClause(input: $input) { ${TEMPLATE_FIELDS} } }`;
const SET_ITEMS = `mutation($input: SetContractTemplateItemsInput!) { setContractTemplateItems(input: $input) { ${TEMPLATE_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishContractTemplate(id: $id) { ${TEMPLATE_FIELDS} publishedAt } }`;
const GENERATE = `mutation($input: GenerateContractDraftsInput!) {
  generateContractDrafts(input: $input) { created byColour { colour count } } }`;

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
  let units: Record<string, Unit>;
  let district: Template[];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // these suites arrange their own people
    units = await loadUnits(t);
    for (const user of ['wendeng-admin', 'songcun-admin', 'dazetou-admin', 'houjiaan-admin']) {
      tokens[user] = await t.login(user);
    }
    const res = await t.gql(TEMPLATES, {}, tokens['wendeng-admin']);
    district = res.data?.contractTemplates.items.filter((x: Template) => x.townId === null);
  });
  afterAll(() => t.close());

  const districtOf = (colour: string) => district.find((x) => x.colour === colour) as Template;

  it('the district has published templates for all five colours, readable by its towns and villages', async () => {
    expect(district.map((x) => x.colour).sort()).toEqual(['BLUE', 'GREEN', 'RED', 'SILVER', 'YELLOW']);
    expect(district.every((x) => x.status === 'PUBLISHED' && x.version === 1)).toBe(true);
    for (const user of ['songcun-admin', 'dazetou-admin', 'houjiaan-admin']) {
      const res = await t.gql(TEMPLATES, { colour: 'RED' }, tokens[user]);
      expect(res.data?.contractTemplates.items.map((x: Template) => x.id)).toEqual([districtOf('RED').id]);
    }
  });

  it("the effective template of a village merges its town's extension onto the district base", async () => {
    const dazetou = await t.gql(
      EFFECTIVE,
      { villageId: units['大泽头村'].id, colour: 'BLUE' },
      tokens['dazetou-admin'],
    );
    const effective = dazetou.data?.effectiveContractTemplate;
    expect(effective.base.id).toBe(districtOf('BLUE').id);
    expect(effective.extension).not.toBeNull();
    expect(effective.template.id).toBe(effective.extension.id);
    expect(effective.title).toBe('宋村镇村民自治契约');
    expect(effective.clauses).toEqual([...districtOf('BLUE').clauses, ...effective.clauses.slice(5)]);
    expect(effective.clauses).toHaveLength(districtOf('BLUE').clauses.length + 2);
    expect(effective.itemCodes).toContain('T01');

    // 侯家庵村 is in 文登营镇, which has no extension: the district's template as is.
    const houjiaan = await t.gql(
      EFFECTIVE,
      { villageId: units['侯家庵村'].id, colour: 'BLUE' },
      tokens['houjiaan-admin'],
    );
    expect(houjiaan.data?.effectiveContractTemplate.extension).toBeNull();
    expect(houjiaan.data?.effectiveContractTemplate.clauses).toEqual(districtOf('BLUE').clauses);

    const other = await t.gql(
      EFFECTIVE,
      { villageId: units['大泽头村'].id, colour: 'BLUE' },
      tokens['houjiaan-admin'],
    );
    expect(errorCode(other)).toBe('NOT_FOUND');
  });

  it("a town cannot read another town's extension", async () => {
    const songcunExt = (
      await t.gql(TEMPLATES, { colour: 'BLUE' }, tokens['songcun-admin'])
    ).data?.contractTemplates.items.find((x: Template) => x.townId === units['宋村镇'].id);
    expect(songcunExt).toBeDefined();
    // The district (covering every town) writes an extension for 高村镇 and publishes it.
    const created = await t.gql(
      CREATE,
      {
        input: {
          unitId: units['高村镇'].id,
          colour: 'BLUE',
          title: '高村镇村民自治契约',
          clauses: ['参与河道保洁'],
        },
      },
      tokens['wendeng-admin'],
    );
    const gaocun = created.data?.createContractTemplate;
    expect(gaocun.extendsTemplateId).toBe(districtOf('BLUE').id);
    expect(
      (await t.gql(PUBLISH, { id: gaocun.id }, tokens['wendeng-admin'])).data?.publishContractTemplate.status,
    ).toBe('PUBLISHED');

    expect(errorCode(await t.gql(TEMPLATE, { id: gaocun.id }, tokens['songcun-admin']))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(TEMPLATE, { id: gaocun.id }, tokens['dazetou-admin']))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(TEMPLATE, { id: songcunExt.id }, tokens['houjiaan-admin']))).toBe(
      'NOT_FOUND',
    );
    const seen = await t.gql(TEMPLATES, { colour: 'BLUE' }, tokens['songcun-admin']);
    expect(seen.data?.contractTemplates.items.map((x: Template) => x.id).sort()).toEqual(
      [districtOf('BLUE').id, songcunExt.id].sort(),
    );
    expect(
      (await t.gql(TEMPLATE, { id: gaocun.id }, tokens['wendeng-admin'])).data?.contractTemplate.id,
    ).toBe(gaocun.id);
  });

  it('songcun-admin cannot change the district templates, and does not see district drafts', async () => {
    const red = districtOf('RED');
    const add = await t.gql(
      ADD_CLAUSE,
      { input: { templateId: red.id, text: '新条款' } },
      tokens['songcun-admin'],
    );
    expect(errorCode(add)).toBe('FORBIDDEN');
    const create = await t.gql(
      CREATE,
      { input: { unitId: units['文登区'].id, colour: 'RED', title: '镇改区模板', clauses: ['x'] } },
      tokens['songcun-admin'],
    );
    expect(errorCode(create)).toBe('FORBIDDEN');
    const publish = await t.gql(PUBLISH, { id: red.id }, tokens['songcun-admin']);
    expect(errorCode(publish)).toBe('FORBIDDEN');

    const draft = await t.gql(
      CREATE,
      {
        input: { unitId: units['文登区'].id, colour: 'SILVER', title: '调解契约（修订稿）', clauses: ['甲'] },
      },
      tokens['wendeng-admin'],
    );
    const draftId = draft.data?.createContractTemplate.id;
    expect(draft.data?.createContractTemplate).toMatchObject({ version: 2, status: 'DRAFT' });
    expect(errorCode(await t.gql(TEMPLATE, { id: draftId }, tokens['songcun-admin']))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(ADD_CLAUSE, { input: { templateId: draftId, text: '乙' } }, tokens['songcun-admin']),
      ),
    ).toBe('NOT_FOUND');
    // Village admins have no template permission at all.
    const village = await t.gql(
      CREATE,
      { input: { unitId: units['宋村镇'].id, colour: 'RED', title: '村改镇模板', clauses: ['x'] } },
      tokens['dazetou-admin'],
    );
    expect(errorCode(village)).toBe('FORBIDDEN');
  });

  it('a draft is edited, then published; a published template refuses changes through the API', async () => {
    const admin = tokens['wendeng-admin'];
    const created = await t.gql(
      CREATE,
      {
        input: {
          unitId: units['文登区'].id,
          colour: 'YELLOW',
          title: '村民代表模范契约（2027）',
          clauses: ['乙'],
        },
      },
      admin,
    );
    const id = created.data?.createContractTemplate.id;
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
      { villageId: units['大泽头村'].id, colour: 'YELLOW' },
      tokens['dazetou-admin'],
    );
    expect(effective.data?.effectiveContractTemplate.clauses).toEqual(['甲', '乙']);
    expect(effective.data?.effectiveContractTemplate.template.version).toBe(2);
  });

  it('a town extension keeps its district base until the town publishes a new extension version', async () => {
    const v2 = await t.gql(
      CREATE,
      {
        input: {
          unitId: units['文登区'].id,
          colour: 'BLUE',
          title: '村民自治契约（修订）',
          clauses: ['新甲', '新乙'],
        },
      },
      tokens['wendeng-admin'],
    );
    await t.gql(PUBLISH, { id: v2.data?.createContractTemplate.id }, tokens['wendeng-admin']);
    const dazetou = await t.gql(
      EFFECTIVE,
      { villageId: units['大泽头村'].id, colour: 'BLUE' },
      tokens['dazetou-admin'],
    );
    expect(dazetou.data?.effectiveContractTemplate.base).toEqual({ id: districtOf('BLUE').id, version: 1 });
    expect(dazetou.data?.effectiveContractTemplate.newerBaseVersion).toBe(2);
    const houjiaan = await t.gql(
      EFFECTIVE,
      { villageId: units['侯家庵村'].id, colour: 'BLUE' },
      tokens['houjiaan-admin'],
    );
    expect(houjiaan.data?.effectiveContractTemplate.clauses).toEqual(['新甲', '新乙']);
    expect(houjiaan.data?.effectiveContractTemplate.newerBaseVersion).toBeNull();

    const ext = await t.gql(
      CREATE,
      {
        input: {
          unitId: units['宋村镇'].id,
          colour: 'BLUE',
          title: '宋村镇村民自治契约（修订）',
          clauses: ['镇丙'],
        },
      },
      tokens['songcun-admin'],
    );
    expect(ext.data?.createContractTemplate).toMatchObject({
      version: 2,
      extendsTemplateId: v2.data?.createContractTemplate.id,
    });
    await t.gql(PUBLISH, { id: ext.data?.createContractTemplate.id }, tokens['songcun-admin']);
    const after = await t.gql(
      EFFECTIVE,
      { villageId: units['大泽头村'].id, colour: 'BLUE' },
      tokens['dazetou-admin'],
    );
    expect(after.data?.effectiveContractTemplate.clauses).toEqual(['新甲', '新乙', '镇丙']);
    expect(after.data?.effectiveContractTemplate.newerBaseVersion).toBeNull();
  });

  it('the database refuses an UPDATE of a published template from the app role, but not of a draft', async () => {
    const scope = { districts: [units['文登区'].id] };
    await expect(
      asAppRole(t, scope, `UPDATE contract_template SET title = '改' WHERE id = $1`, [districtOf('RED').id]),
    ).rejects.toThrow(/immutable/);
    const draft = await t.gql(
      CREATE,
      { input: { unitId: units['文登区'].id, colour: 'GREEN', title: '草稿', clauses: ['甲'] } },
      tokens['wendeng-admin'],
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
      { input: { unitId: units['大泽头村'].id, colour: 'RED', title: '村级模板', clauses: ['x'] } },
      tokens['wendeng-admin'],
    );
    expect(errorCode(village)).toBe('BAD_USER_INPUT');
    const ext = await t.gql(
      CREATE,
      {
        input: {
          unitId: units['宋村镇'].id,
          colour: 'GREEN',
          title: '宋村镇服务契约',
          itemCodes: ['SC-GRN-01'],
        },
      },
      tokens['songcun-admin'],
    );
    expect(ext.data?.createContractTemplate).toMatchObject({
      extendsTemplateId: districtOf('GREEN').id,
      townId: units['宋村镇'].id,
      version: 1,
    });
  });

  it('drafts are refused, naming the colour, when a needed template is not published', async () => {
    const people = new PeopleFixture(t, units['侯家庵村']);
    const home = await people.household('HJA-1');
    const elder = await people.resident('侯德山', home);
    await people.role(elder, 'ELDER');
    await people.role(elder, 'PARTY_MEMBER');
    // Only the superuser can remove published rows (the app role has no DELETE): take SILVER away.
    await t.db.adminQuery(`DELETE FROM contract_template WHERE colour = 'SILVER'`);
    const res = await t.gql(
      GENERATE,
      { input: { villageId: units['侯家庵村'].id, year: 2026 } },
      tokens['houjiaan-admin'],
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain('银色·调解契约');
    expect(res.errors?.[0].message).not.toContain('红色');
    const [count] = await t.db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM contract');
    expect(Number(count.n)).toBe(0); // one transaction: not even the RED and BLUE drafts remain
  });
});
