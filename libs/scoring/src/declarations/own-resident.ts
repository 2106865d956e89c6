import type { TenantTx } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';

/** The resident record linked to the signed-in login, if any: what "my" means in residents' queries. */
export function ownResident(tx: TenantTx): Promise<ResidentEntity | null> {
  const { ctx } = tx;
  if (!ctx.user) return Promise.resolve(null);
  return tx.findOne(ResidentEntity, { where: { userId: ctx.user.id } });
}
