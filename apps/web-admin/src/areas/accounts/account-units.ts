import { useQuery } from 'urql';
import { useSession } from '@village/web';
import { AccountUnitsQuery } from './account-documents';

export interface UnitOption {
  value: string;
  label: string;
}

/**
 * The units whose accounts the user manages: their own (where they hold USER_READ) and the towns and
 * villages below that the API lets them see (first 100 of each — a district has far fewer towns; a
 * district with more villages finds the rest through their town).
 */
export function useAccountUnits(): { loading: boolean; options: UnitOption[] } {
  const { me } = useSession();
  const [result] = useQuery({ query: AccountUnitsQuery });
  const own = (me?.roles ?? [])
    .filter((r) => r.permissions.includes('USER_READ'))
    .map((r) => ({ value: r.orgUnit.id, label: r.orgUnit.name }));
  const towns = (result.data?.towns.items ?? []).map((t) => ({ value: t.id, label: t.name }));
  const villages = (result.data?.villages.items ?? []).map((v) => ({ value: v.id, label: v.name }));
  const unique = new Map([...own, ...towns, ...villages].map((o) => [o.value, o]));
  return { loading: result.fetching, options: [...unique.values()] };
}
