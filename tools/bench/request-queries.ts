/**
 * The GraphQL operations the request benchmark times and the statement-budget test counts: what the
 * app's first screens ask for. One definition, so the budget and the figures talk about the same work.
 */
export interface BenchQuery {
  name: 'me' | 'villages' | 'residents';
  /** The operation as the README names it. */
  label: string;
  query: string;
  /** Variables that name something of the seeded demo (the village is looked up by name at start). */
  variables(ids: DemoIds): Record<string, unknown>;
}

export interface DemoIds {
  /** 大泽头村: the demo village with people (40 residents in 12 households). */
  villageId: string;
}

const ORG_UNIT_FIELDS = 'id level code name parentId districtId townId villageId createdAt';

export const ME_QUERY = `query Me { me { id username displayName
  roles { role roleLabel permissions orgUnit { ${ORG_UNIT_FIELDS} } } } }`;

export const VILLAGES_QUERY = `query Villages { villages(limit: 20) { total items { ${ORG_UNIT_FIELDS} } } }`;

export const RESIDENTS_QUERY = `query Residents($villageId: ID!) {
  residents(villageId: $villageId, limit: 50) { total items {
    id villageId name gender birthDate idNumberMasked phone status isActive hasLogin createdAt
    householdId household { id villageId code address gridId headResidentId headName memberCount createdAt }
    subjectRoles { id residentId subjectType startDate endDate probationary termEnd representedHouseholdIds endReason isCurrent }
  } } }`;

export const BENCH_QUERIES: readonly BenchQuery[] = [
  { name: 'me', label: '`me`', query: ME_QUERY, variables: () => ({}) },
  { name: 'villages', label: '`villages(limit:20)`', query: VILLAGES_QUERY, variables: () => ({}) },
  {
    name: 'residents',
    label: '`residents(limit:50)` with household and roles',
    query: RESIDENTS_QUERY,
    variables: (ids) => ({ villageId: ids.villageId }),
  },
];

/** Who asks: the district admin, who sees every village of the demo district and its residents. */
export const BENCH_USERNAME = 'wendeng-admin';
export const BENCH_VILLAGE_NAME = '大泽头村';
