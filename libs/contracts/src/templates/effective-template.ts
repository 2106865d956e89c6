import type { TenantRef, TenantTx } from '@village/platform-tenancy';
import { ContractColour } from '../colour/contract-colour.enum';
import { ContractTemplateEntity } from './contract-template.entity';
import { mergeTemplates, type TemplateContent } from './template-merge';
import { TemplateStatus } from './template-status.enum';

export interface EffectiveTemplate {
  colour: ContractColour;
  /** The version contracts refer to: the town extension when there is one, else the district base. */
  template: ContractTemplateEntity;
  base: ContractTemplateEntity;
  extension: ContractTemplateEntity | null;
  content: TemplateContent;
  /**
   * A newer district version published after the town extended an older one: the extension keeps its
   * base until the town publishes a new extension version (which extends the newest district version).
   */
  newerBaseVersion: number | null;
}

/**
 * The effective published template of each colour for a village: the newest published extension of
 * its town (merged onto the district version it extends), or else the district's newest published
 * version. Runs inside the caller's transaction; lower tiers see the rows through the from-above policy.
 */
export async function effectiveTemplates(
  tx: TenantTx,
  village: TenantRef,
  colours?: readonly ContractColour[],
): Promise<Map<ContractColour, EffectiveTemplate>> {
  const query = tx
    .createQueryBuilder(ContractTemplateEntity, 't')
    .where('t.status = :published', { published: TemplateStatus.PUBLISHED })
    .andWhere('t.districtId = :districtId', { districtId: village.districtId })
    .andWhere('t.villageId IS NULL')
    .andWhere('(t.townId IS NULL OR t.townId = :townId)', { townId: village.townId })
    .orderBy('t.version', 'DESC');
  if (colours) query.andWhere('t.colour IN (:...colours)', { colours: colours.length ? colours : [''] });
  const published = await query.getMany();

  const result = new Map<ContractColour, EffectiveTemplate>();
  for (const colour of new Set(published.map((t) => t.colour))) {
    const ofColour = published.filter((t) => t.colour === colour);
    const extension = ofColour.find((t) => t.townId !== null) ?? null;
    const base = extension
      ? await tx.findOne(ContractTemplateEntity, { where: { id: extension.extendsTemplateId ?? '' } })
      : (ofColour.find((t) => t.townId === null) ?? null);
    if (!base) continue;
    const latestBase = ofColour.find((t) => t.townId === null);
    const newerBaseVersion = latestBase && latestBase.version > base.version ? latestBase.version : null;
    result.set(colour, {
      colour,
      template: extension ?? base,
      base,
      extension,
      content: mergeTemplates(base, extension),
      newerBaseVersion,
    });
  }
  return result;
}
