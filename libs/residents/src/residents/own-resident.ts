import type { TenantTx } from '@village/platform-tenancy';
import { ResidentEntity } from './resident.entity';

/**
 * The resident record linked to the signed-in login, if any: what "my" means in residents' queries
 * (my score, my declarations, my contracts).
 */
export function ownResident(tx: TenantTx): Promise<ResidentEntity | null> {
  const { ctx } = tx;
  if (!ctx.user) return Promise.resolve(null);
  return tx.findOne(ResidentEntity, { where: { userId: ctx.user.id } });
}
