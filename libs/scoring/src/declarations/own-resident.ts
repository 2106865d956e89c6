import type { EntityManager } from 'typeorm';
import type { RequestContext } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';

/** The resident record linked to the signed-in login, if any: what "my" means in residents' queries. */
export function ownResident(em: EntityManager, ctx: RequestContext): Promise<ResidentEntity | null> {
  if (!ctx.user) return Promise.resolve(null);
  return em.findOne(ResidentEntity, { where: { userId: ctx.user.id } });
}
