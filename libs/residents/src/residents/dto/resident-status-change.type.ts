import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ResidentStatusChangeEntity } from '../../status-changes/resident-status-change.entity';
import { ResidentStatus } from '../resident-status.enum';

@ObjectType('ResidentStatusChange', { description: '村民状态变更记录（只增不改）' })
export class ResidentStatusChangeType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  residentId: string;

  @Field(() => ResidentStatus, { description: '原状态' })
  fromStatus: ResidentStatus;

  @Field(() => ResidentStatus, { description: '新状态' })
  toStatus: ResidentStatus;

  @Field({ description: '原因' })
  reason: string;

  @Field({ description: '变更时间' })
  changedAt: Date;

  @Field(() => ID, { nullable: true, description: '操作人' })
  changedBy: string | null;

  static from(entity: ResidentStatusChangeEntity): ResidentStatusChangeType {
    return Object.assign(new ResidentStatusChangeType(), {
      id: entity.id,
      residentId: entity.residentId,
      fromStatus: entity.fromStatus,
      toStatus: entity.toStatus,
      reason: entity.reason,
      changedAt: entity.changedAt,
      changedBy: entity.changedBy,
    });
  }
}
