import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ItemDirection, ScoreTrack } from '@village/rulebook';
import { DeclarationEventKind } from '../declaration-enums';
import { EvidenceFileFields } from '../evidence/evidence-file-fields';

@ObjectType('DeclarationItem', { description: '申报事项及其计分规则（取自当年本村清单）' })
export class DeclarationItemType {
  @Field({ description: '事项编码' })
  code: string;

  @Field({ description: '事项名称' })
  name: string;

  @Field(() => ItemDirection, { description: '加分项或扣分项' })
  direction: ItemDirection;

  @Field(() => ScoreTrack, { description: '积分类型' })
  track: ScoreTrack;

  @Field(() => Float, { description: '分值下限' })
  pointsMin: number;

  @Field(() => Float, { description: '分值上限' })
  pointsMax: number;

  @Field(() => Float, { nullable: true, description: '每单位分值（按单位计分的事项）' })
  perUnitPoints: number | null;

  @Field(() => String, { nullable: true, description: '计量单位' })
  unitLabel: string | null;

  @Field(() => [Float], { nullable: true, description: '分值档次（审核只能选其一）' })
  pointLevels: number[] | null;

  @Field({ description: '按申报数量计分（每单位或分档）：审核时分值自动得出' })
  quantified: boolean;

  @Field({ description: '计分规则的中文说明（分档、取整、单次最多、上限）' })
  rule: string;

  @Field({ description: '需要佐证材料' })
  evidenceRequired: boolean;
}

@ObjectType('DeclarationEvidence', {
  description: '申报的佐证材料（文件信息；内容经 /files/evidence/{id} 下载）',
})
export class DeclarationEvidenceType extends EvidenceFileFields {
  @Field(() => ID, { description: '用于下载：GET /files/evidence/{id}（带登录令牌）' })
  id: string;
}

@ObjectType('DeclarationEvent', { description: '申报的经过：提交、审核（通过、驳回、修正）' })
export class DeclarationEventType {
  @Field(() => DeclarationEventKind)
  kind: DeclarationEventKind;

  @Field(() => ID, { description: '操作人账号' })
  byUserId: string;

  @Field(() => String, { nullable: true, description: '操作人姓名（不在可见范围内时为空）' })
  byName: string | null;

  @Field({ description: '时间' })
  at: Date;

  @Field(() => Float, { nullable: true, description: '审核记的分（通过或修正时）' })
  points: number | null;

  @Field(() => String, { nullable: true, description: '理由（驳回、修正时必填）' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: '修正后的事项编码' })
  amendedItemCode: string | null;

  @Field(() => Float, { nullable: true, description: '修正后的数量' })
  amendedQuantity: number | null;
}
