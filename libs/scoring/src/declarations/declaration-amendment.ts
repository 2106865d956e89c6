import type { TenantTx } from '@village/platform-tenancy';
import { BadInputException } from '@village/platform-common';
import type { ResidentEntity } from '@village/residents';
import type { ScoringListItemEntity } from '@village/rulebook';
import { assertChannelRules, assertItemApplies, checkQuantity, requireListItem } from './declaration-checks';
import type { DeclarationEntity } from './declaration.entity';
import { DeclarationEvidenceEntity } from './evidence/declaration-evidence.entity';

/** What a reviewer corrects (修正): another item of the list, another quantity, and/or the points. */
export interface AmendmentRequest {
  amendedItemCode?: string | null;
  amendedQuantity?: number | null;
  points?: number | null;
}

/** The item and quantity an amended declaration is scored under. */
export interface Amendment {
  item: ScoringListItemEntity;
  quantity: number | null;
}

/**
 * The reviewer's correction must pass the same checks a declaration of it would have: on the village's
 * adopted list for the act's year, applying to the resident's roles on the act date, the channel's rules
 * (a self-declaration cannot become a household item of someone who is not the head), a quantity where
 * the item scores per unit, and evidence where the item requires it. It may not turn a reward into a
 * penalty or back: a penalty is registered on its own, with its own review.
 */
export async function resolveAmendment(
  tx: TenantTx,
  declaration: DeclarationEntity,
  resident: ResidentEntity,
  declared: ScoringListItemEntity,
  request: AmendmentRequest,
): Promise<Amendment> {
  const code = request.amendedItemCode?.trim() || declaration.itemCode;
  const item =
    code === declared.code
      ? declared
      : await requireListItem(tx, declaration.villageId, code, declaration.actedOn, 'amendedItemCode');
  if (item.direction !== declared.direction) {
    throw BadInputException.field(
      'amendedItemCode',
      `修正不能改变加减分方向：「${declared.name}」与「${item.name}」方向不同，扣分事项请另行登记`,
    );
  }
  await assertChannelRules(tx, resident, item, declaration.channel, 'amendedItemCode');
  await assertItemApplies(tx, resident, item, declaration.actedOn, 'amendedItemCode');
  const given = request.amendedQuantity;
  const quantity = checkQuantity(
    item,
    given ?? (item.id === declared.id ? declaration.quantity : null),
    'amendedQuantity',
  );
  if (item.id !== declared.id && item.evidenceRequired) {
    const files = await tx.count(DeclarationEvidenceEntity, { where: { declarationId: declaration.id } });
    if (files === 0) {
      throw BadInputException.field(
        'amendedItemCode',
        `事项 ${item.code}「${item.name}」须有佐证材料，该申报未提交，不能修正为此事项`,
      );
    }
  }
  const pointsGiven = request.points !== null && request.points !== undefined;
  if (item.id === declared.id && quantity === declaration.quantity && !pointsGiven) {
    throw BadInputException.field('amendedItemCode', '修正须改变事项、数量或分值；无需修正请选择「通过」');
  }
  return { item, quantity };
}

/** How the resident's inbox names what was claimed or scored: the item, and the quantity if per unit. */
export function describeClaim(item: ScoringListItemEntity, quantity: number | null): string {
  return quantity === null ? item.name : `${item.name}，${quantity} ${item.unitLabel ?? '单位'}`;
}
