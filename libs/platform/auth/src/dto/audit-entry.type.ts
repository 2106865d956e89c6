import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { PageArgs, Paginated, IdField, registerLabelledEnum } from '@village/platform-common';
import { AuditOutcome, type AuditLogEntity } from '../audit/audit-log.entity';

registerLabelledEnum(AuditOutcome, 'AuditOutcome', '审计结果', {
  SUCCESS: '成功',
  FAILURE: '失败',
  DENIED: '被拒绝（无权限或未登录）',
});

@ObjectType('AuditEntry', { description: '审计日志：登录与每一次变更' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field({ description: '发生时间' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true, description: '用户名（登录时为尝试的用户名）' })
  username: string | null;

  @Field({ description: '操作（GraphQL 变更名或 login）' })
  operation: string;

  @Field(() => AuditOutcome)
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true })
  errorCode: string | null;

  @Field(() => ID, { nullable: true, description: '涉及的组织单元' })
  orgUnitId: string | null;

  @Field(() => String, { nullable: true })
  clientIp: string | null;

  @Field({ description: '详情（JSON，密码等已隐去）' })
  detail: string;

  static from(entity: AuditLogEntity & { detailJson: string }): AuditEntryType {
    // The stored jsonb is not selected (audit-query.service.ts reads a bounded text instead).
    return Object.assign(new AuditEntryType(), { ...entity, detail: entity.detailJson });
  }
}

@ObjectType('AuditEntryPage')
export class AuditEntryPage extends Paginated(AuditEntryType) {
  @Field(() => Int, {
    nullable: true,
    description: '下一页的 offset（没有更多时为空）；一页的详情总量有上限，超出时本页提前结束',
  })
  nextOffset: number | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @IdField({ nullable: true, description: '只看该组织单元及其下级' })
  orgUnitId?: string;

  @Field({ nullable: true, description: '只看某一操作' })
  @IsOptional()
  @MaxLength(64, { message: '不能超过 64 个字符' })
  operation?: string;

  @Field(() => AuditOutcome, { nullable: true, description: '只看某一结果' })
  @IsOptional()
  @IsIn(Object.values(AuditOutcome), { message: '只能是 SUCCESS、FAILURE 或 DENIED' })
  outcome?: AuditOutcome;
}
