import type { OrgRef } from '@village/platform-tenancy';
import { arrangeDistrict, arrangeTown, townAdminOf, type ArrangedDistrict } from '../support/arrange';
import { graphql } from '../support/generated';
import type { ItemFieldsInput } from '../support/generated/graphql';
import { errorCode, expectOk, type GqlResponse, type TestApp } from '../support/test-app';

// Typed documents and builders shared by the rulebook's sanity suites (publish-sanity, adoption-checks):
// a district of the suite's own, so nothing they publish reaches the demo's.

export const CREATE_FRAMEWORK = graphql(`
  mutation SanityCreateFramework($input: CreateFrameworkInput!) {
    createFramework(input: $input) {
      id
      title
      year
    }
  }
`);

export const ADD_ITEM = graphql(`
  mutation SanityAddItem($input: AddEvaluationItemInput!) {
    addEvaluationItem(input: $input) {
      id
      items {
        id
        code
      }
    }
  }
`);

export const UPDATE_ITEM = graphql(`
  mutation SanityUpdateItem($input: UpdateEvaluationItemInput!) {
    updateEvaluationItem(input: $input) {
      id
    }
  }
`);

export const UPDATE_RULES = graphql(`
  mutation SanityUpdateRules($input: UpdateFrameworkRulesInput!) {
    updateFrameworkRules(input: $input) {
      id
      rules {
        townsMayDisableVetoItems
      }
    }
  }
`);

export const PUBLISH_FRAMEWORK = graphql(`
  mutation SanityPublishFramework($id: ID!) {
    publishFramework(id: $id) {
      id
      status
      rules {
        townsMayDisableVetoItems
      }
    }
  }
`);

export const CREATE_MANUAL = graphql(`
  mutation SanityCreateManual($input: CreateManualInput!) {
    createManual(input: $input) {
      id
    }
  }
`);

export const PUBLISH_MANUAL = graphql(`
  mutation SanityPublishManual($id: ID!) {
    publishManual(id: $id) {
      id
      status
    }
  }
`);

/** A valid credit-track item for villagers; override what the test is about. */
export function item(code: string, overrides: Partial<ItemFieldsInput> = {}): ItemFieldsInput {
  return {
    code,
    name: `测试事项 ${code}`,
    category: 'PUBLIC_WELFARE',
    direction: 'POSITIVE',
    pointsMin: 1,
    pointsMax: 2,
    track: 'CREDIT',
    subjectTypes: ['VILLAGER'],
    ...overrides,
  };
}

export interface RulebookDistrict {
  district: ArrangedDistrict;
  town: OrgRef;
  townToken: string;
}

/** A district of its own with one town and that town's admin. */
export async function arrangeRulebookDistrict(t: TestApp): Promise<RulebookDistrict> {
  const district = await arrangeDistrict(t);
  const town = await arrangeTown(t, district.unit);
  return { district, town, townToken: (await townAdminOf(t, town)).token };
}

/** A draft framework of the district with `items`; its id. */
export async function draftFramework(
  t: TestApp,
  district: ArrangedDistrict,
  year: number,
  items: ItemFieldsInput[],
  title = `${year} 年评分框架`,
): Promise<string> {
  const token = district.admin.token;
  const { id } = expectOk(
    await t.gql(CREATE_FRAMEWORK, { input: { year, title, districtId: district.unit.id } }, token),
  ).createFramework;
  for (const fields of items) {
    expectOk(await t.gql(ADD_ITEM, { input: { frameworkId: id, item: fields } }, token));
  }
  return id;
}

/** A published framework of the district with `items`; its id. */
export async function publishedFramework(
  t: TestApp,
  district: ArrangedDistrict,
  year: number,
  items: ItemFieldsInput[],
): Promise<string> {
  const id = await draftFramework(t, district, year, items);
  expectOk(await t.gql(PUBLISH_FRAMEWORK, { id }, district.admin.token));
  return id;
}

/** A draft manual of the town on `frameworkId`; its id. */
export async function draftManual(t: TestApp, where: RulebookDistrict, frameworkId: string): Promise<string> {
  const created = await t.gql(
    CREATE_MANUAL,
    { input: { townId: where.town.id, frameworkId, title: `${where.town.name}操作手册` } },
    where.townToken,
  );
  return expectOk(created).createManual.id;
}

/** The fields a BAD_USER_INPUT refusal names. */
export function refusedFields(res: GqlResponse<unknown>): string[] {
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  return res.errors?.[0].extensions?.fields?.map((f) => f.field) ?? [];
}
