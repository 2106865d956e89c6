import { useQuery } from 'urql';
import { graphql } from '@village/web/graphql';
import type { Choice } from './resident-form';

const GridChoicesDocument = graphql(`
  query PeopleGridChoices($villageId: ID!) {
    grids(villageId: $villageId) {
      id
      code
      name
    }
  }
`);

const HouseholdChoicesDocument = graphql(`
  query PeopleHouseholdChoices($villageId: ID!) {
    households(villageId: $villageId, limit: 100) {
      items {
        id
        code
        address
        headName
      }
      total
    }
  }
`);

/** The village's grids as select options ("第一网格（G1）"). */
export function useGridChoices(villageId: string): { choices: Choice[]; fetching: boolean } {
  const [result] = useQuery({ query: GridChoicesDocument, variables: { villageId } });
  return {
    fetching: result.fetching,
    choices: (result.data?.grids ?? []).map((g) => ({ value: g.id, label: `${g.name}（${g.code}）` })),
  };
}

/**
 * The village's households as select options (户号 · 户主). The first 100 by the API's order: the
 * select filters them as the user types, which is enough for a village's size in the demo; a bigger
 * village would need the households query's search, typed into the select.
 */
export function useHouseholdChoices(villageId: string): { choices: Choice[]; fetching: boolean } {
  const [result] = useQuery({ query: HouseholdChoicesDocument, variables: { villageId } });
  return {
    fetching: result.fetching,
    choices: (result.data?.households.items ?? []).map((h) => ({
      value: h.id,
      label: `${h.code}${h.headName ? ' · 户主 ' + h.headName : ''}${h.address ? ' · ' + h.address : ''}`,
    })),
  };
}
