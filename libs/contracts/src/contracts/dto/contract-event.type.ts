import { Field, ID, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@village/platform-common';
import type { ContractEventEntity } from '../contract-event.entity';
import { ContractEventKind, ContractStatus } from '../contract-status.enum';

registerLabelledEnum(ContractEventKind, 'ContractEventKind', '契约事件', {
  DRAFTED: '生成草稿',
  SIGNED: '签订',
  TERMINATED: '解除',
});

@ObjectType('ContractEvent', { description: '契约状态变化记录（只增不改）' })
export class ContractEventType {
  @Field(() => ID)
  id: string;

  @Field(() => ContractEventKind)
  kind: ContractEventKind;

  @Field(() => ContractStatus, { nullable: true, description: '原状态' })
  fromStatus: ContractStatus | null;

  @Field(() => ContractStatus, { description: '新状态' })
  toStatus: ContractStatus;

  @Field(() => String, { nullable: true, description: '生效日期（签订或解除日期）' })
  effectiveOn: string | null;

  @Field(() => ID, { nullable: true, description: '操作用户' })
  createdBy: string | null;

  @Field(() => Date, { description: '记录时间' })
  createdAt: Date;

  static from(entity: ContractEventEntity): ContractEventType {
    return Object.assign(new ContractEventType(), {
      id: entity.id,
      kind: entity.kind,
      fromStatus: entity.fromStatus,
      toStatus: entity.toStatus,
      effectiveOn: entity.effectiveOn,
      createdBy: entity.createdBy,
      createdAt: entity.createdAt,
    });
  }
}
