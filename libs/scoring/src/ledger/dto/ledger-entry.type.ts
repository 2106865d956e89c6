import { ArgsType, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { PageArgs, Paginated, IdField } from '@village/platform-common';
import { ScoreTrack } from '@village/rulebook';
import { LedgerEntryKind } from '../ledger-entry-kind.enum';
import type { LedgerEntryEntity } from '../ledger-entry.entity';

@ObjectType('LedgerEntry', { description: '积分台账记录（登记时的事项名称与分值均已冻结）' })
export class LedgerEntryType {
  @Field(() => ID)
  id: string;

  @Field({ description: '本村台账序号' })
  seq: number;

  @Field(() => LedgerEntryKind)
  kind: LedgerEntryKind;

  @Field(() => ID)
  residentId: string;

  @Field(() => ScoreTrack, { description: '积分类别' })
  track: ScoreTrack;

  @Field(() => Float, { description: '分值（正为加分，负为扣分）' })
  points: number;

  @Field({ description: '事项编码' })
  itemCode: string;

  @Field({ description: '事项名称（登记时）' })
  itemName: string;

  @Field(() => Float, { nullable: true, description: '数量（按单位计分的事项）' })
  quantity: number | null;

  @Field(() => Float, { description: '重复倍数' })
  repeatMultiplier: number;

  @Field({ description: '发生日期' })
  actedOn: string;

  @Field(() => String, { nullable: true, description: '到期日（按事项有效期）' })
  expiresOn: string | null;

  @Field(() => ID, { nullable: true, description: '审核人' })
  reviewedBy: string | null;

  @Field(() => ID, { nullable: true, description: '被冲正的记录' })
  reversesEntryId: string | null;

  @Field(() => String, { nullable: true, description: '理由（冲正等）' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: '计分依据：分档、取整、上限截取等如何得出本分值' })
  ruleNote: string | null;

  @Field({ description: '记入时间' })
  createdAt: Date;

  static from(e: LedgerEntryEntity): LedgerEntryType {
    return Object.assign(new LedgerEntryType(), {
      id: e.id,
      seq: e.seq,
      kind: e.kind,
      residentId: e.residentId,
      track: e.track,
      points: e.points,
      itemCode: e.itemCode,
      itemName: e.itemName,
      quantity: e.quantity,
      repeatMultiplier: e.repeatMultiplier,
      actedOn: e.actedOn,
      expiresOn: e.expiresOn,
      reviewedBy: e.reviewedBy,
      reversesEntryId: e.reversesEntryId,
      reason: e.reason,
      ruleNote: e.ruleNote,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('LedgerEntryPage')
export class LedgerEntryPage extends Paginated(LedgerEntryType) {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class LedgerEntriesArgs extends PageArgs {
  @IdField({ description: '村民' })
  residentId: string;

  @Field(() => String, { nullable: true, description: '起始日期（含，YYYY-MM-DD）' })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  from?: string;

  @Field(() => String, { nullable: true, description: '截止日期（含，YYYY-MM-DD）' })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  to?: string;
}
