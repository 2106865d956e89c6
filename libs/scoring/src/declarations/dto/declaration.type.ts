import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import { BeneficiaryRelation } from '@village/rulebook';
import { DeclarationChannel, DeclarationStatus } from '../declaration-enums';
import type { DeclarationEntity } from '../declaration.entity';

@ObjectType('Declaration', { description: '积分申报（村民自主申报或干部代为登记）' })
export class DeclarationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => ID, { description: '计分的村民' })
  residentId: string;

  @Field(() => ID, { nullable: true, description: '行为人（行为计给亲属时；否则为空，即计分村民本人）' })
  actorResidentId: string | null;

  @Field(() => BeneficiaryRelation, { nullable: true, description: '计分村民是行为人的什么人' })
  beneficiaryRelation: BeneficiaryRelation | null;

  @Field(() => ID, { description: '申报（登记）人' })
  declaredBy: string;

  @Field(() => DeclarationChannel)
  channel: DeclarationChannel;

  @Field({ description: '事项编码' })
  itemCode: string;

  @Field({ description: '发生日期' })
  actedOn: string;

  @Field(() => Float, { nullable: true, description: '数量' })
  quantity: number | null;

  @Field({ description: '说明' })
  note: string;

  @Field(() => DeclarationStatus)
  status: DeclarationStatus;

  @Field({ description: '提交时间' })
  createdAt: Date;

  /** Not a field: the frozen list item the `item` field resolves. */
  scoringListItemId: string;

  static from(e: DeclarationEntity): DeclarationType {
    return Object.assign(new DeclarationType(), {
      id: e.id,
      villageId: e.villageId,
      residentId: e.residentId,
      actorResidentId: e.actorResidentId ?? null,
      beneficiaryRelation: e.beneficiaryRelation ?? null,
      declaredBy: e.declaredBy,
      channel: e.channel,
      itemCode: e.itemCode,
      actedOn: e.actedOn,
      quantity: e.quantity,
      note: e.note,
      status: e.status,
      createdAt: e.createdAt,
      scoringListItemId: e.scoringListItemId,
    });
  }
}

@ObjectType('DeclarationPage')
export class DeclarationPage extends Paginated(DeclarationType) {}
