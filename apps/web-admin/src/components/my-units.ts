import { useSession } from '@village/web';

export interface MyUnit {
  id: string;
  name: string;
  level: string;
}

/**
 * The units where the signed-in user holds a role at `level` (a district admin's district, a town
 * admin's town): the screens of that tier work on these.
 */
export function useMyUnits(level: 'DISTRICT' | 'TOWN' | 'VILLAGE'): MyUnit[] {
  const { me } = useSession();
  const units = (me?.roles ?? []).map((r) => r.orgUnit).filter((u) => u.level === level);
  return [...new Map(units.map((u) => [u.id, u])).values()];
}
