import { useQuery } from 'urql';
import { graphql } from '@village/web/graphql';

const TownVillageOptionsQuery = graphql(`
  query TownVillageOptions($townId: ID) {
    villages(townId: $townId, limit: 100) {
      items {
        id
        name
      }
    }
  }
`);

/** The villages of the user's town, as select options (a town has well under 100 villages). */
export function useVillageOptions(townId: string | undefined) {
  const [result] = useQuery({ query: TownVillageOptionsQuery, variables: { townId }, pause: !townId });
  return {
    loading: result.fetching,
    options: (result.data?.villages.items ?? []).map((v) => ({ value: v.id, label: v.name })),
  };
}
