import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs, Paginated } from '@village/platform-common';
import { LedgerCorrectionKind, LedgerCorrectionStatus } from '../correction-enums';
import type { LedgerCorrectionEntity } from '../ledger-correction.entity';

@InputType({ description: '提出台账更正（须另一名审核人员确认）' })
export class ProposeLedgerCorrectionInput {
  @Field(() => ID, { description: '要更正的已通过台账记录' })
  @IsUUID()
  entryId: string;

  @Field(() => LedgerCorrectionKind)
  @IsEnum(LedgerCorrectionKind)
  kind: LedgerCorrectionKind;

  @Field(() => Float, { nullable: true, description: '更正：补记的分值（正为补加，负为扣减）；冲正不填' })
  @IsOptional()
  @IsNumber()
  points?: number | null;

  @Field({ description: '更正理由（不超过 450 字）' })
  @IsString()
  @MaxLength(450, { message: '更正理由不能超过 450 字' })
  reason: string;
}

@ArgsType()
export class LedgerCorrectionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  villageId: string;

  @Field(() => LedgerCorrectionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LedgerCorrectionStatus)
  status?: LedgerCorrectionStatus | null;
}

@ObjectType('LedgerCorrection', { description: '台账更正（双人复核）' })
export class LedgerCorrectionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '被更正的台账记录' })
  entryId: string;

  @Field(() => ID)
  subjectResidentId: string;

  @Field(() => ID, { nullable: true, description: '该记录所在季度' })
  periodId: string | null;

  @Field(() => LedgerCorrectionKind)
  kind: LedgerCorrectionKind;

  @Field(() => Float, { nullable: true })
  points: number | null;

  @Field()
  reason: string;

  @Field(() => ID)
  proposedBy: string;

  @Field()
  proposedOn: string;

  @Field(() => LedgerCorrectionStatus)
  status: LedgerCorrectionStatus;

  @Field(() => ID, { nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: '驳回理由' })
  rejectionReason: string | null;

  @Field(() => [ID], { description: '确认后写入的台账记录' })
  correctionEntryIds: string[];

  @Field(() => ID, { nullable: true, description: '确认后重新核算的版本' })
  retallyId: string | null;

  static from(c: LedgerCorrectionEntity): LedgerCorrectionType {
    return Object.assign(new LedgerCorrectionType(), {
      id: c.id,
      entryId: c.entryId,
      subjectResidentId: c.subjectResidentId,
      periodId: c.periodId,
      kind: c.kind,
      points: c.points,
      reason: c.reason,
      proposedBy: c.proposedBy,
      proposedOn: c.proposedOn,
      status: c.status,
      decidedBy: c.decidedBy,
      decidedOn: c.decidedOn,
      rejectionReason: c.rejectionReason,
      correctionEntryIds: c.correctionEntryIds,
      retallyId: c.retallyId,
    });
  }
}

@ObjectType('LedgerCorrectionPage')
export class LedgerCorrectionPage extends Paginated(LedgerCorrectionType) {}
