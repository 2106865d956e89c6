import { graphql } from '../support/generated';
import { Role } from '@village/platform-common';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { arrangeTown, arrangeUser, arrangeVillage, orgUnits } from '../support/arrange';

const VILLAGES = graphql(`
  query OrgIsolationVillages($townId: ID) {
    villages(townId: $townId, limit: 100) {
      total
      items {
        id
        name
        townId
      }
    }
  }
`);
const ORG_UNIT = graphql(`
  query OrgIsolationOrgUnit($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      level
    }
  }
`);
const RENAME = graphql(`
  mutation OrgIsolationRename($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      id
      name
    }
  }
`);
const CREATE_VILLAGE = graphql(`
  mutation OrgIsolationCreateVillage($input: CreateVillageInput!) {
    createVillage(input: $input) {
      id
      name
      code
      townId
      districtId
    }
  }
`);

const TOWNS = graphql(`
  query OrgIsolationTowns {
    towns(limit: 100) {
      items {
        name
      }
    }
  }
`);
const DISTRICTS = graphql(`
  query OrgIsolationDistricts {
    districts {
      id
      name
    }
  }
`);
const CREATE_TOWN = graphql(`
  mutation OrgIsolationCreateTown($input: CreateTownInput!) {
    createTown(input: $input) {
      id
      name
      level
      districtId
    }
  }
`);
const AUDIT_TOTAL = graphql(`
  query OrgIsolationAuditTotal {
    auditLog {
      total
    }
  }
`);

describe('org tree isolation (row-level security through the API)', () => {
  let t: TestApp;
  let units: Record<string, { id: string; town_id: string | null }>;

  beforeAll(async () => {
    t = await startTestApp();
    const rows = await t.db.adminQuery<{ id: string; name: string; town_id: string | null }>(
      'SELECT id, name, town_id FROM org_unit',
    );
    units = Object.fromEntries(rows.map((r) => [r.name, r]));
  });
  afterAll(() => t.close());

  it('a village admin sees its own village and no other, through every query', async () => {
    const token = await t.login('dazetou-admin');
    const list = await t.gql(VILLAGES, {}, token);
    expect(list.data?.villages.items.map((v) => v.name)).toEqual(['大泽头村']);
    expect(list.data?.villages.total).toBe(1);

    const byTown = await t.gql(VILLAGES, { townId: units['宋村镇'].id }, token);
    expect(byTown.data?.villages.items.map((v) => v.name)).toEqual(['大泽头村']);

    const own = await t.gql(ORG_UNIT, { id: units['大泽头村'].id }, token);
    expect(own.data?.orgUnit.name).toBe('大泽头村');

    for (const other of ['侯家庵村', '宋村村', '高村村']) {
      const res = await t.gql(ORG_UNIT, { id: units[other].id }, token);
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    const towns = await t.gql(TOWNS, {}, token);
    expect(towns.data?.towns.items.map((u) => u.name)).toEqual(['宋村镇']); // its own town, by name
  });

  it('a village admin cannot change another village, nor its town', async () => {
    const token = await t.login('dazetou-admin');
    const other = await t.gql(RENAME, { input: { id: units['侯家庵村'].id, name: '改名村' } }, token);
    expect(errorCode(other)).toBe('NOT_FOUND');
    const town = await t.gql(RENAME, { input: { id: units['宋村镇'].id, name: '改名镇' } }, token);
    expect(errorCode(town)).toBe('FORBIDDEN');
    const names = await t.db.adminQuery<{ name: string }>('SELECT name FROM org_unit WHERE id = ANY($1)', [
      [units['侯家庵村'].id, units['宋村镇'].id],
    ]);
    expect(names.map((r) => r.name).sort()).toEqual(['侯家庵村', '宋村镇'].sort());

    const create = await t.gql(
      CREATE_VILLAGE,
      { input: { townId: units['宋村镇'].id, code: 'X1', name: '新村' } },
      token,
    );
    expect(errorCode(create)).toBe('FORBIDDEN');
  });

  // On a village of its own in a town of its own, so the demo towns the other tests list stay as they are.
  it('a village admin can rename its own village, and the old name is kept in the audit log', async () => {
    const village = await arrangeVillage(t, await arrangeTown(t, (await orgUnits(t))['文登区']));
    const token = village.admin.token;
    const res = await t.gql(RENAME, { input: { id: village.id, name: `${village.name}（新）` } }, token);
    expect(res.data?.renameOrgUnit.name).toBe(`${village.name}（新）`);
    const audit = await t.db.adminQuery<{ detail: { previousName: string } }>(
      `SELECT detail FROM audit_log WHERE operation = 'renameOrgUnit' AND outcome = 'SUCCESS' AND org_unit_id = $1`,
      [village.id],
    );
    expect(audit[0].detail.previousName).toBe(village.name);
  });

  it("a town admin sees its town's villages and none of another town's", async () => {
    const token = await t.login('songcun-admin');
    const list = await t.gql(VILLAGES, {}, token);
    expect(list.data?.villages.items.map((v) => v.name).sort()).toEqual(
      ['大泽头村', '宋村村', '西字城村'].sort(),
    );
    const otherTown = await t.gql(VILLAGES, { townId: units['文登营镇'].id }, token);
    expect(otherTown.data?.villages.total).toBe(0);
    expect(errorCode(await t.gql(ORG_UNIT, { id: units['侯家庵村'].id }, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ORG_UNIT, { id: units['文登营镇'].id }, token))).toBe('NOT_FOUND');
  });

  // In a town of its own, so the demo towns' villages the other tests list stay as they are.
  it('a town admin creates villages in its own town only', async () => {
    const town = await arrangeTown(t, (await orgUnits(t))['文登区']);
    const token = (await arrangeUser(t, town, Role.TOWN_ADMIN)).token;
    const created = await t.gql(
      CREATE_VILLAGE,
      { input: { townId: town.id, code: '371003104299', name: '新建村' } },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createVillage).toMatchObject({ name: '新建村', townId: town.id });

    const elsewhere = await t.gql(
      CREATE_VILLAGE,
      { input: { townId: units['文登营镇'].id, code: '371003112299', name: '越权村' } },
      token,
    );
    expect(errorCode(elsewhere)).toBe('NOT_FOUND');
    const rows = await t.db.adminQuery(`SELECT 1 FROM org_unit WHERE name = '越权村'`);
    expect(rows).toHaveLength(0);

    const duplicate = await t.gql(
      CREATE_VILLAGE,
      { input: { townId: town.id, code: '371003104299', name: '重复村' } },
      token,
    );
    expect(errorCode(duplicate)).toBe('CONFLICT');
  });

  it('a district admin sees every village of the district and creates towns', async () => {
    const token = await t.login('wendeng-admin');
    const list = await t.gql(VILLAGES, {}, token);
    expect(list.data?.villages.total).toBeGreaterThanOrEqual(11);
    const districts = await t.gql(DISTRICTS, {}, token);
    const town = await t.gql(
      CREATE_TOWN,
      { input: { districtId: expectOk(districts).districts[0].id, code: '371003199', name: '测试镇' } },
      token,
    );
    expect(town.data?.createTown).toMatchObject({ name: '测试镇', level: 'TOWN' });
  });

  it('a town admin cannot create towns', async () => {
    const token = await t.login('songcun-admin');
    const res = await t.gql(
      CREATE_TOWN,
      { input: { districtId: units['文登区'].id, code: '371003198', name: '越权镇' } },
      token,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('a resident sees only their own village', async () => {
    const token = await t.login('dazetou-resident');
    const list = await t.gql(VILLAGES, {}, token);
    expect(list.data?.villages.items.map((v) => v.name)).toEqual(['大泽头村']);
    expect(errorCode(await t.gql(AUDIT_TOTAL, {}, token))).toBe('FORBIDDEN');
  });
});
