import { useSession } from '@village/web';

/**
 * The village of the signed-in resident: where their RESIDENT role was granted. Every village-wide
 * question the phone app asks (the adopted list, the periods, the notice) is about this village.
 */
export function useMyVillage(): { id: string; name: string } | null {
  const { me } = useSession();
  const grant = me?.roles.find((r) => r.role === 'RESIDENT' && r.orgUnit.level === 'VILLAGE');
  return grant ? { id: grant.orgUnit.id, name: grant.orgUnit.name } : null;
}

/** This year in Beijing (the API's calendar), for the year-scoped questions. */
export function beijingYear(now = new Date()): number {
  return Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
}
